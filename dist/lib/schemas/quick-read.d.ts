import type { SendLogList, SendSmsResult } from './agent.ts';
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
export declare const SEND_LOG_ENTRY_FIELDS: {
    readonly text: readonly ["SubAccount", "Signature", "TemplateId", "ChannelType", "Mobile", "Content"];
    readonly nullableText: readonly ["ErrorCode", "ErrorType", "ErrorMessage"];
    readonly int: readonly ["Status", "Count"];
    readonly nullableInt: readonly ["SendTime", "ReceiptTime"];
};
/**
 * The usual send-log page, `{Total, List: [entries]}` in the schema's own spelling. Gives exactly what
 * SendLogListSchema gives (its entries are the parsed JSON's own objects, not copies: a page of the
 * `--all` export is read at the rate it arrives, and a copy per message is most of what that costs), or
 * undefined for anything else.
 */
export declare function quickSendLogList(value: unknown): SendLogList | undefined;
