import type { HttpRequestSpec } from '../signing/build-request.ts';
/** What an engine needs for one attempt. */
export interface EngineRequest extends HttpRequestSpec {
    /** From the start of the attempt to the last body byte. */
    timeoutMs: number;
    connectTimeoutMs: number;
    signal?: AbortSignal | undefined;
}
export interface EngineResponse {
    status: number;
    /** Lower-case names, as node:http and undici give them. */
    headers: Readonly<Record<string, string | string[] | undefined>>;
    body: string;
}
/**
 * Why an attempt got no complete response. `phase: 'connect'` means no byte of the request was written
 * (safe to resend a send); `'sent'` means it may have reached the server.
 */
export declare class TransportError extends Error {
    name: string;
    readonly kind: 'network' | 'timeout' | 'aborted';
    readonly phase: 'connect' | 'sent';
    readonly errorCode: string | undefined;
    constructor(message: string, details: {
        kind: 'network' | 'timeout' | 'aborted';
        phase: 'connect' | 'sent';
        code?: string | undefined;
        cause?: unknown;
    });
}
/** One HTTP engine: sends a request, returns the whole response, or throws TransportError. */
export interface HttpEngine {
    send(request: EngineRequest): Promise<EngineResponse>;
    close(): Promise<void>;
}
/**
 * A proxy that refused to pass the request on (a CONNECT, or the request itself, answered with `status`):
 * nothing reached the endpoint. The code is `PROXY_<status>`, e.g. `PROXY_407` when it wants credentials.
 */
export declare function proxyRefused(status: number, cause: unknown): TransportError;
/** Codes of a failure before any byte of the request was written: safe to resend even a send. */
export declare const CONNECT_PHASE_CODES: ReadonlySet<string>;
/** What a failed TLS handshake says about the endpoint, by the error's code; undefined for other errors. */
export declare function tlsFailure(code: string | undefined): 'certificate' | 'protocol' | undefined;
