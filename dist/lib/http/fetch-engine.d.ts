import { type HttpEngine } from './engine.ts';
/** A WHATWG fetch: `globalThis.fetch`, undici's `fetch` (with its own dispatcher), a test's fake. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;
/**
 * The engine over a fetch the caller gives (`ClientOptions.fetch`), as octokit's `request.fetch` and ky's
 * `fetch`: the caller's fetch owns connections, proxies and TLS; this owns the attempt's timeout and turns
 * fetch's answers and failures into the transport's terms.
 */
export declare function createFetchEngine(fetchFn: FetchFunction): HttpEngine;
