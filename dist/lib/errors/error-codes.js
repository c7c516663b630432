/**
 * Every documented API error code (reference §5) with what it means and what to do. One table, so the
 * CLI, the Action and Slack all say the same words. `{subAccount}`, `{signature}` and `{templateId}` in a
 * hint are filled from the request when known. The table also decides, for retry.ts, which answers a
 * read may retry and which answers prove that a write (a send) was not processed.
 */
export const ERROR_CODES = {
    // ---- SMS send codes (§5.1), HTTP 200 -------------------------------------------------------------
    'RE:0000': {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'Account authentication failed',
        hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY) belong to an active key; `volc-sms doctor` shows which credentials were found.',
    },
    'RE:0001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'SMS service is not activated for this account',
        hint: 'Activate SMS in the Volcengine console (短信服务) for the account these credentials belong to.',
    },
    'RE:0002': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The SMS product is shut down for this account',
        hint: 'Contact Volcengine support about the account status.',
    },
    'RE:0003': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Message group (sub-account) does not exist or is not approved',
        hint: 'Run `volc-sms list_sub_account` to see the approved message groups, and pass one of their ids as --sub-account.',
    },
    'RE:0004': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Signature error: it does not exist, is not approved, or is not bound to this message group',
        hint: 'Check `volc-sms list_signature --sub-accounts {subAccount}`: the signature must be approved and bound to this message group.',
    },
    'RE:0005': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Template error: it does not exist, is not approved, or does not belong to this message group',
        hint: 'Check `volc-sms list_sms_template --sub-accounts {subAccount} --signatures {signature}`: the template must be approved and match the signature and group.',
    },
    'RE:0006': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Mobile number format error',
        hint: 'Mainland numbers are 11 digits (optionally +86); international numbers need + and the country code (E.164).',
    },
    'RE:0007': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Caller IP is not on the IP allowlist',
        hint: "Add this machine's public IP to the allowlist in the console, or turn the allowlist off.",
    },
    'RE:0009': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Request parameter error',
        hint: 'Check every field: at most 200 numbers, TemplateParam a JSON object of strings matching the template variables.',
    },
    'RE:0010': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The account is in arrears',
        hint: 'Top up the Volcengine account, then send again.',
    },
    'RE:0011': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Sending to this region is not supported',
        hint: 'Enable the destination region for the message group, or remove those numbers.',
    },
    'RE:0012': {
        kind: 'api',
        provesNotProcessed: true,
        message: "The template's channel type is not enabled on this message group",
        hint: "Use a template whose channel type the message group supports; `volc-sms list_sub_account` shows each group's channel types.",
    },
    'RE:0013': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Sending volume is over the threshold set in the console',
        hint: 'Raise the volume limit in the console or send later.',
    },
    'RE:0500': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'Unknown error inside the SMS service',
        hint: 'Check the send log before sending again, then retry.',
    },
    'VE:0001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Video SMS is not enabled',
        hint: 'Enable video SMS (CN_VMS) for the account in the console.',
    },
    'VE:0002': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The video SMS template is not usable',
        hint: 'Check that the video template is approved by the carriers.',
    },
    'VE:0003': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The video SMS signature does not match the template',
        hint: 'Use the signature the video template was approved with.',
    },
    'VE:0004': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The video SMS template has expired',
        hint: 'Apply for the video template again.',
    },
    ZJ10200: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Request parameter error',
        hint: 'Check the request fields against `volc-sms <command> --help`.',
    },
    ZJ10202: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Invalid JSON parameter',
        hint: 'TemplateParam must be valid JSON: escape quotes and newlines inside values.',
    },
    // ---- Gateway / platform codes (§5.3) -------------------------------------------------------------
    MissingParameter: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Action or Version is missing from the request',
        hint: 'Check VOLC_SMS_ENDPOINT: it must be the API base URL without a query string.',
    },
    MissingAuthenticationToken: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request carried no credentials',
        hint: 'Set VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY and ARK_SKILL_API_BASE), then run `volc-sms doctor` to confirm they are found.',
    },
    MissingRequestInfo: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'Signing information is missing (X-Date, access key, service or region)',
        hint: 'Run `volc-sms doctor` to check that VOLCENGINE_ACCESS_KEY is set and that VOLC_SMS_ENDPOINT is the SMS API base URL, not a proxy that drops headers.',
    },
    MissingSignature: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request signature is missing',
        hint: 'Sign with VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY: this endpoint does not take ARK_SKILL_API_KEY (`volc-sms doctor` shows which credentials are in use).',
    },
    InvalidTimestamp: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request time (X-Date) is too far from the server time',
        hint: "Fix this machine's clock (enable NTP) and try again.",
    },
    ServiceNotFound: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The SMS service was not found at this endpoint',
        hint: 'Check VOLC_SMS_ENDPOINT (default https://sms.volcengineapi.com).',
    },
    InvalidActionOrVersion: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The endpoint does not know this action or version',
        hint: 'Check VOLC_SMS_ENDPOINT and VOLC_SMS_API (agent or classic): this endpoint may not serve that API.',
    },
    InvalidAccessKey: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The access key is invalid',
        hint: 'Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.',
    },
    InvalidClientTokenId: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The access key is invalid',
        hint: 'Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.',
    },
    SignatureDoesNotMatch: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request signature does not match',
        hint: 'Check VOLCENGINE_SECRET_KEY belongs to VOLCENGINE_ACCESS_KEY (no stray spaces or quotes).',
    },
    LackPolicy: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The user lacks a policy for this action',
        hint: 'Grant the sub-user the SMS policy (e.g. VolcSMSFullAccess) in IAM.',
    },
    AccessDenied: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'Access denied for this action',
        hint: 'Grant the user permission for this SMS action in IAM, or use another key.',
    },
    // The 5xx codes (InternalError … ServiceUnavailableTemp): the gateway may have passed the request on.
    InternalError: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'Internal error at the gateway',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
    FailToConnect: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The gateway could not reach the SMS service',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
    InternalServiceTimeout: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The SMS service timed out behind the gateway',
        hint: 'Check the send log before sending again; reads can simply be retried.',
        retryable: true,
    },
    FlowLimitExceeded: {
        kind: 'rate-limit',
        provesNotProcessed: true,
        message: 'Too many requests (rate limit)',
        hint: 'Slow down: the default limit is 5 requests per second per account.',
        retryable: true,
    },
    AccountFlowLimitExceeded: {
        kind: 'rate-limit',
        provesNotProcessed: true,
        message: 'Too many requests for this account (rate limit)',
        hint: 'Slow down: the default limit is 5 requests per second per account.',
        retryable: true,
    },
    ServiceUnavailableTemp: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The service is temporarily unavailable',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
    MethodNotAllowed: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The HTTP method is not allowed for this action',
        hint: 'Check VOLC_SMS_API matches the endpoint (agent actions are POST).',
    },
    InvalidAuthorization: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The Authorization header is malformed',
        hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.',
    },
    InvalidCredential: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The credential in the Authorization header is malformed',
        hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.',
    },
    InvalidSecretToken: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The session token is invalid or expired',
        hint: 'Refresh VOLCENGINE_SESSION_TOKEN (STS tokens expire), or unset it for a long-term key.',
    },
    // ---- Management / agent business codes (§5.4), HTTP 200 -----------------------------------------
    '1001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Parameter error',
        hint: 'Check the request fields (page size 1–100, times in epoch seconds, window ≤ 90 days).',
    },
    // 1003–1030 and 1015: meanings unpublished (reference §5.4, agent v2 §1.4), so none proves anything.
    '1003': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1003 (its meaning is not published)',
        hint: 'Check the request fields and ids; the server message says more.',
    },
    '1007': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1007 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1008': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1008 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1009': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1009 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1015': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The service is busy (code 1015)',
        hint: 'Try again shortly.',
        retryable: true,
    },
    '1023': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1023 (its meaning is not published)',
        hint: 'Check the account has SMS activated and the key has permission.',
    },
    '1024': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1024 (its meaning is not published)',
        hint: 'Check the account has SMS activated and the key has permission.',
    },
    '1027': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1027 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1028': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1028 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1029': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1029 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1030': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1030 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1999': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'System error in the SMS service',
        hint: 'Try again shortly; contact support if it persists.',
        retryable: true,
    },
    'SY:0500': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'System error in the SMS service',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
};
/** The table entry for a code, or undefined for a code we do not know. */
export function lookupErrorCode(code) {
    return Object.hasOwn(ERROR_CODES, code) ? ERROR_CODES[code] : undefined;
}
