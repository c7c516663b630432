/**
 * Every documented API error code (reference §5) with what it means and what to do. One table, so the
 * CLI, the Action and Slack all say the same words. `{subAccount}`, `{signature}` and `{templateId}` in a
 * hint are filled from the request when known. The table also decides, for retry.ts, which answers a
 * read may retry and which answers prove that a write (a send) was not processed.
 */
import { AGENT_CODES } from "./codes/agent-codes.js";
import { GATEWAY_CODES } from "./codes/gateway-codes.js";
import { SEND_CODES } from "./codes/send-codes.js";
// One table in three files, by the reference's sections; no code stands in two (a test holds them apart).
export const ERROR_CODES = { ...SEND_CODES, ...GATEWAY_CODES, ...AGENT_CODES };
/** The table entry for a code, or undefined for a code we do not know. */
export function lookupErrorCode(code) {
    return Object.hasOwn(ERROR_CODES, code) ? ERROR_CODES[code] : undefined;
}
