import type { CallOptions, SendBatchSmsInput, SendPlan, SendSmsInput, SendSmsOutcome, SmsClient } from '../types.ts';
import { type Pacer } from './pace.ts';
import { type JournaledSend, type SendJournalStore } from './send-journal.ts';
/**
 * The direct engine: a plan's chunks (≤ 200 numbers each) sent as requests started `1000 / qps` ms apart,
 * a few in flight, each chunk's intent journaled (and durable) before its request and its result after.
 */
export interface DirectSendOptions extends CallOptions {
    /** Requests started per second. @default DEFAULT_SEND_QPS (5) */
    qps?: number | undefined;
    /** Requests in flight at most (a slow answer must not slow the pace). @default ceil(qps), at most 8 */
    concurrency?: number | undefined;
    /** Where the intents and results go; without it nothing is journaled. */
    journal?: SendJournalStore | undefined;
    /** After each chunk's answer (progress bars). */
    onChunk?: ((progress: {
        done: number;
        total: number;
    }) => void) | undefined;
}
export type DirectSendRequest = {
    kind: 'sms';
    input: SendSmsInput;
}
/** `groupByParams`: the agent API has no batch action, so equal values share a request (planBatchSend). */
 | {
    kind: 'batch-sms';
    input: SendBatchSmsInput;
    groupByParams: boolean;
};
type DirectClient = Pick<SmsClient, 'sendSms' | 'sendBatchSms'>;
/** Sends one chunk as one request: every chunk the planners make fits one. */
export type ChunkSender = (mobiles: readonly string[], options: CallOptions) => Promise<SendSmsOutcome>;
export declare function chunkSenderFor(client: DirectClient, send: JournaledSend): ChunkSender;
/**
 * Sends `chunks` paced and journaled, numbering them from `firstChunk` in the journal. Resolves with one
 * outcome per chunk, in chunk order. A chunk not started before `signal` aborted is reported failed
 * (nothing was sent, nor journaled: a resume sends it).
 */
export declare function runChunks(send: ChunkSender, chunks: readonly (readonly string[])[], options: DirectSendOptions & {
    firstChunk?: number;
    pacer?: Pacer;
}): Promise<SendSmsOutcome[]>;
/** The chunks' outcomes as one, in the plan's order, each number shown as the caller wrote it. */
export declare function mergeOutcomes(plan: SendPlan, outcomes: readonly SendSmsOutcome[], originalInputs?: readonly string[]): SendSmsOutcome;
/** What a direct send is, in the journal's terms (and the plan it was made from). */
export declare function planDirectSend(request: DirectSendRequest): {
    plan: SendPlan;
    send: JournaledSend;
    inputs: string[];
};
/**
 * Sends directly, paced to `qps`, journaled when a journal is given (its first record: the whole send,
 * so `resumeDirectSend` needs nothing else). Invalid input throws SmsInputError before anything is sent or
 * journaled; after that every number gets a result, as with sendSms.
 */
export declare function sendDirect(client: DirectClient, request: DirectSendRequest, options?: DirectSendOptions): Promise<SendSmsOutcome>;
export {};
