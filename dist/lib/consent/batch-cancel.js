import { isSmsError } from "../errors/errors.js";
import { describeTaskStatus, readTask } from "./batch-launch-gate.js";
import { failureOf } from "./gate-failure.js";
import { invalid } from "./resource-checks.js";
const CUT_OFF_MS = 60_000;
/** A detail's `sendTime` in epoch ms: a number is Unix seconds, a string ISO 8601; 0 or empty is none. */
export function sendTimeMs(sendTime) {
    if (sendTime === undefined || sendTime === null || sendTime === 0 || sendTime === '')
        return undefined;
    const ms = typeof sendTime === 'number' ? sendTime * 1000 : Date.parse(sendTime);
    return Number.isFinite(ms) ? ms : undefined;
}
export async function cancelBatchTask(client, ref, now = Date.now()) {
    const read = await readTask(client, ref.subAccount, ref.taskId);
    if (!read.ok)
        return read;
    const { task } = read;
    const hint = 'See the task with batch-detail; a task that is sending or finished cannot be canceled.';
    if (task.status === 7) {
        return {
            ok: true,
            action: 'batch-cancel',
            requestId: undefined,
            result: { alreadyCanceled: true, status: 7, taskId: ref.taskId },
        };
    }
    if (task.status < 0 || task.status > 5) {
        return invalid(`Task ${ref.taskId} is in state ${describeTaskStatus(task.status)} and cannot be canceled`, 'task-id', hint);
    }
    if (task.scheduled === true) {
        const at = sendTimeMs(task.sendTime);
        if (at === undefined || at - now <= CUT_OFF_MS) {
            return invalid(at === undefined
                ? `Task ${ref.taskId} is scheduled but its send time is unknown: it is not canceled`
                : `Task ${ref.taskId} sends at ${new Date(at).toISOString()}, less than a minute from now: too late to cancel`, 'task-id', hint);
        }
    }
    try {
        const { requestId } = await client.deleteBatchTask(ref);
        return {
            ok: true,
            action: 'DeleteBatchTask',
            requestId,
            result: { taskId: ref.taskId, subAccount: ref.subAccount },
        };
    }
    catch (error) {
        if (!isSmsError(error) || error.code !== 'ERR_SMS_OUTCOME_UNKNOWN')
            return { ...failureOf(error, 'send'), attempted: true };
        const after = await readTask(client, ref.subAccount, ref.taskId);
        if (after.ok && after.task.status === 7) {
            return {
                ok: true,
                action: 'batch-cancel',
                requestId: error.requestId,
                result: { reconciled: true, status: 7, taskId: ref.taskId },
            };
        }
        const failure = failureOf(error, 'send');
        return { ...failure, attempted: true };
    }
}
