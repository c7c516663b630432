import { AGENT_VERSION } from "../dialects/api-versions.js";
/**
 * A GET action's params as its query (agent-v2 reference §1.1): numbers and booleans as text, a list as
 * its key repeated per element, absent values skipped. buildRequest encodes and sorts them.
 */
export function toQuery(params) {
    const query = {};
    for (const [key, value] of Object.entries(params)) {
        if (value === undefined || value === null)
            continue;
        query[key] = Array.isArray(value) ? value.map(String) : String(value);
    }
    return query;
}
/** A copy with the keys of every object sorted, so that its JSON is the compact sorted body of §1.1. */
export function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        const item = value[key];
        if (item !== undefined)
            out[key] = sortKeys(item);
    }
    return out;
}
/**
 * The wire call of one lowerCamel action. GET: every param in the query, empty body. POST: only Action and
 * Version in the query, the params as a compact JSON body with sorted keys (raw UTF-8).
 */
export function agentV2WireCall(action, method, params) {
    return method === 'GET'
        ? { action, version: AGENT_VERSION, method, query: toQuery(params) }
        : { action, version: AGENT_VERSION, method, body: sortKeys(params) };
}
