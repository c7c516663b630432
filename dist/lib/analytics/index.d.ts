export { ANALYTICS_TIME_ZONE, MAX_ANALYTICS_BUCKETS, MAX_ANALYTICS_QUERIES, analyticsBuckets, analyticsWindow, checkQueryBudget, parseAnalyticsTime, statsTimes, } from './window.ts';
export { shanghaiDate, shanghaiIso } from '../time/shanghai-day.ts';
export type { AnalyticsWindow, BucketSize } from './window.ts';
export { bucketMetrics, countOf, metricsAvailable, rateOf } from './rates.ts';
export type { BucketMetrics, DataStatus, Rate, Receipts } from './rates.ts';
export { LogCollector, groupRecords, logRecord } from './send-logs.ts';
export type { ErrorCodeSummary, LogDimension, LogEvidence, LogGroup, LogLimitation, LogRecord, ReceiptState, } from './send-logs.ts';
export { analyticsLogWalk, buildAnalyticsReport } from './report.ts';
export type { AnalyticsInput, AnalyticsOptions, AnalyticsReport, WindowJson } from './report.ts';
