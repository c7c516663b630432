import type { SendBatchSmsInput, SendPlan } from '../types.ts';
/** A validated batch: the plan (as for sendSms) and each number's compact TemplateParam. */
export interface BatchPlan {
    plan: SendPlan;
    params: ReadonlyMap<string, string | undefined>;
}
/**
 * Validates a batch before anything goes out. Unlike sendSms, a number given twice is an error, not a
 * silent drop: its two messages may carry different parameters, and which one to send is the caller's call.
 * `groupByParams` (for APIs without a batch action) puts numbers with identical parameters in the same chunks.
 */
export declare function planBatchSend(input: SendBatchSmsInput, options: {
    groupByParams: boolean;
}): BatchPlan;
