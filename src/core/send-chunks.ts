import type { DialectCall } from './dialect.ts';
import {
  SmsNetworkError,
  SmsOutcomeUnknownError,
  SmsResponseValidationError,
  type SmsError,
} from './errors.ts';
import { CallFailure, executeCall, type CallRuntime } from './execute-call.ts';
import { maskPhone, normalizePhone } from './phone.ts';
import type { SendSmsResult } from './schemas/agent.ts';
import type { CallOptions, RecipientResult, SendPlan, SendSmsOutcome } from './types.ts';

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimited<T, R>(
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
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
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

async function sendOneChunk(
  runtime: CallRuntime,
  mobiles: readonly string[],
  inputs: ReadonlyMap<string, string>,
  call: DialectCall<SendSmsResult>,
  context: { subAccount: string; signature: string; templateId: string },
  options: CallOptions,
): Promise<ChunkResult> {
  const base = (mobile: string) => recipient(mobile, inputs.get(mobile) ?? mobile);
  if (options.signal?.aborted) {
    const error = new SmsNetworkError('Aborted before this chunk was sent');
    return { recipients: mobiles.map((m) => ({ ...base(m), status: 'failed', error })), raw: undefined };
  }
  try {
    const response = await executeCall(runtime, call, {
      kind: 'send',
      signal: options.signal,
      context: { ...context, mobiles },
    });
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
              hint: `Check with \`volc-sms list_sms_send_log --sub-account ${context.subAccount}\` before resending.`,
            },
          );
    return {
      raw: response.raw,
      recipients: mobiles.map((m, i) =>
        mismatch
          ? { ...base(m), status: 'unknown', error: mismatch, requestId: response.requestId }
          : { ...base(m), status: 'sent', messageId: ids[i], requestId: response.requestId },
      ),
    };
  } catch (err) {
    // Anything but a classified failure is a bug somewhere below; the request may have gone out, so it is
    // reported as unknown rather than thrown, which would lose the other chunks' results.
    const error =
      err instanceof CallFailure
        ? err.error
        : new SmsOutcomeUnknownError(
            `Unexpected failure while sending: ${String((err as Error)?.message ?? err)}`,
            {
              cause: err,
              hint: `Check with \`volc-sms list_sms_send_log --sub-account ${context.subAccount}\` before resending.`,
            },
          );
    return {
      raw: err instanceof CallFailure ? err.raw : undefined,
      recipients: mobiles.map((m) => ({
        ...base(m),
        status: statusOf(error),
        error,
        requestId: error.requestId,
      })),
    };
  }
}

/**
 * Sends every chunk of a plan with bounded concurrency. A chunk's failure is recorded on its own
 * recipients and never stops or hides the other chunks.
 */
export async function sendPlannedChunks(
  runtime: CallRuntime,
  plan: SendPlan,
  originalInputs: readonly string[],
  build: (mobiles: readonly string[]) => DialectCall<SendSmsResult>,
  context: { subAccount: string; signature: string; templateId: string },
  concurrency: number,
  options: CallOptions = {},
): Promise<SendSmsOutcome> {
  const inputs = inputsByMobile(originalInputs);
  // Every request is built (and its body checked) before the first one is sent, so a bad chunk cannot
  // stop a send halfway.
  const calls = plan.chunks.map((mobiles) => build(mobiles));
  const sendChunk = (mobiles: readonly string[], index: number) =>
    sendOneChunk(runtime, mobiles, inputs, calls[index] as DialectCall<SendSmsResult>, context, options);
  const results =
    plan.chunks.length === 1
      ? [await sendChunk(plan.chunks[0] as string[], 0)]
      : await mapLimited(plan.chunks, concurrency, sendChunk);
  const recipients =
    results.length === 1 ? (results[0] as ChunkResult).recipients : results.flatMap((r) => r.recipients);
  const counts = { sent: 0, failed: 0, unknown: 0 };
  for (const r of recipients) counts[r.status]++;
  return {
    recipients,
    plan,
    sentCount: counts.sent,
    failedCount: counts.failed,
    unknownCount: counts.unknown,
    raw: results.map((r) => r.raw),
  };
}

// The first input spelling of each normalised number, so results show what the caller wrote.
function inputsByMobile(originalInputs: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const input of originalInputs) {
    const result = normalizePhone(input);
    if (result.ok && !map.has(result.mobile)) map.set(result.mobile, input);
  }
  return map;
}
