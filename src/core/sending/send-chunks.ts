import { checkParams, paramsPlainlyPass, type DialectCall } from '../dialects/dialect.ts';
import {
  SmsNetworkError,
  SmsOutcomeUnknownError,
  SmsResponseValidationError,
  type SmsError,
} from '../errors/errors.ts';
import type { ErrorContext } from '../errors/error-map.ts';
import { CallFailure, executeCall, type CallRuntime } from '../http/execute-call.ts';
import { maskPhone, normalizePhone } from './phone.ts';
import { redactJson } from '../config/redact.ts';
import type { SendSmsResult } from '../schemas/agent.ts';
import type {
  ApiResponse,
  CallOptions,
  RecipientResult,
  RecipientStatus,
  SendPlan,
  SendSmsOutcome,
} from '../types.ts';

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  // A loop, not Array.from({ length }): V8 walks that array-like generically, a cost on every send.
  const workers: Array<Promise<void>> = [];
  for (let i = Math.max(1, Math.min(limit, items.length)); i > 0; i--) workers.push(worker());
  await Promise.all(workers);
  return results;
}

interface ChunkResult {
  recipients: RecipientResult[];
  raw: unknown;
}

function recipient(mobile: string, input: string): Pick<RecipientResult, 'input' | 'mobile' | 'masked'> {
  return { input, mobile, masked: maskPhone(mobile) };
}

// A definite rejection (business error, refused connection) means nothing went out: `failed`.
// Anything that may have been processed is `unknown`, never `failed`, so nobody resends it blindly.
function statusOf(error: SmsError): 'failed' | 'unknown' {
  return error instanceof SmsOutcomeUnknownError ? 'unknown' : 'failed';
}

type SendContext = ErrorContext & { subAccount: string; signature: string; templateId: string };

const checkLogHint = (subAccount: string) =>
  `Check with \`volc-sms list_sms_send_log --sub-account ${subAccount}\` before resending.`;

async function sendOneChunk(
  runtime: CallRuntime,
  mobiles: readonly string[],
  inputOf: InputSpelling,
  call: DialectCall<SendSmsResult>,
  context: SendContext,
  options: CallOptions,
): Promise<ChunkResult> {
  if (options.signal?.aborted) {
    const error = new SmsNetworkError('Aborted before this chunk was sent');
    return { recipients: failedRecipients(mobiles, inputOf, error), raw: undefined };
  }
  const settings = { kind: 'send' as const, signal: options.signal, context: { ...context, mobiles } };
  try {
    // A bug while reading a success is reported like any other failure (below), never thrown.
    return chunkSent(await executeCall(runtime, call, settings), mobiles, inputOf, context);
  } catch (err) {
    return chunkFailed(err, mobiles, inputOf, context, runtime.secrets);
  }
}

function chunkSent(
  response: ApiResponse<SendSmsResult>,
  mobiles: readonly string[],
  inputOf: InputSpelling,
  context: SendContext,
): ChunkResult {
  const ids = response.result.MessageIds;
  // MessageIds come back one per number, in the order the numbers were sent (reference §3.1).
  const mismatch =
    ids.length === mobiles.length
      ? undefined
      : new SmsOutcomeUnknownError(
          `The server accepted the request but returned ${ids.length} message ids for ${mobiles.length} numbers`,
          {
            requestId: response.requestId,
            cause: new SmsResponseValidationError('MessageIds count mismatch'),
            hint: checkLogHint(context.subAccount),
          },
        );
  const recipients = mobiles.map((mobile, i): RecipientResult => {
    const who = recipient(mobile, inputOf(mobile));
    return mismatch
      ? { ...who, status: 'unknown', error: mismatch, requestId: response.requestId }
      : { ...who, status: 'sent', messageId: ids[i], requestId: response.requestId };
  });
  return { raw: response.raw, recipients };
}

function chunkFailed(
  err: unknown,
  mobiles: readonly string[],
  inputOf: InputSpelling,
  context: SendContext,
  secrets: readonly string[],
): ChunkResult {
  // Anything but a classified failure is a bug somewhere below; the request may have gone out, so it is
  // reported as unknown rather than thrown, which would lose the other chunks' results.
  const error =
    err instanceof CallFailure
      ? err.error
      : new SmsOutcomeUnknownError(
          `Unexpected failure while sending: ${String((err as Error)?.message ?? err)}`,
          {
            cause: err,
            hint: checkLogHint(context.subAccount),
          },
        );
  return {
    // An error envelope may quote the request (the access key of InvalidAccessKey); callers print it as is.
    raw: err instanceof CallFailure ? redactJson(err.raw, secrets) : undefined,
    recipients: failedRecipients(mobiles, inputOf, error),
  };
}

function failedRecipients(
  mobiles: readonly string[],
  inputOf: InputSpelling,
  error: SmsError,
): RecipientResult[] {
  return mobiles.map((mobile) => ({
    ...recipient(mobile, inputOf(mobile)),
    status: statusOf(error),
    error,
    requestId: error.requestId,
  }));
}

/** The caller's own spelling of a number, so results show what was written. */
type InputSpelling = (mobile: string) => string;

/**
 * Sends every chunk of a plan with bounded concurrency. A chunk's failure is recorded on its own
 * recipients and never stops or hides the other chunks. Rejects (sending nothing) only when a request
 * cannot be built.
 */
export async function sendPlannedChunks(
  runtime: CallRuntime,
  plan: SendPlan,
  originalInputs: readonly string[],
  build: (mobiles: readonly string[]) => DialectCall<SendSmsResult>,
  context: SendContext,
  concurrency: number,
  options: CallOptions = {},
): Promise<SendSmsOutcome> {
  // Every request is built and its params checked before the first one is sent, so a bad chunk cannot
  // stop a send halfway. The usual send passes the zod-free check; only anything else loads the schemas.
  const calls = plan.chunks.map((mobiles) => build(mobiles));
  if (!paramsPlainlyPass(calls)) await checkParams(calls);
  const spelling = inputSpelling(originalInputs);
  const results = await mapLimited(plan.chunks, concurrency, (mobiles, index) =>
    sendOneChunk(runtime, mobiles, spelling, calls[index] as DialectCall<SendSmsResult>, context, options),
  );
  return outcomeOf(plan, results);
}

/** How many of `items` were sent, failed, or are unknown. */
export function statusCounts(
  items: ReadonlyArray<{ status: RecipientStatus }>,
): Pick<SendSmsOutcome, 'sentCount' | 'failedCount' | 'unknownCount'> {
  const sent = items.filter((r) => r.status === 'sent').length;
  const failed = items.filter((r) => r.status === 'failed').length;
  return { sentCount: sent, failedCount: failed, unknownCount: items.length - sent - failed };
}

/** The outcome of a send from its recipients (in order), counted by status. */
export function outcomeFrom(plan: SendPlan, recipients: RecipientResult[], raw: unknown[]): SendSmsOutcome {
  return { recipients, plan, ...statusCounts(recipients), raw };
}

function outcomeOf(plan: SendPlan, results: ChunkResult[]): SendSmsOutcome {
  const recipients: RecipientResult[] = [];
  const raw: unknown[] = [];
  for (const result of results) {
    recipients.push(...result.recipients);
    raw.push(result.raw);
  }
  return outcomeFrom(plan, recipients, raw);
}

/** The first spelling the caller wrote of each normalised number, so results show what was written. */
export function firstSpellings(originalInputs: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const input of originalInputs) {
    const result = normalizePhone(input);
    if (result.ok && !map.has(result.mobile)) map.set(result.mobile, input);
  }
  return map;
}

function inputSpelling(originalInputs: readonly string[]): InputSpelling {
  const map = firstSpellings(originalInputs);
  return (mobile) => map.get(mobile) ?? mobile;
}
