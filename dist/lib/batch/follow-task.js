import { batchTaskStateName } from "../agent-v2/batch-status.js";
/**
 * Follows a launched batch task (reference §2.9, §4.4) to a final state: GetBatchTaskDetail is the
 * authoritative state, read every `intervalMs`; each change (state or sent count) is reported once. The
 * detail has no progress count, so the count comes from the stats of the task's group, template and
 * signature since it started (one request per poll; absent when the stats cannot be read). Stopping (the
 * signal) stops the waiting, never the task. 6 Done means processed, not delivered: receipts are in the
 * send log (receipts.ts).
 */
export const FINAL_TASK_STATES = new Set([6, 7, 8, 9]);
/** A task's send time in epoch seconds, or undefined for an immediate task. */
function scheduledAt(task) {
    const value = task.sendTime;
    if (value === undefined || value === null || value === 0 || value === '')
        return undefined;
    const seconds = typeof value === 'number' ? value : Math.floor(Date.parse(value) / 1000);
    return Number.isFinite(seconds) ? seconds : undefined;
}
export async function followBatchTask(deps, ref, options) {
    const deadline = options.timeoutMs === undefined ? Infinity : deps.now() + options.timeoutMs;
    let pause = options.intervalMs;
    let task = { taskId: ref.taskId, subAccount: ref.subAccount };
    let last;
    let reported = options.lastStatus;
    let startedAt = options.since;
    for (;;) {
        const read = await deps.client.getBatchTaskDetail(ref, { signal: deps.signal }).then((answer) => answer.result, (error) => {
            if (options.onReadError === undefined || deps.signal?.aborted)
                throw error;
            options.onReadError(error);
            return undefined;
        });
        if (read !== undefined) {
            task = read;
            const status = task.status ?? -1;
            startedAt = scheduledAt(task) ?? options.since;
            const sentCount = options.counts === false ? undefined : await sentSoFar(deps, ref, task, startedAt);
            const progress = {
                taskId: ref.taskId,
                status,
                state: batchTaskStateName(status),
                totalCount: task.totalCount,
                sentCount,
                final: FINAL_TASK_STATES.has(status),
            };
            if (reported !== status || (last !== undefined && last.sentCount !== sentCount))
                deps.onChange?.(progress);
            last = progress;
            reported = status;
            if (progress.final)
                return { task, progress, startedAt, final: true, timedOut: false };
        }
        const remaining = deadline - deps.now();
        const stopped = (timedOut) => ({
            task,
            progress: last ?? unread(ref.taskId),
            startedAt,
            final: false,
            timedOut,
        });
        if (remaining <= 0)
            return stopped(true);
        await deps.sleep(Math.min(pause, remaining), deps.signal);
        if (deps.signal?.aborted)
            return stopped(false);
        pause = Math.min(pause * (options.growth ?? 1), options.maxIntervalMs ?? Infinity);
    }
}
/** No detail could be read: status -1, as for a detail without one. */
const unread = (taskId) => ({
    taskId,
    status: -1,
    state: undefined,
    totalCount: undefined,
    sentCount: undefined,
    final: false,
});
async function sentSoFar(deps, ref, task, startedAt) {
    if (task.templateId === undefined)
        return undefined;
    const now = Math.floor(deps.now() / 1000);
    try {
        const { result } = await deps.client.getSendStats({
            startTime: startedAt - 60,
            // A scheduled task's messages carry its send time, which may be ahead of this clock.
            endTime: Math.max(now, startedAt) + 7 * 86_400,
            subAccount: ref.subAccount,
            templateId: task.templateId,
            ...(task.signature === undefined ? {} : { signature: task.signature }),
        }, { signal: deps.signal });
        return result.TotalSendCount ?? undefined;
    }
    catch {
        // Progress is a courtesy: the task's state still comes from the detail.
        return undefined;
    }
}
/**
 * The receipts of a finished task, from the send stats of its group, template and signature since it
 * started (the API has no per-task stats, so another send of that template in that time counts too), read
 * until every accepted message has a receipt or the time or attempts run out. One request per read.
 */
export async function waitForTaskReceipts(deps, scope, policy) {
    const deadline = policy.timeoutMs === undefined ? Infinity : deps.now() + policy.timeoutMs;
    let pause = policy.pauseMs;
    for (let attempt = 1;; attempt++) {
        const { result: stats } = await deps.client.getSendStats({
            startTime: scope.fromTime - 60,
            endTime: Math.ceil(deps.now() / 1000) + 60,
            subAccount: scope.subAccount,
            templateId: scope.templateId,
            ...(scope.signature === undefined ? {} : { signature: scope.signature }),
        }, { signal: deps.signal });
        const accepted = stats.TotalSendSuccessCount;
        const delivered = stats.TotalReceiptSuccessCount;
        const failed = stats.TotalReceiptFailureCount;
        const pending = Math.max(0, accepted - delivered - failed);
        const receipts = { accepted, delivered, failed, pending, stats, timedOut: false };
        if (pending === 0 && accepted >= (scope.expected ?? 0))
            return receipts;
        const remaining = deadline - deps.now();
        const outOfAttempts = policy.attempts !== undefined && attempt >= policy.attempts;
        if (remaining <= 0 || outOfAttempts || deps.signal?.aborted)
            return { ...receipts, timedOut: true };
        deps.onPoll?.(receipts);
        await deps.sleep(Math.min(pause, remaining), deps.signal);
        pause = Math.min(pause * (policy.growth ?? 1), policy.maxPauseMs ?? Infinity);
    }
}
