/**
 * The states of a batch task (agent-v2 reference §2.9), by the number GetBatchTaskDetail reports. A value
 * outside 0–9 is kept as it is, with no invented name.
 */
const BATCH_TASK_STATES = [
    'Init',
    'Draft',
    'Valid',
    'Consented',
    'Preparing',
    'Sending',
    'Done',
    'Canceled',
    'Failed',
    'Killed',
];
/** `2` → `Valid`; undefined for a status the reference does not name. */
export function batchTaskStateName(status) {
    return status === undefined ? undefined : BATCH_TASK_STATES[status];
}
