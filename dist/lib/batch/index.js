// Batch files and tasks: the precheck of a CSV (reference §3.3), creating a task (from a checked file, or
// from recipients by the send engines) and following it to its end.
export { BatchCsvCheck, assertBatchFile, precheckBatchCsv, precheckError } from "./precheck.js";
export { checkBatchSchedule } from "./schedule.js";
export { BATCH_TASK_AWAITING_CONSENT, createBatchSendTask, createBatchTask } from "./create.js";
export { receiptOf, sendLogEntries, summarizeReceipts, waitForReceiptSummary, waitForReceipts, } from "./receipts.js";
export { FINAL_TASK_STATES, followBatchTask, waitForTaskReceipts } from "./follow-task.js";
