import type * as WireSchemaModule from './wire.ts';
/** Every zod wire schema of both APIs (requests, results, the envelope), by name. */
export type WireSchemas = typeof WireSchemaModule;
/**
 * The wire schemas, imported on first need. Loading zod and building ~60 schemas takes ~25 ms, most of a
 * one-send process's start (the Action, the CLI), while the usual send passes the zod-free checks of
 * quick-read.ts; the schemas decide everything else: errors, other spellings, list and stats results.
 * Long-lived processes (the sandbox, the Slack app) may load them up front.
 */
export declare function loadWireSchemas(): Promise<WireSchemas>;
