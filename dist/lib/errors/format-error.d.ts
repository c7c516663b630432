/** An error reduced to what a user needs: the same words in the CLI, the Action and Slack. */
export interface ErrorDescription {
    /** `ERR_SMS_*`, or `ERR_UNEXPECTED` for anything outside the hierarchy. */
    code: string;
    apiCode?: string | undefined;
    message: string;
    hint?: string | undefined;
    requestId?: string | undefined;
}
/** Describes any thrown value; unknown errors keep their message (redacted), never their stack. */
export declare function describeError(err: unknown): ErrorDescription;
/** One line: the message, then the request id and the hint when present. */
export declare function formatErrorLine(err: unknown): string;
