import type { WireCall } from '../signing/build-request.ts';
type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | undefined | null;
/**
 * A GET action's params as its query (agent-v2 reference §1.1): numbers and booleans as text, a list as
 * its key repeated per element, absent values skipped. buildRequest encodes and sorts them.
 */
export declare function toQuery(params: Readonly<Record<string, QueryValue>>): Record<string, string | string[]>;
/** A copy with the keys of every object sorted, so that its JSON is the compact sorted body of §1.1. */
export declare function sortKeys(value: unknown): unknown;
/**
 * The wire call of one lowerCamel action. GET: every param in the query, empty body. POST: only Action and
 * Version in the query, the params as a compact JSON body with sorted keys (raw UTF-8).
 */
export declare function agentV2WireCall(action: string, method: 'GET' | 'POST', params: Readonly<Record<string, unknown>>): WireCall;
export {};
