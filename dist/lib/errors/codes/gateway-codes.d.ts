/** The gateway and platform codes (reference §5.3): credentials, signing, throttles, 5xx. */
export declare const GATEWAY_CODES: {
    readonly MissingParameter: {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Action or Version is missing from the request";
        readonly hint: "Check VOLC_SMS_ENDPOINT: it must be the API base URL without a query string.";
    };
    readonly MissingAuthenticationToken: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The request carried no credentials";
        readonly hint: "Set VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY and ARK_SKILL_API_BASE), then run `volc-sms doctor` to confirm they are found.";
    };
    readonly MissingRequestInfo: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "Signing information is missing (X-Date, access key, service or region)";
        readonly hint: "Run `volc-sms doctor` to check that VOLCENGINE_ACCESS_KEY is set and that VOLC_SMS_ENDPOINT is the SMS API base URL, not a proxy that drops headers.";
    };
    readonly MissingSignature: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The request signature is missing";
        readonly hint: "Sign with VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY: this endpoint does not take ARK_SKILL_API_KEY (`volc-sms doctor` shows which credentials are in use).";
    };
    readonly InvalidTimestamp: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The request time (X-Date) is too far from the server time";
        readonly hint: "Fix this machine's clock (enable NTP) and try again.";
    };
    readonly ServiceNotFound: {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The SMS service was not found at this endpoint";
        readonly hint: "Check VOLC_SMS_ENDPOINT (default https://sms.volcengineapi.com).";
    };
    readonly InvalidActionOrVersion: {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The endpoint does not know this action or version";
        readonly hint: "Check VOLC_SMS_ENDPOINT and VOLC_SMS_API (agent or classic): this endpoint may not serve that API.";
    };
    readonly InvalidAccessKey: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The access key is invalid";
        readonly hint: "Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.";
    };
    readonly InvalidClientTokenId: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The access key is invalid";
        readonly hint: "Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.";
    };
    readonly SignatureDoesNotMatch: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The request signature does not match";
        readonly hint: "Check VOLCENGINE_SECRET_KEY belongs to VOLCENGINE_ACCESS_KEY (no stray spaces or quotes).";
    };
    readonly LackPolicy: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The user lacks a policy for this action";
        readonly hint: "Grant the sub-user the SMS policy (e.g. VolcSMSFullAccess) in IAM.";
    };
    readonly AccessDenied: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "Access denied for this action";
        readonly hint: "Grant the user permission for this SMS action in IAM, or use another key.";
    };
    readonly InternalError: {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "Internal error at the gateway";
        readonly hint: "Try again shortly; for a send, check the send log first.";
        readonly retryable: true;
    };
    readonly FailToConnect: {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The gateway could not reach the SMS service";
        readonly hint: "Try again shortly; for a send, check the send log first.";
        readonly retryable: true;
    };
    readonly InternalServiceTimeout: {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The SMS service timed out behind the gateway";
        readonly hint: "Check the send log before sending again; reads can simply be retried.";
        readonly retryable: true;
    };
    readonly FlowLimitExceeded: {
        readonly kind: "rate-limit";
        readonly provesNotProcessed: true;
        readonly message: "Too many requests (rate limit)";
        readonly hint: "Slow down: the default limit is 5 requests per second per account.";
        readonly retryable: true;
    };
    readonly AccountFlowLimitExceeded: {
        readonly kind: "rate-limit";
        readonly provesNotProcessed: true;
        readonly message: "Too many requests for this account (rate limit)";
        readonly hint: "Slow down: the default limit is 5 requests per second per account.";
        readonly retryable: true;
    };
    readonly ServiceUnavailableTemp: {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "The service is temporarily unavailable";
        readonly hint: "Try again shortly; for a send, check the send log first.";
        readonly retryable: true;
    };
    readonly MethodNotAllowed: {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The HTTP method is not allowed for this action";
        readonly hint: "Check VOLC_SMS_API matches the endpoint (agent actions are POST).";
    };
    readonly InvalidAuthorization: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The Authorization header is malformed";
        readonly hint: "Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.";
    };
    readonly InvalidCredential: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The credential in the Authorization header is malformed";
        readonly hint: "Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.";
    };
    readonly InvalidSecretToken: {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "The session token is invalid or expired";
        readonly hint: "Refresh VOLCENGINE_SESSION_TOKEN (STS tokens expire), or unset it for a long-term key.";
    };
};
