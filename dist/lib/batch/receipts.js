// Receipt codes the skill counts as success (reference §2.14).
const SUCCESS_CODES = new Set(['', '0', 'OK', 'SUCCESS', 'DELIVRD']);
const PAGE_SIZE = 100;
const CLOCK_SLACK_SECONDS = 60;
/** One send-log entry as a receipt: `Status` wins (3 delivered, 2 failed, 1 waiting), else the receipt fields. */
export function receiptOf(entry) {
    const errorCode = (entry.ErrorCode ?? '').trim();
    const errorMessage = entry.ErrorMessage ?? undefined;
    const error = [errorCode, errorMessage].filter(Boolean).join(' ');
    const failed = () => ({
        status: 'failed',
        error: error || 'failed without an error code',
        errorCode: errorCode || undefined,
        errorMessage,
    });
    if (entry.Status === 3)
        return { status: 'delivered' };
    if (entry.Status === 2)
        return failed();
    if (entry.Status === 1)
        return { status: 'pending' };
    if (!SUCCESS_CODES.has(errorCode.toUpperCase()))
        return failed();
    return entry.ReceiptTime ? { status: 'delivered' } : { status: 'pending' };
}
/** Polls the send log until every message has a final receipt, the time or the attempts run out, or abort. */
export async function waitForReceipts(deps, scope, messageIds, policy) {
    const receipts = new Map(messageIds.map((id) => [id, { status: 'pending' }]));
    const pendingCount = () => [...receipts.values()].filter((r) => r.status === 'pending').length;
    const deadline = policy.timeoutMs === undefined ? Infinity : deps.now() + policy.timeoutMs;
    const growth = policy.growth ?? 1;
    const maxPause = policy.maxPauseMs ?? Infinity;
    let pause = policy.pauseMs;
    for (let attempt = 1; pendingCount() > 0; attempt++) {
        if (policy.attempts !== undefined && attempt > policy.attempts)
            return { receipts, timedOut: true };
        await deps.sleep(Math.max(0, Math.min(pause, deadline - deps.now())), deps.signal);
        if (deps.signal?.aborted)
            return { receipts, timedOut: false };
        pause = Math.min(pause * growth, maxPause);
        try {
            const waiting = new Set([...receipts].filter(([, r]) => r.status === 'pending').map(([id]) => id));
            for await (const entry of sendLogEntries(deps, scope, policy.maxPages ?? 100)) {
                if (!waiting.has(entry.MessageId))
                    continue;
                const receipt = receiptOf(entry);
                if (receipt.status === 'pending')
                    continue;
                receipts.set(entry.MessageId, receipt);
                waiting.delete(entry.MessageId);
                if (waiting.size === 0)
                    break;
            }
        }
        catch (error) {
            if ((policy.onReadError ?? 'stop') === 'stop')
                return { receipts, timedOut: false, readError: error };
            deps.onReadError?.(error, attempt);
        }
        const pending = pendingCount();
        if (pending === 0)
            break;
        if (deps.now() >= deadline)
            return { receipts, timedOut: true };
        deps.onPoll?.(pending, receipts.size, attempt);
    }
    return { receipts, timedOut: false };
}
/** The send log of a scope, page after page (at most `maxPages`), newest pages as the service orders them. */
export async function* sendLogEntries(deps, scope, maxPages, paging = { truncated: false }) {
    for (let page = 1; page <= maxPages; page++) {
        const { result } = await deps.client.listSendLogs({
            subAccount: scope.subAccount,
            templateId: scope.templateId,
            ...(scope.signature === undefined ? {} : { signature: scope.signature }),
            fromTime: scope.sentAt - CLOCK_SLACK_SECONDS,
            ...(scope.until === undefined ? {} : { toTime: scope.until + CLOCK_SLACK_SECONDS }),
            page,
            pageSize: PAGE_SIZE,
        }, { signal: deps.signal });
        yield* result.List;
        if (result.List.length < PAGE_SIZE || page * PAGE_SIZE >= result.Total)
            return;
    }
    paging.truncated = true;
}
/** Counts the receipts of every message in the scope (a batch task's, by group, template and window). */
export async function summarizeReceipts(deps, scope, maxPages = 10_000) {
    const seen = new Set();
    const codes = new Map();
    const counts = { delivered: 0, failed: 0, pending: 0 };
    const paging = { truncated: false };
    for await (const entry of sendLogEntries(deps, scope, maxPages, paging)) {
        // Pages can shift while receipts arrive; a message is counted once.
        if (seen.has(entry.MessageId))
            continue;
        seen.add(entry.MessageId);
        const receipt = receiptOf(entry);
        counts[receipt.status]++;
        if (receipt.status === 'failed') {
            const code = receipt.errorCode ?? 'unknown';
            codes.set(code, (codes.get(code) ?? 0) + 1);
        }
    }
    const failures = [...codes].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
    return { messages: seen.size, ...counts, failures, complete: !paging.truncated };
}
/**
 * Counts the scope's receipts (summarizeReceipts) again every `pauseMs` until none is pending, `timeoutMs`
 * has passed or the signal aborts: the wait for a finished batch task's last receipts (`batch-wait`).
 * Messages still `pending` in the summary returned are those whose receipt did not come in time.
 */
export async function waitForReceiptSummary(deps, scope, policy) {
    const deadline = deps.now() + policy.timeoutMs;
    let summary = await summarizeReceipts(deps, scope);
    while (summary.pending > 0 && deps.now() < deadline && !deps.signal?.aborted) {
        deps.onPoll?.(summary);
        await deps.sleep(Math.min(policy.pauseMs, deadline - deps.now()), deps.signal);
        if (deps.signal?.aborted)
            break;
        summary = await summarizeReceipts(deps, scope);
    }
    return summary;
}
