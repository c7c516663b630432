import { type HttpEngine } from './engine.ts';
export declare function createPoolEngine(options: {
    connectTimeoutMs: number;
    connections?: number | undefined;
    /** Every request through this proxy (a CONNECT tunnel); the client has already applied NO_PROXY. */
    proxy?: string | undefined;
}): HttpEngine;
