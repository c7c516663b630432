// The consent gates (reference §4.3), exported through src/core/index.ts.
export { canonicalJson, consentDigest, parseDigest } from "./canonical.js";
export { ConsentLedger, memoryLedgerStore } from "./ledger.js";
export { fileLedgerStore, defaultLedgerDir } from "./file-ledger.js";
export { failureOf as toGateFailure } from "./gate-failure.js";
export { normalizeSend, normalizeSignature, segmentsPerMessage, MAX_GATED_RECIPIENTS, } from "./send-request.js";
export { previewSend, submitSend, SEND_GATE } from "./send-gate.js";
export { previewGate, submitGate, requireEqualDigests } from "./gate.js";
export { isGateAnswer, isGateFailure, previewDigestFields } from "./gate-types.js";
export { previewSignature, submitSignature, SIGNATURE_GATE } from "./signature-gate.js";
export { previewTemplate, submitTemplate, TEMPLATE_GATE } from "./template-gate.js";
export { previewBatchLaunch, submitBatchLaunch, BATCH_LAUNCH_GATE, CONSENT_PHRASE, describeTaskStatus, } from "./batch-launch-gate.js";
export { cancelBatchTask, sendTimeMs } from "./batch-cancel.js";
export { runBatchChecks } from "./batch-checks.js";
