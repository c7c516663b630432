export const id = 923;
export const ids = [923];
export const modules = {

/***/ 923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRunnerIo: () => (/* binding */ createRunnerIo)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6421);


/** The runner's own I/O: inputs from `INPUT_*`, file commands, workflow commands on stdout. */
function createRunnerIo() {
    return {
        getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH(name, value),
        async appendSummary(markdown) {
            // core.summary throws without the file; a local run simply has no summary page.
            if (!process.env['GITHUB_STEP_SUMMARY'])
                return;
            await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw(markdown, !markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_0__.EOL)).write();
        },
        setSecret(value) {
            if (value)
                _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(value);
        },
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(message),
        warning: (message, annotation) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message, annotation),
        setFailed(message, annotation) {
            // core.setFailed without the annotation's properties: the same exit code and `::error::` command.
            process.exitCode = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Failure;
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(message, annotation);
        },
    };
}


/***/ })

};
