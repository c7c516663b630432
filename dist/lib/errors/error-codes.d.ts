import type { ErrorCodeInfo } from './codes/error-code-info.ts';
export type { ErrorCodeInfo, ErrorKind } from './codes/error-code-info.ts';
export declare const ERROR_CODES: {
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
    readonly 'RE:0000': {
        readonly kind: "auth";
        readonly provesNotProcessed: true;
        readonly message: "Account authentication failed";
        readonly hint: "Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY) belong to an active key; `volc-sms doctor` shows which credentials were found.";
    };
    readonly 'RE:0001': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "SMS service is not activated for this account";
        readonly hint: "Activate SMS in the Volcengine console (短信服务) for the account these credentials belong to.";
    };
    readonly 'RE:0002': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The SMS product is shut down for this account";
        readonly hint: "Contact Volcengine support about the account status.";
    };
    readonly 'RE:0003': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Message group (sub-account) does not exist or is not approved";
        readonly hint: "Run `volc-sms list_sub_account` to see the approved message groups, and pass one of their ids as --sub-account.";
    };
    readonly 'RE:0004': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Signature error: it does not exist, is not approved, or is not bound to this message group";
        readonly hint: "Check `volc-sms list_signature --sub-accounts {subAccount}`: the signature must be approved and bound to this message group.";
    };
    readonly 'RE:0005': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Template error: it does not exist, is not approved, or does not belong to this message group";
        readonly hint: "Check `volc-sms list_sms_template --sub-accounts {subAccount} --signatures {signature}`: the template must be approved and match the signature and group.";
    };
    readonly 'RE:0006': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Mobile number format error";
        readonly hint: "Mainland numbers are 11 digits (optionally +86); international numbers need + and the country code (E.164).";
    };
    readonly 'RE:0007': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Caller IP is not on the IP allowlist";
        readonly hint: "Add this machine's public IP to the allowlist in the console, or turn the allowlist off.";
    };
    readonly 'RE:0009': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Request parameter error";
        readonly hint: "Check every field: at most 200 numbers, TemplateParam a JSON object of strings matching the template variables.";
    };
    readonly 'RE:0010': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The account is in arrears";
        readonly hint: "Top up the Volcengine account, then send again.";
    };
    readonly 'RE:0011': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Sending to this region is not supported";
        readonly hint: "Enable the destination region for the message group, or remove those numbers.";
    };
    readonly 'RE:0012': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The template's channel type is not enabled on this message group";
        readonly hint: "Use a template whose channel type the message group supports; `volc-sms list_sub_account` shows each group's channel types.";
    };
    readonly 'RE:0013': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Sending volume is over the threshold set in the console";
        readonly hint: "Raise the volume limit in the console or send later.";
    };
    readonly 'RE:0500': {
        readonly kind: "api";
        readonly provesNotProcessed: false;
        readonly message: "Unknown error inside the SMS service";
        readonly hint: "Check the send log before sending again, then retry.";
    };
    readonly 'VE:0001': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Video SMS is not enabled";
        readonly hint: "Enable video SMS (CN_VMS) for the account in the console.";
    };
    readonly 'VE:0002': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The video SMS template is not usable";
        readonly hint: "Check that the video template is approved by the carriers.";
    };
    readonly 'VE:0003': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The video SMS signature does not match the template";
        readonly hint: "Use the signature the video template was approved with.";
    };
    readonly 'VE:0004': {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "The video SMS template has expired";
        readonly hint: "Apply for the video template again.";
    };
    readonly ZJ10200: {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Request parameter error";
        readonly hint: "Check the request fields against `volc-sms <command> --help`.";
    };
    readonly ZJ10202: {
        readonly kind: "api";
        readonly provesNotProcessed: true;
        readonly message: "Invalid JSON parameter";
        readonly hint: "TemplateParam must be valid JSON: escape quotes and newlines inside values.";
    };
};
export type KnownApiErrorCode = keyof typeof ERROR_CODES;
/** The table entry for a code, or undefined for a code we do not know. */
export declare function lookupErrorCode(code: string): ErrorCodeInfo | undefined;
