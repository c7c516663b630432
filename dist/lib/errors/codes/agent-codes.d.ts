/** The management and agent business codes (reference §5.4), answered with HTTP 200. */
export declare const AGENT_CODES: {
    readonly '1001': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Parameter error";
        readonly hint: "Check the request fields (page size 1–100, times in epoch seconds, window ≤ 90 days).";
    };
    readonly '1003': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1003 (its meaning is not published)";
        readonly hint: "Check the request fields and ids; the server message says more.";
    };
    readonly '1007': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1007 (its meaning is not published)";
        readonly hint: "Check the message group, signature and template ids.";
    };
    readonly '1008': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1008 (its meaning is not published)";
        readonly hint: "Check the message group, signature and template ids.";
    };
    readonly '1009': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1009 (its meaning is not published)";
        readonly hint: "Check the message group, signature and template ids.";
    };
    readonly '1015': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The service is busy (code 1015)";
        readonly hint: "Try again shortly.";
        readonly retryable: true;
    };
    readonly '1023': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1023 (its meaning is not published)";
        readonly hint: "Check the account has SMS activated and the key has permission.";
    };
    readonly '1024': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1024 (its meaning is not published)";
        readonly hint: "Check the account has SMS activated and the key has permission.";
    };
    readonly '1027': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1027 (its meaning is not published)";
        readonly hint: "Check the request fields; the server message says more.";
    };
    readonly '1028': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1028 (its meaning is not published)";
        readonly hint: "Check the request fields; the server message says more.";
    };
    readonly '1029': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1029 (its meaning is not published)";
        readonly hint: "Check the request fields; the server message says more.";
    };
    readonly '1030': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The API answered error 1030 (its meaning is not published)";
        readonly hint: "Check the request fields; the server message says more.";
    };
    readonly '1999': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "System error in the SMS service";
        readonly hint: "Try again shortly; contact support if it persists.";
        readonly retryable: true;
    };
    readonly 'SY:0500': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "System error in the SMS service";
        readonly hint: "Try again shortly; for a send, check the send log first.";
        readonly retryable: true;
    };
};
