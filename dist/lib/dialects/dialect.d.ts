import type { z } from 'zod';
import type { WireCall } from '../signing/build-request.ts';
import { SmsInputError } from '../errors/errors.ts';
import { type WireSchemas } from '../schemas/wire-schemas.ts';
import type { SendLogList, SendSmsResult, SendStats, SignatureList, SubAccountList, TemplateList } from '../schemas/agent.ts';
import type { ListSendLogsInput, ListSignaturesInput, ListSubAccountsInput, ListTemplatesInput, SendStatsInput } from '../types.ts';
/** Picks one schema out of the wire schemas, which are loaded only when needed (wire-schemas.ts). */
export type PickSchema<T = unknown> = (schemas: WireSchemas) => z.ZodType<T>;
/** A wire call, the schema its params must pass, and the schema that reads its `Result`. */
export interface DialectCall<T> {
    /** Its params (the JSON body, or the query of a GET without one) are checked before anything is sent. */
    call: WireCall;
    paramsSchema: PickSchema;
    /** True when the params plainly pass `paramsSchema`, checked without zod; false or absent asks zod. */
    paramsPass?: ((params: unknown) => boolean) | undefined;
    /** Turns `Result` into the client's (PascalCase) result shape. */
    resultSchema: PickSchema<T>;
    /** The result schema's answer for the usual result, computed without zod; undefined defers to it. */
    quickResult?: ((result: unknown) => T | undefined) | undefined;
}
/** One chunk of at most 200 normalised numbers, ready to send. */
export interface SendChunk {
    subAccount: string;
    signature: string;
    templateId: string;
    mobiles: readonly string[];
    /** Compact JSON string. */
    templateParam?: string | undefined;
    account?: string | undefined;
    /** Classic only: echoed in the delivery receipt. */
    tag?: string | undefined;
}
/** One chunk of at most 200 messages, each with its own parameters (classic SendBatchSms). */
export interface BatchChunk {
    subAccount: string;
    signature: string;
    templateId: string;
    messages: ReadonlyArray<{
        mobile: string;
        templateParam?: string | undefined;
    }>;
    tag?: string | undefined;
}
/** Maps the client's operations onto one API generation (agent `2026-01-01` or classic). */
export interface Dialect {
    send(chunk: SendChunk): DialectCall<SendSmsResult>;
    /** Per-number parameters in one request; absent when the API has no such action (the agent API). */
    sendBatch?: ((chunk: BatchChunk) => DialectCall<SendSmsResult>) | undefined;
    listSubAccounts(input: ListSubAccountsInput): DialectCall<SubAccountList>;
    listSignatures(input: ListSignaturesInput): DialectCall<SignatureList>;
    listTemplates(input: ListTemplatesInput): DialectCall<TemplateList>;
    listSendLogs(input: ListSendLogsInput): DialectCall<SendLogList>;
    getSendStats(input: SendStatsInput): DialectCall<SendStats>;
}
/** True when every call's params pass their quick check, so nothing needs the schemas. */
export declare function paramsPlainlyPass(calls: ReadonlyArray<DialectCall<unknown>>): boolean;
/**
 * Checks each call's params against its wire schema; issues name the CLI flag (`PageSize` → `page-size`).
 * Request schemas neither transform nor default, so a call that passes is sent exactly as built.
 * @throws SmsInputError naming every bad field of the first call that fails
 */
export declare function checkParams(calls: ReadonlyArray<DialectCall<unknown>>): Promise<void>;
/** One SmsInputError naming each field of a failed parse by its CLI flag (`pageSize` → `page-size`). */
export declare function inputErrorFromIssues(issues: readonly z.core.$ZodIssue[]): SmsInputError;
/** Drops undefined fields so the JSON body carries only what the caller gave. */
export declare function compact<T extends Record<string, unknown>>(value: T): T;
