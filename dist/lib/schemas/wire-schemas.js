let loading;
/**
 * The wire schemas, imported on first need. Loading zod and building ~60 schemas takes ~25 ms, most of a
 * one-send process's start (the Action, the CLI), while the usual send passes the zod-free checks of
 * quick-read.ts; the schemas decide everything else: errors, other spellings, list and stats results.
 * Long-lived processes (the sandbox, the Slack app) may load them up front.
 */
export function loadWireSchemas() {
    // A failed import is not kept: the next call tries again rather than failing for the process's lifetime.
    return (loading ??= import("./wire.js").catch((err) => {
        loading = undefined;
        throw err;
    }));
}
