export const id = 604;
export const ids = [604];
export const modules = {

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processIo: () => (/* binding */ processIo)
/* harmony export */ });
/** The io of a real process: stdout/stderr as they are, shutdown on SIGINT or SIGTERM. */
function processIo() {
    // `volc-sms list_sms_send_log | head` closes the pipe early: that is not an error worth a stack trace,
    // and the command (maybe a send) should finish rather than die half-way.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED')
                throw error;
        });
    }
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        cwd: process.cwd(),
        now: Date.now,
        process: {
            pid: process.pid,
            execPath: process.execPath,
            execArgv: process.execArgv,
            entry: process.argv[1] ?? '',
        },
        ...(process.stdin.isTTY === true ? { ask: askOnTerminal } : {}),
        waitForShutdown: () => new Promise((resolve) => {
            const stop = (signal) => {
                process.off('SIGINT', stop);
                process.off('SIGTERM', stop);
                resolve(signal);
            };
            process.on('SIGINT', stop);
            process.on('SIGTERM', stop);
        }),
    };
}
/** One line from the terminal, the question on stderr (stdout may be a pipe). */
async function askOnTerminal(question) {
    const { createInterface } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 26848, 23));
    const terminal = createInterface({ input: process.stdin, output: process.stderr });
    try {
        return await terminal.question(question);
    }
    finally {
        terminal.close();
    }
}


/***/ })

};
