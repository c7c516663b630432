import { type DialectCall } from '../dialects/dialect.ts';
import type { ErrorContext } from '../errors/error-map.ts';
import { type CallRuntime } from '../http/execute-call.ts';
import type { SendSmsResult } from '../schemas/agent.ts';
import type { CallOptions, RecipientResult, RecipientStatus, SendPlan, SendSmsOutcome } from '../types.ts';
type SendContext = ErrorContext & {
    subAccount: string;
    signature: string;
    templateId: string;
};
/**
 * Sends every chunk of a plan with bounded concurrency. A chunk's failure is recorded on its own
 * recipients and never stops or hides the other chunks. Rejects (sending nothing) only when a request
 * cannot be built.
 */
export declare function sendPlannedChunks(runtime: CallRuntime, plan: SendPlan, originalInputs: readonly string[], build: (mobiles: readonly string[]) => DialectCall<SendSmsResult>, context: SendContext, concurrency: number, options?: CallOptions): Promise<SendSmsOutcome>;
/** How many of `items` were sent, failed, or are unknown. */
export declare function statusCounts(items: ReadonlyArray<{
    status: RecipientStatus;
}>): Pick<SendSmsOutcome, 'sentCount' | 'failedCount' | 'unknownCount'>;
/** The outcome of a send from its recipients (in order), counted by status. */
export declare function outcomeFrom(plan: SendPlan, recipients: RecipientResult[], raw: unknown[]): SendSmsOutcome;
/** The first spelling the caller wrote of each normalised number, so results show what was written. */
export declare function firstSpellings(originalInputs: readonly string[]): Map<string, string>;
export {};
