import type { SendSmsResult } from './agent.ts';
export declare const isRecord: (value: unknown) => value is Record<string, unknown>;
/**
 * A successful envelope in the schema's own spelling (no `Error`): every request reads one. Gives the
 * request id and `Result` exactly as EnvelopeSchema would, or undefined for anything else (an error,
 * another spelling, a wrong type), which the schema then decides.
 */
export declare function quickSuccessEnvelope(raw: unknown): {
    requestId: string;
    result: unknown;
} | undefined;
/**
 * The usual send answer, `{ MessageIds: [...strings] }` with no other id key. Gives exactly what
 * SendSmsResultSchema gives, or undefined for anything else (another spelling, a wrong type).
 */
export declare function quickSendSmsResult(value: unknown): SendSmsResult | undefined;
/** The keys of SendSmsForAgentBodySchema (the test compares them with the schema's shape). */
export declare const SEND_SMS_FOR_AGENT_BODY_KEYS: ReadonlySet<string>;
/**
 * True when SendSmsForAgentBodySchema would accept `body` unchanged: only its keys, every field valid.
 * False means "ask the schema", which then names what is wrong.
 */
export declare function sendSmsForAgentBodyPasses(body: unknown): boolean;
