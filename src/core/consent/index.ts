// The consent gates (reference §4.3), exported through src/core/index.ts.
export { canonicalJson, consentDigest, parseDigest } from './canonical.ts';
export { ConsentLedger, memoryLedgerStore } from './ledger.ts';
export type { LedgerStore, PreviewRecord, SubmitRecord } from './ledger.ts';
export { fileLedgerStore, defaultLedgerDir } from './file-ledger.ts';
export { failureOf as toGateFailure } from './gate-failure.ts';
export type { GateErrorCode, GateFailure } from './gate-failure.ts';
export {
  normalizeSend,
  normalizeSignature,
  segmentsPerMessage,
  MAX_GATED_RECIPIENTS,
} from './send-request.ts';
export type { DedupePolicy, SendGateRequest, MaskedSendSummary } from './send-request.ts';
export { previewSend, submitSend, SEND_GATE } from './send-gate.ts';
export type { SendGateContext, SendPreview, SendSubmitInput, SendSubmitted } from './send-gate.ts';
export { previewGate, submitGate, requireEqualDigests } from './gate.ts';
export { isGateAnswer, isGateFailure, previewDigestFields } from './gate-types.ts';
export type {
  GateAnswer,
  GateCalls,
  GateContext,
  GateDefinition,
  GateOutcome,
  GatePreview,
  GateSubmitInput,
  GateSubmitted,
} from './gate-types.ts';
export { previewSignature, submitSignature, SIGNATURE_GATE } from './signature-gate.ts';
export type { SignatureGateRequest, SignatureSummary } from './signature-gate.ts';
export { previewTemplate, submitTemplate, TEMPLATE_GATE } from './template-gate.ts';
export type { TemplateGateRequest, TemplateSummary } from './template-gate.ts';
export {
  previewBatchLaunch,
  submitBatchLaunch,
  BATCH_LAUNCH_GATE,
  CONSENT_PHRASE,
  describeTaskStatus,
} from './batch-launch-gate.ts';
export type { BatchLaunchRequest, LaunchSummary } from './batch-launch-gate.ts';
export { cancelBatchTask, sendTimeMs } from './batch-cancel.ts';
export type { BatchCancelled } from './batch-cancel.ts';
export { runBatchChecks } from './batch-checks.ts';
export type { BatchTarget, BatchTemplateFacts } from './batch-checks.ts';
