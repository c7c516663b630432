export const id = 923;
export const ids = [923];
export const modules = {

/***/ 923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRunnerIo: () => (/* binding */ createRunnerIo),
/* harmony export */   escapeCommandData: () => (/* binding */ escapeCommandData),
/* harmony export */   formatFileCommand: () => (/* binding */ formatFileCommand),
/* harmony export */   inputVariableName: () => (/* binding */ inputVariableName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



/** `INPUT_` + name upper-cased, spaces to `_`, dashes kept: the runner's (and @actions/core's) mangling. */
function inputVariableName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** Workflow-command data escaping, so a value can never end the command early or start a new one. */
function escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** `name<<delimiter` heredoc entry of the GITHUB_OUTPUT file; the delimiter is random and checked. */
function formatFileCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        // A UUID collision is practically impossible; refusing is still better than a corrupted file.
        throw new Error(`Output ${name} contains its own delimiter; not written.`);
    }
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
function createRunnerIo(options) {
    const { env, write, setExitCode } = options;
    const line = (text) => write(text + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
    return {
        getInput: (name) => (env[inputVariableName(name)] ?? '').trim(),
        setOutput(name, value) {
            const file = env['GITHUB_OUTPUT'];
            if (file)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, formatFileCommand(name, value), 'utf8');
            // Outside a runner (local runs, old runners) the deprecated stdout command is all there is.
            else
                line(`::set-output name=${name}::${escapeCommandData(value)}`);
        },
        appendSummary(markdown) {
            const file = env['GITHUB_STEP_SUMMARY'];
            if (file)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL) ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, 'utf8');
        },
        setSecret(value) {
            if (value)
                line(`::add-mask::${escapeCommandData(value)}`);
        },
        info: (message) => line(message),
        warning: (message) => line(`::warning::${escapeCommandData(message)}`),
        setFailed(message) {
            setExitCode(1);
            line(`::error::${escapeCommandData(message)}`);
        },
    };
}


/***/ })

};
