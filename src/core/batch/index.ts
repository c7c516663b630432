// Batch files and tasks: the precheck of a CSV (reference §3.3) and following a task to its end.
export { BatchCsvCheck, precheckBatchCsv, precheckError } from './precheck.ts';
export type { BatchPrecheck, BatchPrecheckReport, BatchPrecheckRules, BatchSource } from './precheck.ts';
export { checkBatchSchedule } from './schedule.ts';
export type { BatchSchedule } from './schedule.ts';
export { createBatchTask } from './create.ts';
export type { BatchTaskHandoff, CreateBatchTaskInput } from './create.ts';
export { receiptOf, sendLogEntries, summarizeReceipts, waitForReceipts } from './receipts.ts';
export type {
  Receipt,
  ReceiptStatus,
  ReceiptSummary,
  ReceiptWaitDeps,
  ReceiptWaitPolicy,
  ReceiptWaitResult,
  SendLogScope,
} from './receipts.ts';
export { FINAL_TASK_STATES, followBatchTask } from './follow-task.ts';
export type { FollowedTask, FollowTaskDeps, TaskProgress } from './follow-task.ts';
