import type { AgentV2Methods } from './agent-v2/methods.ts';
import type { FetchFunction } from './http/fetch-engine.ts';
import type { SmsError } from './errors/errors.ts';
import type { VerifyCodeMethods } from './sending/verify-code.ts';
import type { SendLogList, SendStats, SignatureList, SubAccountList, TemplateList } from './schemas/agent.ts';
/**
 * Public types of the client. Inputs are camelCase domain values; results use the agent API's
 * PascalCase shapes (the classic dialect is mapped onto the same shapes). `raw` is the envelope exactly
 * as the server sent it, for callers that print it (the CLI's JSON mode).
 */
export type ApiDialect = 'agent' | 'classic';
export type AuthConfig = {
    kind: 'gateway';
    apiKey: string;
    apiBase: string;
} | {
    kind: 'aksk';
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string | undefined;
};
export interface ClientOptions {
    auth: AuthConfig;
    /** Base URL. Default: the gateway's `apiBase`, else `https://sms.volcengineapi.com`. */
    endpoint?: string | undefined;
    /** @default 'cn-north-1' */
    region?: string | undefined;
    /** @default 'agent' */
    api?: ApiDialect | undefined;
    /** Per attempt, from connect to the last body byte. @default 15000 */
    timeoutMs?: number | undefined;
    /** @default 5000 */
    connectTimeoutMs?: number | undefined;
    /** Retries of reads (sends are never retried once they may have reached the server). @default 2 */
    maxRetries?: number | undefined;
    /**
     * A WHATWG fetch to send every request with instead of the built-in engine (`globalThis.fetch`, undici's
     * `fetch` with a dispatcher of your own, a test's fake), as octokit's `request.fetch` and ky's `fetch`.
     * It owns connections, TLS and any proxy (so `proxy` must be left unset); the client still owns
     * signing, the attempt's timeout (`timeoutMs`; fetch has no separate connect timeout), retries and
     * reading the answer. fetch cannot send a GET with a body, which the classic send statistics need.
     */
    fetch?: FetchFunction | undefined;
    /** Requests in flight when a send is split into chunks of 200. @default 4 */
    sendConcurrency?: number | undefined;
    /**
     * Keep-alive connections of the built-in engine to the endpoint; further requests queue.
     * @default max(sendConcurrency, 8)
     */
    maxConnections?: number | undefined;
    /**
     * An HTTP proxy for every request (`http://proxy.corp:3128`; credentials may sit in the URL and are never
     * reported). https endpoints are reached through a CONNECT tunnel. resolveClientConfig fills it from
     * HTTPS_PROXY/HTTP_PROXY and NO_PROXY. @default a direct connection
     */
    proxy?: string | undefined;
    /** Injected for tests and retries; defaults are the real ones. */
    clock?: (() => Date) | undefined;
    sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
    random?: (() => number) | undefined;
    /** Called once per attempt with a redacted description; never sees secrets. */
    onAttempt?: ((event: AttemptEvent) => void) | undefined;
    userAgent?: string | undefined;
}
export interface AttemptEvent {
    action: string;
    attempt: number;
    method: string;
    url: string;
    status?: number | undefined;
    requestId?: string | undefined;
    durationMs: number;
    error?: string | undefined;
    retryInMs?: number | undefined;
}
export interface CallOptions {
    signal?: AbortSignal | undefined;
}
/** What every call returns besides its result. */
export interface ApiResponse<T> {
    result: T;
    requestId: string;
    /** The envelope as received (parsed JSON), for printing. */
    raw: unknown;
    attempts: number;
}
/** The day a send-log request had to be widened to (the classic API takes a date, not a window). */
export interface WidenedWindow {
    /** The Asia/Shanghai days the API answered for, newest first: `['2026-12-02']`. */
    days: string[];
    /** Entries of this page outside the window asked for, left out. */
    dropped: number;
}
export type SendLogResponse = ApiResponse<SendLogList> & {
    /** Set when the API could only be asked for a wider window than the one given (the classic API). */
    widened?: WidenedWindow | undefined;
};
export interface SendSmsInput {
    subAccount: string;
    signature: string;
    templateId: string;
    /** Any count; each may carry +86/86, spaces or dashes. Split into requests of at most 200. */
    mobiles: readonly string[];
    /** Values must be strings; sent as a compact JSON string. A JSON text is accepted too. */
    templateParam?: Readonly<Record<string, string>> | string | undefined;
    /** Deprecated by the newest agent contract; passed through only when given. */
    account?: string | undefined;
    /** Classic API only (`Tag`, ≤ 512 chars, echoed in receipts); the agent API has no such field. */
    tag?: string | undefined;
}
/** One message of a batch: a number and its own template parameters. */
export interface BatchMessage {
    /** Any spelling normalizePhone accepts. */
    mobile: string;
    /** Values must be strings; a JSON text is accepted too. */
    templateParam?: Readonly<Record<string, string>> | string | undefined;
}
export interface SendBatchSmsInput {
    subAccount: string;
    signature: string;
    templateId: string;
    /** Any count; each number at most once. Sent in requests of at most 200. */
    messages: readonly BatchMessage[];
    /** Classic API only. */
    tag?: string | undefined;
}
export type RecipientStatus = 'sent' | 'failed' | 'unknown';
export interface RecipientResult {
    /** As the caller wrote it. */
    input: string;
    /** Normalised, as sent (`13800000000`, `+6598620548`). */
    mobile: string;
    /** `138****0000`, for logs, summaries and channels. */
    masked: string;
    status: RecipientStatus;
    messageId?: string | undefined;
    /** For `failed` and `unknown`: the chunk's error, with its hint and request id. */
    error?: SmsError | undefined;
    requestId?: string | undefined;
}
export interface SendPlan {
    /** Normalised unique numbers in input order. */
    mobiles: string[];
    /** Inputs dropped as duplicates of an earlier one (after normalisation). */
    duplicates: string[];
    chunks: string[][];
    /** Compact JSON string sent as TemplateParam, if any. */
    templateParam?: string | undefined;
}
export interface SendSmsOutcome {
    /** One per unique number, in input order. */
    recipients: RecipientResult[];
    plan: SendPlan;
    sentCount: number;
    failedCount: number;
    unknownCount: number;
    /** One envelope (or undefined when none came back) per chunk, in chunk order. */
    raw: unknown[];
}
export interface Paging {
    page?: number | undefined;
    pageSize?: number | undefined;
}
export interface ListSubAccountsInput {
    subAccountName?: string | undefined;
}
export interface ListSignaturesInput extends Paging {
    signature?: string | undefined;
    subAccounts?: readonly string[] | undefined;
}
export interface ListTemplatesInput extends Paging {
    templateId?: string | undefined;
    subAccounts?: readonly string[] | undefined;
    signatures?: readonly string[] | undefined;
}
export interface ListSendLogsInput extends Paging {
    subAccount?: string | undefined;
    /** Epoch seconds. */
    fromTime?: number | undefined;
    /** Epoch seconds. */
    toTime?: number | undefined;
    mobile?: string | undefined;
    templateId?: string | undefined;
    signature?: string | undefined;
    messageId?: string | undefined;
}
export interface SendStatsInput {
    /** Epoch seconds. */
    startTime: number;
    /** Epoch seconds. */
    endTime: number;
    subAccount?: string | undefined;
    channelType?: string | undefined;
    signature?: string | undefined;
    templateId?: string | undefined;
}
/**
 * The six agent actions (and their classic counterparts), the twelve of agent-v2 (AgentV2Methods) and the
 * classic verification-code pair with Conversion (VerifyCodeMethods).
 */
export interface SmsClient extends AgentV2Methods, VerifyCodeMethods {
    /** Validates, normalises, de-duplicates and splits; sends nothing. Throws SmsInputError. */
    planSend(input: SendSmsInput): SendPlan;
    /**
     * Sends in chunks of 200 with bounded concurrency. Invalid input throws SmsInputError before anything
     * is sent; after that, a chunk's failure is reported per recipient and never hides the other chunks.
     */
    sendSms(input: SendSmsInput, options?: CallOptions): Promise<SendSmsOutcome>;
    /**
     * Sends one template with different parameters per number. Classic API: SendBatchSms (2021-01-01) in
     * chunks of 200. Agent API (no batch action): numbers sharing the same parameters are sent together
     * with SendSmsForAgent. Results come back per number in input order, like sendSms.
     */
    sendBatchSms(input: SendBatchSmsInput, options?: CallOptions): Promise<SendSmsOutcome>;
    listSubAccounts(input?: ListSubAccountsInput, options?: CallOptions): Promise<ApiResponse<SubAccountList>>;
    listSignatures(input?: ListSignaturesInput, options?: CallOptions): Promise<ApiResponse<SignatureList>>;
    listTemplates(input?: ListTemplatesInput, options?: CallOptions): Promise<ApiResponse<TemplateList>>;
    listSendLogs(input: ListSendLogsInput, options?: CallOptions): Promise<SendLogResponse>;
    getSendStats(input: SendStatsInput, options?: CallOptions): Promise<ApiResponse<SendStats>>;
    /** Closes pooled connections. */
    close(): Promise<void>;
}
