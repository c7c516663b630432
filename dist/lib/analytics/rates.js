/**
 * Rates recomputed from the service's counts (agent-v2 reference §6); its own rate fields are never read.
 * A count counts only when it is a non-negative integer (an integral float passes; a string, a boolean or a
 * missing key does not), and a rate is `insufficient_data` when a count is missing, the denominator is 0 or
 * the numerator exceeds it. Each rate says which fields it came from, so a reader can check it.
 */
/** A count as the reference reads one: a non-negative integer, else null. */
export function countOf(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}
// Rounded as Python's round(x, 4) for the values counts can make (no ties at the fifth place but exact ones).
const percent = (numerator, denominator) => Math.round(((numerator * 100) / denominator) * 10_000) / 10_000;
export function rateOf(numerator, denominator, numeratorField, denominatorField) {
    const available = numerator !== null && denominator !== null && denominator > 0 && numerator <= denominator;
    return {
        status: available ? 'available' : 'insufficient_data',
        numerator,
        denominator,
        percentage: available ? percent(numerator, denominator) : null,
        numerator_field: numeratorField,
        denominator_field: denominatorField,
    };
}
/** One bucket's metrics from the stats action's `Result`, as the server sent it. */
export function bucketMetrics(result) {
    const allSend = countOf(result.TotalAllSendCount);
    const sendSuccess = countOf(result.TotalSendSuccessCount);
    const receiptSuccess = countOf(result.TotalReceiptSuccessCount);
    const receiptFailure = countOf(result.TotalReceiptFailureCount);
    const receiptsAdd = sendSuccess !== null &&
        receiptSuccess !== null &&
        receiptFailure !== null &&
        receiptSuccess + receiptFailure <= sendSuccess;
    return {
        service_reported_send_count: {
            value: countOf(result.TotalSendCount),
            source_field: 'TotalSendCount',
            semantic: 'not_used_as_recipient_or_rate_denominator',
        },
        submission_success_rate: rateOf(sendSuccess, allSend, 'TotalSendSuccessCount', 'TotalAllSendCount'),
        receipt_success_rate: rateOf(receiptSuccess, sendSuccess, 'TotalReceiptSuccessCount', 'TotalSendSuccessCount'),
        receipts: {
            status: receiptsAdd ? 'available' : 'insufficient_data',
            success: receiptSuccess,
            failure: receiptFailure,
            outstanding: receiptsAdd ? sendSuccess - receiptSuccess - receiptFailure : null,
            denominator: sendSuccess,
            denominator_field: 'TotalSendSuccessCount',
        },
    };
}
/** Whether every figure of a bucket could be computed; one that cannot makes the report insufficient. */
export function metricsAvailable(metrics) {
    return (metrics.submission_success_rate.status === 'available' &&
        metrics.receipt_success_rate.status === 'available' &&
        metrics.receipts.status === 'available');
}
