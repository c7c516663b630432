/**
 * Rates recomputed from the service's counts (agent-v2 reference §6); its own rate fields are never read.
 * A count counts only when it is a non-negative integer (an integral float passes; a string, a boolean or a
 * missing key does not), and a rate is `insufficient_data` when a count is missing, the denominator is 0 or
 * the numerator exceeds it. Each rate says which fields it came from, so a reader can check it.
 */
export type DataStatus = 'available' | 'insufficient_data';
export interface Rate {
    status: DataStatus;
    numerator: number | null;
    denominator: number | null;
    /** Percent, rounded to 4 places; null unless available. */
    percentage: number | null;
    numerator_field: string;
    denominator_field: string;
}
export interface Receipts {
    status: DataStatus;
    success: number | null;
    failure: number | null;
    /** Accepted messages with no receipt yet: send success − receipt success − receipt failure. */
    outstanding: number | null;
    denominator: number | null;
    denominator_field: 'TotalSendSuccessCount';
}
export interface BucketMetrics {
    service_reported_send_count: {
        value: number | null;
        source_field: 'TotalSendCount';
        semantic: 'not_used_as_recipient_or_rate_denominator';
    };
    submission_success_rate: Rate;
    receipt_success_rate: Rate;
    receipts: Receipts;
}
/** A count as the reference reads one: a non-negative integer, else null. */
export declare function countOf(value: unknown): number | null;
export declare function rateOf(numerator: number | null, denominator: number | null, numeratorField: string, denominatorField: string): Rate;
/** One bucket's metrics from the stats action's `Result`, as the server sent it. */
export declare function bucketMetrics(result: Readonly<Record<string, unknown>>): BucketMetrics;
/** Whether every figure of a bucket could be computed; one that cannot makes the report insufficient. */
export declare function metricsAvailable(metrics: BucketMetrics): boolean;
