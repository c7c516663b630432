import { errorFromApi } from "../errors/error-map.js";
import { SmsNetworkError, SmsResponseValidationError, SmsTimeoutError, } from "../errors/errors.js";
import { parseRetryAfter } from "./retry.js";
import { PROXY_CREDENTIALS_HINT } from "./proxy.js";
import { quickSuccessEnvelope } from "../schemas/quick-read.js";
import { tlsFailure } from "./engine.js";
import { loadWireSchemas } from "../schemas/wire-schemas.js";
/** Maps a transport failure to the retry policy's terms and the user's error. */
export function fromTransport(err, origin, proxy) {
    const failure = err.kind === 'network'
        ? { type: 'network', code: err.errorCode, phase: err.phase }
        : { type: err.kind, phase: err.phase };
    const where = proxy ? `${origin} through the proxy ${proxy}` : origin;
    const check = proxy
        ? 'Check the network and the proxy (HTTPS_PROXY or HTTP_PROXY; NO_PROXY to bypass it)'
        : 'Check the network and VOLC_SMS_ENDPOINT';
    const tls = tlsFailure(err.errorCode);
    const hint = err.errorCode === 'PROXY_407'
        ? PROXY_CREDENTIALS_HINT
        : tls === 'certificate'
            ? `The endpoint's TLS certificate is not trusted. If a proxy or security gateway inspects TLS, give Node its CA: NODE_EXTRA_CA_CERTS=/path/to/ca.pem (set before the process starts). Otherwise check VOLC_SMS_ENDPOINT.`
            : tls === 'protocol'
                ? 'No TLS at the other end: check VOLC_SMS_ENDPOINT (a local sandbox is http://, not https://).'
                : `${check}.`;
    const error = err.kind === 'timeout'
        ? new SmsTimeoutError(`${err.message} from ${where}`, { hint: `${check}, or raise the timeout.` })
        : new SmsNetworkError(err.kind === 'aborted' ? 'The request was aborted' : `${err.message} to ${where}`, { hint });
    return { failure, error };
}
/**
 * The usual answer (2xx, no error, the documented spelling) read without zod, or undefined for anything
 * else, which readResponse and the schemas then decide.
 */
export function readQuickly(response, dialectCall) {
    if (!dialectCall.quickResult || response.status < 200 || response.status >= 300)
        return undefined;
    let raw;
    try {
        raw = JSON.parse(response.body);
    }
    catch {
        return undefined;
    }
    const quick = quickSuccessEnvelope(raw);
    const result = quick && dialectCall.quickResult(quick.result ?? {});
    return quick && result !== undefined ? { ok: true, result, requestId: quick.requestId, raw } : undefined;
}
/** Turns a complete HTTP response into a result, or an attempt failure with the error to report. */
export async function readResponse(response, dialectCall, runtime, context) {
    const action = dialectCall.call.action;
    const { status } = response;
    const retryAfter = response.headers['retry-after'];
    const retryAfterMs = retryAfter === undefined ? undefined : parseRetryAfter(String(retryAfter), runtime.clock().getTime());
    let raw;
    try {
        raw = JSON.parse(response.body);
    }
    catch {
        if (status >= 200 && status < 300) {
            const error = new SmsResponseValidationError(`${action}: the answer is not JSON (HTTP ${status})`);
            return { ok: false, raw: undefined, failure: { type: 'invalid-body', status }, error, status };
        }
        return {
            ok: false,
            raw: undefined,
            failure: { type: 'http', status },
            error: errorFromApi({ status, retryAfterMs, context }),
            retryAfterMs,
            status,
        };
    }
    const schemas = await loadWireSchemas();
    const envelope = schemas.EnvelopeSchema.safeParse(raw);
    const requestId = envelope.success ? envelope.data.ResponseMetadata.RequestId : '';
    const apiError = envelope.success ? envelope.data.ResponseMetadata.Error : undefined;
    if (apiError || status < 200 || status >= 300) {
        const error = errorFromApi({
            status,
            apiCode: apiError?.Code,
            apiMessage: apiError?.Message,
            requestId,
            retryAfterMs,
            context,
            secrets: runtime.secrets,
            raw,
        });
        return {
            ok: false,
            raw,
            failure: { type: 'http', status, apiCode: apiError?.Code },
            error,
            retryAfterMs,
            requestId,
            status,
        };
    }
    const result = envelope.success
        ? dialectCall.resultSchema(schemas).safeParse(envelope.data.Result ?? {})
        : undefined;
    if (!result?.success) {
        const issues = result
            ? result.error.issues
                .slice(0, 3)
                .map((i) => `${['Result', ...i.path].join('.')}: ${i.message}`)
                .join('; ')
            : 'no ResponseMetadata';
        const error = new SmsResponseValidationError(`${action}: the answer does not have the documented shape (${issues})`, { requestId: requestId || undefined });
        return { ok: false, raw, failure: { type: 'invalid-body', status }, error, requestId, status };
    }
    return { ok: true, result: result.data, requestId, raw };
}
