// The core's public surface. Entry points (cli, mcp, action, slack) import from here alone; the sandbox and
// the tests may also use internal.ts.
// Every export is named on purpose: an area with its own index (analytics, batch) is re-exported
// whole, its index being the one named list of what it offers.
export { SmsError, SmsConfigError, SmsInputError, SmsNetworkError, SmsTimeoutError, SmsOutcomeUnknownError, SmsResponseValidationError, SmsApiError, SmsAuthError, SmsRateLimitError, isSmsError, isSmsApiError, } from "./errors/errors.js";
// The client signs every request itself; the signing parts the sandbox verifies with are in internal.ts.
export { sha256Hex } from "./signing/sign.js";
// The zod wire schemas load on demand (a one-shot process never needs them on the usual send); the types
// derived from them are free.
export { loadWireSchemas } from "./schemas/wire-schemas.js";
export { AGENT_VERSION, CLASSIC_SEND_VERSION, CLASSIC_BATCH_VERSION, CLASSIC_MANAGEMENT_VERSION, } from "./dialects/api-versions.js";
// Input helpers shared by every entry point (the same rules and words everywhere).
export { normalizePhone, maskPhone, splitPhoneList } from "./sending/phone.js";
export { maskPhonesInText } from "./sending/phone-mask.js";
export { templateVariables, renderTemplate, compareTemplateParams, parseTemplateParam, serializeTemplateParam, } from "./sending/template.js";
export { checkDuration, formatDuration, isWindowLength, parseDuration, parseTimeInput, parseWindow, } from "./time/time.js";
export { DEFAULT_TIME_ZONE, TIME_ZONE_VARIABLE, describeTimeZone, formatWallTime, timeZoneFrom, } from "./time/time-zone.js";
export { MAX_STATS_WINDOW_DAYS, checkStatsWindow, statsWindowProblem } from "./time/stats-window.js";
export { redact } from "./config/redact.js";
export { secretsToRedact, SECRET_VARIABLES, PROXY_VARIABLES } from "./config/secrets.js";
export { displayProxy } from "./http/proxy.js";
export { describeError, formatErrorLine } from "./errors/format-error.js";
export { errorFromApi } from "./errors/error-map.js";
export { ERROR_CODES, lookupErrorCode } from "./errors/error-codes.js";
export { resolveClientConfig, DEFAULT_ENDPOINT } from "./config/config.js";
export { parseEnvFile } from "./config/env-file.js";
// The client.
export { createSmsClient } from "./client.js";
export { planSend, MAX_NUMBERS_PER_REQUEST } from "./sending/send-plan.js";
export { classifyFailure, retryDelay, parseRetryAfter } from "./http/retry.js";
export { planBatchSend } from "./sending/batch-plan.js";
// Bulk sends (issue 14): the engine planner, the direct engine (paced, journaled, resumable), the batch
// file builder and the batch engine's path up to consent.
export { DEFAULT_BATCH_THRESHOLD, DEFAULT_SEND_QPS, isVerificationTemplate, planDelivery, templateFactsNeeded, } from "./sending/delivery-plan.js";
export { describeTemplate } from "./sending/template-facts.js";
export { BatchCsv, batchCsv, MAX_BATCH_ROWS } from "./sending/batch-csv.js";
export { MobileNumberSet } from "./sending/number-set.js";
export { createPacer } from "./sending/pace.js";
export { sendDirect } from "./sending/direct-send.js";
export { JOURNAL_VERSION, memoryJournalStore } from "./sending/send-journal.js";
export { createFileJournal, openFileJournal, readJournalFile } from "./sending/journal-file.js";
export { journalState, resumeDirectSend } from "./sending/resume-send.js";
// The twelve lowerCamel actions of the 2026-01-01 agent API (client methods in agent-v2/methods.ts).
export { AGENT_V2_ACTIONS } from "./agent-v2/actions.js";
export { agentV2Params } from "./agent-v2/run.js";
export { batchTaskStateName } from "./agent-v2/batch-status.js";
export { matchTemplate } from "./sending/match-template.js";
export { walkSendLog } from "./sending/send-log-walk.js";
export { checkUploadUrl, displayUploadUrl, MAX_BATCH_FILE_BYTES } from "./agent-v2/upload.js";
// Consent gates: preview → authorise → submit (reference §4.3), shared by the CLI and the MCP server.
export * from "./consent/index.js";
// Analytics (reference §6): windows, buckets and rates are pure; the report runs the queries.
export * from "./analytics/index.js";
// Batch files: the streamed checker shared by the CLI, the Action, the Slack app and the sandbox
// (reference §3.3), creating a task and following it to its end.
export * from "./batch/index.js";
// A verification message's text with its code hidden (reference §5.1).
export { maskVerificationCode } from "./sending/verification.js";
