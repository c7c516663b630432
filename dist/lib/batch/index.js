// Batch files and tasks: the precheck of a CSV (reference §3.3) and following a task to its end.
export { BatchCsvCheck, precheckBatchCsv, precheckError } from "./precheck.js";
export { checkBatchSchedule } from "./schedule.js";
export { createBatchTask } from "./create.js";
export { receiptOf, sendLogEntries, summarizeReceipts, waitForReceipts } from "./receipts.js";
export { FINAL_TASK_STATES, followBatchTask } from "./follow-task.js";
