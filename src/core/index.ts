// The core's public surface. Entry points (cli, mcp, action, slack) import from here alone; the sandbox and
// the tests may also use internal.ts.
// Every export is named on purpose: an area with its own index (analytics, batch) is re-exported
// whole, its index being the one named list of what it offers.

export {
  SmsError,
  SmsConfigError,
  SmsInputError,
  SmsNetworkError,
  SmsTimeoutError,
  SmsOutcomeUnknownError,
  SmsResponseValidationError,
  SmsApiError,
  SmsAuthError,
  SmsRateLimitError,
  isSmsError,
  isSmsApiError,
} from './errors/errors.ts';
export type {
  SmsErrorCode,
  SmsErrorOptions,
  SmsApiErrorOptions,
  InputIssue,
  ReconcilingRead,
} from './errors/errors.ts';

// The client signs every request itself; the signing parts the sandbox verifies with are in internal.ts.
export { sha256Hex } from './signing/sign.ts';

// The zod wire schemas load on demand (a one-shot process never needs them on the usual send); the types
// derived from them are free.
export { loadWireSchemas } from './schemas/wire-schemas.ts';
export type { WireSchemas } from './schemas/wire-schemas.ts';
export type { Envelope, ResponseMetadata, ApiErrorObject } from './schemas/envelope.ts';
export {
  AGENT_VERSION,
  CLASSIC_SEND_VERSION,
  CLASSIC_BATCH_VERSION,
  CLASSIC_MANAGEMENT_VERSION,
} from './dialects/api-versions.ts';
export type {
  SendSmsResult,
  SubAccount,
  SubAccountList,
  Signature,
  SignatureList,
  Template,
  TemplateList,
  SendLogEntry,
  SendLogList,
  StatsDataPoint,
  SendStats,
} from './schemas/agent.ts';

export type {
  ApiDialect,
  AuthConfig,
  ClientOptions,
  AttemptEvent,
  CallOptions,
  ApiResponse,
  SendLogResponse,
  WidenedWindow,
  SendSmsInput,
  SendBatchSmsInput,
  BatchMessage,
  RecipientStatus,
  RecipientResult,
  SendPlan,
  SendSmsOutcome,
  Paging,
  ListSubAccountsInput,
  ListSignaturesInput,
  ListTemplatesInput,
  ListSendLogsInput,
  SendStatsInput,
  SmsClient,
} from './types.ts';

// Input helpers shared by every entry point (the same rules and words everywhere).
export { normalizePhone, maskPhone, splitPhoneList } from './sending/phone.ts';
export { maskPhonesInText } from './sending/phone-mask.ts';
export type { NormalizedPhone } from './sending/phone.ts';
export {
  templateVariables,
  renderTemplate,
  compareTemplateParams,
  parseTemplateParam,
  serializeTemplateParam,
} from './sending/template.ts';
export {
  checkDuration,
  formatDuration,
  isWindowLength,
  parseDuration,
  parseTimeInput,
  parseWindow,
} from './time/time.ts';
export type { DurationCheck, DurationRules, DurationUnit } from './time/time.ts';
export {
  DEFAULT_TIME_ZONE,
  TIME_ZONE_VARIABLE,
  describeTimeZone,
  formatWallTime,
  timeZoneFrom,
} from './time/time-zone.ts';
export { MAX_STATS_WINDOW_DAYS, checkStatsWindow, statsWindowProblem } from './time/stats-window.ts';
export type { TimeParseOptions } from './time/time.ts';
export { redact } from './config/redact.ts';
export { secretsToRedact, SECRET_VARIABLES, PROXY_VARIABLES } from './config/secrets.ts';
export type { SecretSources } from './config/secrets.ts';
export { displayProxy } from './http/proxy.ts';
export type { ProxyChoice } from './http/proxy.ts';
export { describeError, formatErrorLine } from './errors/format-error.ts';
export type { ErrorDescription } from './errors/format-error.ts';
export { errorFromApi } from './errors/error-map.ts';
export type { ApiFailure, ErrorContext } from './errors/error-map.ts';
export { ERROR_CODES, lookupErrorCode } from './errors/error-codes.ts';
export type { ErrorCodeInfo, ErrorKind, KnownApiErrorCode } from './errors/error-codes.ts';
export { resolveClientConfig, DEFAULT_ENDPOINT } from './config/config.ts';
export type { ResolveConfigInput, ResolvedAuthSource, ResolvedClientConfig } from './config/config.ts';
export { parseEnvFile } from './config/env-file.ts';

// The client.
export { createSmsClient } from './client.ts';
export { planSend, MAX_NUMBERS_PER_REQUEST } from './sending/send-plan.ts';
export { classifyFailure, retryDelay, parseRetryAfter } from './http/retry.ts';
export type { AttemptFailure, CallKind, RetryDecision } from './http/retry.ts';
export { planBatchSend } from './sending/batch-plan.ts';
export type { BatchPlan } from './sending/batch-plan.ts';

// Bulk sends (issue 14): the engine planner, the direct engine (paced, journaled, resumable), the batch
// file builder and the batch engine's path up to consent.
export {
  DEFAULT_BATCH_THRESHOLD,
  DEFAULT_SEND_QPS,
  isVerificationTemplate,
  planDelivery,
  templateFactsNeeded,
} from './sending/delivery-plan.ts';
export type {
  DeliveryPlan,
  DeliveryPlanInput,
  EngineChoice,
  SendEngine,
  TemplateFacts,
} from './sending/delivery-plan.ts';
export { describeTemplate } from './sending/template-facts.ts';
export type { TemplateRef } from './sending/template-facts.ts';
export { BatchCsv, batchCsv, MAX_BATCH_ROWS } from './sending/batch-csv.ts';
export { MobileNumberSet } from './sending/number-set.ts';
export type { BatchCsvOptions, BatchCsvRow, BatchCsvSource, BatchCsvStats } from './sending/batch-csv.ts';
export { createPacer } from './sending/pace.ts';
export type { Pacer } from './sending/pace.ts';
export { sendDirect } from './sending/direct-send.ts';
export type { DirectSendOptions, DirectSendRequest } from './sending/direct-send.ts';
export { JOURNAL_VERSION, memoryJournalStore } from './sending/send-journal.ts';
export type {
  JournaledResult,
  JournaledSend,
  JournalRecord,
  SendJournalStore,
} from './sending/send-journal.ts';
export { createFileJournal, openFileJournal, readJournalFile } from './sending/journal-file.ts';
export { journalState, resumeDirectSend } from './sending/resume-send.ts';
export type { ResumedNumber, ResumeOptions, ResumeReport, ResumeSource } from './sending/resume-send.ts';

// The twelve lowerCamel actions of the 2026-01-01 agent API (client methods in agent-v2/methods.ts).
export { AGENT_V2_ACTIONS } from './agent-v2/actions.ts';
export type {
  AgentV2Action,
  WithPaging,
  ApplySmsTemplateV2Input,
  GetBatchTaskListInput,
  GetSignatureIdentificationListInput,
  SetBatchTaskInput,
  TemplateUploadDemoInput,
} from './agent-v2/actions.ts';
export { agentV2Params } from './agent-v2/run.ts';
export { batchTaskStateName } from './agent-v2/batch-status.ts';
export { matchTemplate } from './sending/match-template.ts';
export { walkSendLog } from './sending/send-log-walk.ts';
export type { SendLogWalkInput, SendLogWalkOptions } from './sending/send-log-walk.ts';
export type { TemplateCandidate, TemplateMatch, TemplateMatchInput } from './sending/match-template.ts';
export type { BatchTaskStateName } from './agent-v2/batch-status.ts';
export type { AgentV2Methods } from './agent-v2/methods.ts';
export { checkUploadUrl, displayUploadUrl, MAX_BATCH_FILE_BYTES } from './agent-v2/upload.ts';
export type {
  BatchFilePut,
  BatchFileUpload,
  UploadBatchFileInput,
  UploadInspector,
} from './agent-v2/upload.ts';
export type {
  ApplySmsSignatureV2Body,
  ApplySmsTemplateV2Body,
  BatchTaskRef,
  ChannelType,
  GetBatchTaskDetailQuery,
  GetBatchTaskListQuery,
  GetSignatureIdentificationListBody,
  GetSubAccountDetailQuery,
  GetUploadTosURLQuery,
  ListSecondTemplateQuery,
  SetBatchTaskBody,
  TemplateUploadDemoBody,
} from './schemas/agent-v2-requests.ts';
export type {
  BatchTask,
  BatchTaskCreated,
  BatchTaskList,
  EmptyResult,
  IndustryConfig,
  Qualification,
  QualificationList,
  SecondTemplate,
  SecondTemplateList,
  SignatureApplication,
  SubAccountDetail,
  TemplateApplication,
  TemplateUploadDemo,
  UploadTosURL,
} from './schemas/agent-v2-results.ts';

// The classic verification-code pair and Conversion (2020-01-01; methods in verify-code.ts).
export type { VerifyCodeMethods } from './sending/verify-code.ts';
export type {
  CheckSmsVerifyCodeInput,
  ConversionInput,
  ConversionResult,
  SendSmsVerifyCodeInput,
  VerifyCodeCheck,
} from './schemas/verify-code.ts';

// Consent gates: preview → authorise → submit (reference §4.3), shared by the CLI and the MCP server.
export * from './consent/index.ts';

// Analytics (reference §6): windows, buckets and rates are pure; the report runs the queries.
export * from './analytics/index.ts';

// Batch files: the streamed checker shared by the CLI, the Action, the Slack app and the sandbox
// (reference §3.3), creating a task and following it to its end.
export * from './batch/index.ts';

// A verification message's text with its code hidden (reference §5.1).
export { maskVerificationCode } from './sending/verification.ts';
