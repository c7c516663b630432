import type { SendPlan, SendSmsInput } from '../types.ts';
/** Numbers per request: the API's limit for SendSmsForAgent, SendSms and SendBatchSms. */
export declare const MAX_NUMBERS_PER_REQUEST = 200;
/** Splits a list into consecutive chunks of at most `size`. */
export declare function chunk<T>(items: readonly T[], size?: number): T[][];
/**
 * Validates a send before anything goes out: required fields, every number (each invalid one named),
 * template parameters. Throws one SmsInputError listing all issues.
 */
export declare function planSend(input: SendSmsInput): SendPlan;
