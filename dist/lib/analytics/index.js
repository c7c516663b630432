// Analytics (agent-v2 reference §6), exported through src/core/index.ts.
export { ANALYTICS_TIME_ZONE, MAX_ANALYTICS_BUCKETS, MAX_ANALYTICS_QUERIES, analyticsBuckets, analyticsWindow, checkQueryBudget, parseAnalyticsTime, statsTimes, } from "./window.js";
export { shanghaiDate, shanghaiIso } from "../time/shanghai-day.js";
export { bucketMetrics, countOf, metricsAvailable, rateOf } from "./rates.js";
export { LogCollector, groupRecords, logRecord } from "./send-logs.js";
export { analyticsLogWalk, buildAnalyticsReport } from "./report.js";
