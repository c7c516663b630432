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
    let last;
    for (;;) {
        const { result: task } = await deps.client.getBatchTaskDetail(ref, { signal: deps.signal });
        const status = task.status ?? -1;
        const startedAt = scheduledAt(task) ?? options.since;
        const sentCount = await sentSoFar(deps, ref, task, startedAt);
        const progress = {
            taskId: ref.taskId,
            status,
            state: batchTaskStateName(status),
            totalCount: task.totalCount,
            sentCount,
            final: FINAL_TASK_STATES.has(status),
        };
        if (last === undefined || last.status !== status || last.sentCount !== sentCount)
            deps.onChange?.(progress);
        last = progress;
        if (progress.final)
            return { task, progress, startedAt, final: true };
        await deps.sleep(options.intervalMs, deps.signal);
        if (deps.signal?.aborted)
            return { task, progress, startedAt, final: false };
    }
}
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
