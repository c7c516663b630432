import { failureOf } from "../consent/gate-failure.js";
import { SmsInputError, isSmsError } from "../errors/errors.js";
import { bucketMetrics, metricsAvailable } from "./rates.js";
import { LogCollector, groupRecords, } from "./send-logs.js";
import { ANALYTICS_TIME_ZONE, analyticsBuckets, analyticsWindow, checkQueryBudget, statsTimes, } from "./window.js";
import { shanghaiIso } from "../time/shanghai-day.js";
const windowJson = (w) => ({
    start_inclusive: shanghaiIso(w.start),
    end_exclusive: shanghaiIso(w.end),
});
function invalid(field, message) {
    throw new SmsInputError(`${field} ${message}`, [{ field, message: `${field} ${message}` }]);
}
/** A mainland mobile after an optional `+86` (a bare `86` prefix is refused, as the reference does). */
function mobileFilter(mobile) {
    const digits = mobile.trim().replace(/^\+86/, '');
    if (!/^1[3-9]\d{9}$/.test(digits))
        invalid('--mobile', 'must be a mainland China mobile number');
    return digits;
}
function range(value, min, max, field) {
    if (!Number.isInteger(value) || value < min || value > max)
        invalid(field, `must be ${min}–${max}`);
    return value;
}
/** Every rule that needs no query, so a bad request costs nothing. */
function plan(input) {
    const window = analyticsWindow(input.start, input.end);
    const bucket = input.bucket ?? 'day';
    const buckets = analyticsBuckets(window, bucket);
    const pageSize = range(input.pageSize ?? 100, 1, 100, '--page-size');
    const maxPages = range(input.maxPages ?? 10, 1, 100, '--max-pages');
    if (input.includeLogs) {
        if (!input.subAccount)
            invalid('--sub-account', 'is required with --include-logs (the send log is per group)');
        if (input.channelType)
            invalid('--channel-type', 'cannot be combined with --include-logs: the send log has no channel filter');
    }
    else if (input.mobile !== undefined)
        invalid('--mobile', 'needs --include-logs (it filters the send log only)');
    checkQueryBudget(buckets.length, input.includeLogs ? maxPages : 0);
    const mobile = input.mobile === undefined ? undefined : mobileFilter(input.mobile);
    return { window, buckets, bucket, pageSize, maxPages, mobile };
}
/** The send-log query of the window (§6): `ToTime` = end − 1 s, the filters, never a channel. */
function logQuery(input, p) {
    return {
        subAccount: input.subAccount ?? '',
        fromTime: p.window.start,
        toTime: p.window.end - 1,
        signature: input.signature,
        templateId: input.templateId,
        mobile: p.mobile,
    };
}
/**
 * `analytics --include-logs --all`: the same send-log query as the report's evidence, checked by the same
 * rules, for a walk of every message of the window (walkSendLog) instead of at most `maxPages` pages.
 */
export function analyticsLogWalk(input) {
    try {
        // Buckets do not matter to a walk of the log: one, so only the window's own rules apply.
        const p = plan({ ...input, bucket: 'total', includeLogs: true, maxPages: 1 });
        return { ok: true, walk: { ...logQuery(input, p), pageSize: p.pageSize } };
    }
    catch (error) {
        if (isSmsError(error) && error.code === 'ERR_SMS_INPUT')
            return { ok: false, code: 'analytics_validation_error', error, retryable: false };
        throw error;
    }
}
async function sendLogs(client, input, p, options) {
    const collector = new LogCollector();
    const query = logQuery(input, p);
    for (let page = 1; page <= p.maxPages; page += 1) {
        await options.beforeQuery?.();
        const { result } = await client.listSendLogs({ ...query, page, pageSize: p.pageSize }, { signal: options.signal });
        if (!collector.add(result.List, result.Total, p.pageSize))
            break;
    }
    return collector.evidence();
}
/** The report, or how it failed: `analytics_validation_error` before any query, `analytics_query_failed`. */
export async function buildAnalyticsReport(client, input, options = {}) {
    let p;
    try {
        p = plan(input);
    }
    catch (error) {
        if (isSmsError(error) && error.code === 'ERR_SMS_INPUT')
            return { ok: false, code: 'analytics_validation_error', error, retryable: false };
        throw error;
    }
    try {
        const trend = [];
        let complete = true;
        for (const bucket of p.buckets) {
            await options.beforeQuery?.();
            const response = await client.getSendStats({
                ...statsTimes(bucket),
                subAccount: input.subAccount,
                channelType: input.channelType,
                signature: input.signature,
                templateId: input.templateId,
            }, { signal: options.signal });
            // The counts as the server sent them: the parsed result fills a missing count with 0, and a missing
            // count must read as missing (insufficient data), never as zero traffic.
            const raw = response.raw?.Result;
            const metrics = bucketMetrics(raw !== null && typeof raw === 'object' ? raw : {});
            complete &&= metricsAvailable(metrics);
            trend.push({ window: windowJson(bucket), metrics });
        }
        const report = {
            status: complete ? 'complete' : 'insufficient_data',
            aggregate_population: 'submission_level',
            timezone: ANALYTICS_TIME_ZONE,
            window: windowJson(p.window),
            data_cutoff_exclusive: shanghaiIso(p.window.end),
            scope: {
                subAccount: input.subAccount ?? null,
                channelType: input.channelType ?? null,
                signature: input.signature ?? null,
                templateId: input.templateId ?? null,
                sendLogsMobileFilterApplied: p.mobile !== undefined,
            },
            bucket: p.bucket,
            trend,
        };
        if (input.includeLogs) {
            const evidence = await sendLogs(client, input, p, options);
            const dimension = input.dimension ?? 'time';
            report.send_logs = { ...evidence, breakdown: groupRecords(evidence.records, dimension), dimension };
            if (evidence.evidence_status !== 'complete')
                report.status = 'insufficient_data';
        }
        return { ok: true, report };
    }
    catch (error) {
        const failure = failureOf(error, 'read');
        return { ...failure, code: 'analytics_query_failed' };
    }
}
