import { isSmsApiError, isSmsError } from "./errors.js";
import { redact } from "../config/redact.js";
/** Describes any thrown value; unknown errors keep their message (redacted), never their stack. */
export function describeError(err) {
    if (isSmsError(err)) {
        const description = { code: err.code, message: err.message };
        if (isSmsApiError(err))
            description.apiCode = err.apiCode;
        if (err.hint)
            description.hint = err.hint;
        if (err.requestId)
            description.requestId = err.requestId;
        return description;
    }
    const message = err instanceof Error ? err.message : String(err);
    return { code: 'ERR_UNEXPECTED', message: redact(message || 'Unexpected error') };
}
/** One line: the message, then the request id and the hint when present. */
export function formatErrorLine(err) {
    const d = describeError(err);
    let line = d.message;
    if (d.requestId)
        line += ` (request id ${d.requestId})`;
    if (d.hint)
        line += `${/[.?!]$/.test(line) ? '' : '.'} Hint: ${d.hint}`;
    return line;
}
