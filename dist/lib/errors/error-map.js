import { SmsApiError, SmsAuthError, SmsRateLimitError } from "./errors.js";
import { lookupErrorCode } from "./error-codes.js";
import { redact, redactJson } from "../config/redact.js";
import { PROXY_CREDENTIALS_HINT } from "../http/proxy.js";
function fillHint(hint, context = {}) {
    return hint
        .replaceAll('{subAccount}', context.subAccount || '<id>')
        .replaceAll('{signature}', context.signature ? `"${context.signature}"` : '<signature>')
        .replaceAll('{templateId}', context.templateId || '<template-id>');
}
// The table's hints are written for the common case: a send, signed with AK/SK. These replace them where
// the request says otherwise, so the hint never points at variables or fields the user is not using.
const AKSK_VARIABLES = /VOLCENGINE_(?:ACCESS|SECRET)_KEY/;
const GATEWAY_AUTH_HINT = 'Check that ARK_SKILL_API_KEY is an active gateway key and ARK_SKILL_API_BASE the gateway it belongs to (no stray spaces or quotes); `volc-sms doctor` shows which credentials were found.';
const PARAMETER_HINTS = [
    { action: /^Send/, hint: '' }, // the table's own hint (numbers, TemplateParam)
    {
        action: /TotalSendCountStat/,
        hint: 'Check the window: at most 90 days, the start before the end (epoch seconds), and the filters (message group, signature, template, channel type).',
    },
    {
        action: /SendLog|SendDetails/,
        hint: 'Check the window and filters: the message group id, times in epoch seconds with the start first, page size 1–100.',
    },
    {
        action: /./,
        hint: 'Check the filters and paging of this list: page size 1–100, ids as listed by the API.',
    },
];
function contextualHint(code, info, context = {}) {
    if (info.kind === 'auth' && context.credentials === 'gateway' && AKSK_VARIABLES.test(info.hint)) {
        return GATEWAY_AUTH_HINT;
    }
    if (code === 'RE:0009' && context.action !== undefined) {
        const hint = PARAMETER_HINTS.find((entry) => entry.action.test(context.action))?.hint;
        if (hint)
            return hint;
    }
    return info.hint;
}
// What a status alone says when the body carried no error code (a proxy's 502, a bare 401). None proves
// that a write was not processed, except a proxy's 407: it refuses to pass the request on (RFC 9110).
function infoForStatus(status) {
    const code = `HTTP${status}`;
    if (status === 401 || status === 403) {
        return {
            code,
            kind: 'auth',
            provesNotProcessed: false,
            message: `Credentials were rejected (HTTP ${status})`,
            hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY) belong to an active key; `volc-sms doctor` shows which credentials were found.',
        };
    }
    if (status === 407)
        return {
            code,
            kind: 'api',
            provesNotProcessed: true,
            message: 'The proxy wants credentials (HTTP 407)',
            hint: PROXY_CREDENTIALS_HINT,
        };
    if (status === 429)
        return {
            code,
            kind: 'rate-limit',
            provesNotProcessed: false,
            message: 'Too many requests (HTTP 429)',
            hint: 'Slow down and try again.',
            retryable: true,
        };
    if (status >= 500)
        return {
            code,
            kind: 'api',
            provesNotProcessed: false,
            message: `The server failed (HTTP ${status})`,
            hint: 'Try again shortly; for a send, check the send log first.',
            retryable: true,
        };
    return {
        code,
        kind: 'api',
        provesNotProcessed: false,
        message: `The server rejected the request (HTTP ${status})`,
        hint: 'Check VOLC_SMS_ENDPOINT and the request fields.',
    };
}
/**
 * What an answer means: the error table's entry for its code; for a body without a code, what its status
 * alone says; for a code the table does not know, a class by status (such a code proves nothing).
 * The retry policy and the error classes both read it, so they cannot disagree.
 */
export function answerInfo(status, apiCode) {
    if (apiCode === undefined)
        return infoForStatus(status);
    const known = lookupErrorCode(apiCode);
    if (known)
        return { ...known, code: apiCode };
    return {
        code: apiCode,
        kind: status === 429 ? 'rate-limit' : status === 401 || status === 403 ? 'auth' : 'api',
        provesNotProcessed: false,
        message: `The API returned ${apiCode}`,
        hint: 'Check the request against the API reference; quote the request id to support.',
        retryable: status === 429 || status >= 500,
    };
}
/**
 * Turns an API failure into the matching error class (SmsAuthError, SmsRateLimitError, else SmsApiError)
 * with our message, a hint, the raw code and the request id. Unknown codes keep the server's code and words.
 */
export function errorFromApi(failure) {
    const serverMessage = failure.apiMessage ? redact(failure.apiMessage, failure.secrets ?? []) : '';
    const info = answerInfo(failure.status, failure.apiCode);
    const message = serverMessage
        ? `${info.message} (${info.code}: ${serverMessage})`
        : `${info.message} (${info.code})`;
    const options = {
        status: failure.status,
        apiCode: info.code,
        apiMessage: serverMessage,
        requestId: failure.requestId || undefined,
        hint: fillHint(contextualHint(info.code, info, failure.context), failure.context),
        retryable: info.retryable ?? false,
        raw: failure.raw === undefined ? undefined : redactJson(failure.raw, failure.secrets ?? []),
    };
    if (info.kind === 'auth')
        return new SmsAuthError(message, options);
    if (info.kind === 'rate-limit')
        return new SmsRateLimitError(message, { ...options, retryAfterMs: failure.retryAfterMs });
    return new SmsApiError(message, options);
}
