// Batch files and tasks: the precheck of a CSV (reference §3.3), creating a task (from a checked file, or
// from recipients by the send engines) and following it to its end.
export { BatchCsvCheck, assertBatchFile, precheckBatchCsv, precheckError } from './precheck.ts';
export type { BatchPrecheck, BatchPrecheckReport, BatchPrecheckRules, BatchSource } from './precheck.ts';
export { checkBatchSchedule } from './schedule.ts';
export type { BatchSchedule } from './schedule.ts';
export { BATCH_TASK_AWAITING_CONSENT, createBatchSendTask, createBatchTask } from './create.ts';
export type { BatchSendInput, BatchSendTask, BatchTaskHandoff, CreateBatchTaskInput } from './create.ts';
export {
  receiptOf,
  sendLogEntries,
  summarizeReceipts,
  waitForReceiptSummary,
  waitForReceipts,
} from './receipts.ts';
export type {
  Receipt,
  ReceiptStatus,
  ReceiptSummary,
  ReceiptWaitDeps,
  ReceiptWaitPolicy,
  ReceiptWaitResult,
  SendLogScope,
} from './receipts.ts';
export { FINAL_TASK_STATES, followBatchTask, waitForTaskReceipts } from './follow-task.ts';
export type {
  FollowedTask,
  FollowTaskDeps,
  FollowTaskOptions,
  TaskProgress,
  TaskReceipts,
  TaskReceiptScope,
} from './follow-task.ts';
