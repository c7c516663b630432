/**
 * Why an attempt got no complete response. `phase: 'connect'` means no byte of the request was written
 * (safe to resend a send); `'sent'` means it may have reached the server.
 */
export class TransportError extends Error {
    name = 'TransportError';
    kind;
    phase;
    errorCode;
    constructor(message, details) {
        super(message, { cause: details.cause });
        this.kind = details.kind;
        this.phase = details.phase;
        this.errorCode = details.code;
    }
}
/**
 * A proxy that refused to pass the request on (a CONNECT, or the request itself, answered with `status`):
 * nothing reached the endpoint. The code is `PROXY_<status>`, e.g. `PROXY_407` when it wants credentials.
 */
export function proxyRefused(status, cause) {
    return new TransportError(`The proxy refused the request (HTTP ${status})`, {
        kind: 'network',
        phase: 'connect',
        code: `PROXY_${status}`,
        cause,
    });
}
/** Codes of a failure before any byte of the request was written: safe to resend even a send. */
export const CONNECT_PHASE_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_CONNECT_TIMEOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
]);
// Codes of a TLS handshake that failed: an untrusted or mismatched certificate, or no TLS at all on the
// other end. The handshake precedes the request, so nothing of it was sent.
const TLS_CERTIFICATE_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ALTNAME|HOSTNAME_MISMATCH/;
const TLS_PROTOCOL_CODE = /^(EPROTO|ERR_SSL_(WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|UNSUPPORTED_PROTOCOL))$/;
/** What a failed TLS handshake says about the endpoint, by the error's code; undefined for other errors. */
export function tlsFailure(code) {
    if (code === undefined)
        return undefined;
    if (TLS_CERTIFICATE_CODE.test(code))
        return 'certificate';
    if (TLS_PROTOCOL_CODE.test(code))
        return 'protocol';
    return undefined;
}
