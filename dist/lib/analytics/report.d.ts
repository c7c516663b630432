import { type GateFailure } from '../consent/gate-failure.ts';
import type { ChannelType } from '../schemas/agent-v2-requests.ts';
import type { SendLogWalkInput } from '../sending/send-log-walk.ts';
import type { SmsClient } from '../types.ts';
import { type BucketMetrics } from './rates.ts';
import { type LogDimension, type LogEvidence, type LogGroup } from './send-logs.ts';
import { ANALYTICS_TIME_ZONE, type BucketSize } from './window.ts';
/**
 * The analytics report (agent-v2 reference §6): one ListTotalSendCountStatForAgent per bucket (rates
 * recomputed from its counts) and, with `includeLogs`, the send log of the window page by page as
 * message-level evidence. Submission-level counts and message-level records are reported side by side,
 * never subtracted or merged: they count different things.
 */
export interface AnalyticsInput {
    /** ISO 8601, whole seconds; no offset = Asia/Shanghai. */
    start: string;
    end: string;
    subAccount?: string | undefined;
    channelType?: ChannelType | undefined;
    /** Sent as given (the reference passes analytics' signature raw). */
    signature?: string | undefined;
    templateId?: string | undefined;
    /** A send-log filter only (needs includeLogs); never in the report. */
    mobile?: string | undefined;
    /** @default 'day' */
    bucket?: BucketSize | undefined;
    includeLogs?: boolean | undefined;
    /** @default 'time' */
    dimension?: LogDimension | undefined;
    /** Send-log page size, 1–100. @default 100 */
    pageSize?: number | undefined;
    /** Send-log pages at most, 1–100. @default 10 */
    maxPages?: number | undefined;
}
export interface AnalyticsOptions {
    /** Awaited before each query (the caller's pacing to the rate limit). */
    beforeQuery?: (() => Promise<void>) | undefined;
    signal?: AbortSignal | undefined;
}
export interface WindowJson {
    start_inclusive: string;
    end_exclusive: string;
}
export interface AnalyticsReport {
    status: 'complete' | 'insufficient_data';
    aggregate_population: 'submission_level';
    timezone: typeof ANALYTICS_TIME_ZONE;
    window: WindowJson;
    data_cutoff_exclusive: string;
    scope: {
        subAccount: string | null;
        channelType: string | null;
        signature: string | null;
        templateId: string | null;
        sendLogsMobileFilterApplied: boolean;
    };
    bucket: BucketSize;
    trend: Array<{
        window: WindowJson;
        metrics: BucketMetrics;
    }>;
    send_logs?: LogEvidence & {
        breakdown: LogGroup[];
        dimension: LogDimension;
    };
}
/**
 * `analytics --include-logs --all`: the same send-log query as the report's evidence, checked by the same
 * rules, for a walk of every message of the window (walkSendLog) instead of at most `maxPages` pages.
 */
export declare function analyticsLogWalk(input: Omit<AnalyticsInput, 'includeLogs' | 'maxPages' | 'dimension' | 'bucket'>): {
    ok: true;
    walk: SendLogWalkInput;
} | GateFailure;
/** The report, or how it failed: `analytics_validation_error` before any query, `analytics_query_failed`. */
export declare function buildAnalyticsReport(client: SmsClient, input: AnalyticsInput, options?: AnalyticsOptions): Promise<{
    ok: true;
    report: AnalyticsReport;
} | GateFailure>;
