import type { SendLogEntry } from '../schemas/agent.ts';
/**
 * Message-level evidence for analytics (agent-v2 reference §6 "Send logs"): pages of the send log reduced
 * to the keys a customer may see, de-duplicated by message id, with what kept the evidence from being
 * complete. Never a phone number: the record has no such field, and the `--mobile` filter is not echoed.
 */
export type ReceiptState = 'success' | 'failure' | 'outstanding';
export type LogDimension = 'subAccount' | 'signature' | 'template' | 'time';
export type LogLimitation = 'missing_message_id' | 'service_total_not_reached' | 'page_limit_reached';
export interface LogRecord {
    messageId: string;
    /** Unix milliseconds, as the send log gives them. */
    sendTime: number | null;
    receiptTime: number | null;
    receiptState: ReceiptState;
    errorCode: string;
    segments: number;
    subAccount: string;
    signature: string;
    templateId: string;
}
export declare function logRecord(entry: SendLogEntry): LogRecord;
export interface ErrorCodeSummary {
    messages: number;
    segments: number;
    explanation: 'unknown_public_code';
    recommendation: 'reconcile_with_the_customer_visible_send_log';
}
export interface LogEvidence {
    population: 'message_level';
    complete: boolean;
    truncated: boolean;
    evidence_status: 'complete' | 'insufficient_data';
    limitations: LogLimitation[];
    pages_fetched: number;
    service_total: number | null;
    raw_records_fetched: number;
    unique_records: number;
    duplicate_count: number;
    receipt_states: Record<ReceiptState, number>;
    error_codes: Record<string, ErrorCodeSummary>;
    records: LogRecord[];
}
/** Collects pages in order; `add` says whether another page is needed. */
export declare class LogCollector {
    #private;
    /** One page of `pageSize` asked for; false when paging is over (complete, or short of the total). */
    add(entries: readonly SendLogEntry[], total: unknown, pageSize: number): boolean;
    /** The evidence once paging stopped (after `add` said so, or after the last page allowed). */
    evidence(): LogEvidence;
}
export interface LogGroup {
    value: string;
    messages: number;
    segments: number;
    success: number;
    failure: number;
    outstanding: number;
}
/** The records by one dimension, sorted by value; `time` groups by local date (ms ≥ 10¹¹, else seconds). */
export declare function groupRecords(records: readonly LogRecord[], dimension: LogDimension): LogGroup[];
