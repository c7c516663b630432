/**
 * The states of a batch task (agent-v2 reference §2.9), by the number GetBatchTaskDetail reports. A value
 * outside 0–9 is kept as it is, with no invented name.
 */
declare const BATCH_TASK_STATES: readonly ["Init", "Draft", "Valid", "Consented", "Preparing", "Sending", "Done", "Canceled", "Failed", "Killed"];
export type BatchTaskStateName = (typeof BATCH_TASK_STATES)[number];
/** `2` → `Valid`; undefined for a status the reference does not name. */
export declare function batchTaskStateName(status: number | undefined): BatchTaskStateName | undefined;
export {};
