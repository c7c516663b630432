import type { z } from 'zod';
import type { WireCall } from './build-request.ts';
import { SmsInputError } from './errors.ts';
import type {
  SendLogList,
  SendSmsResult,
  SendStats,
  SignatureList,
  SubAccountList,
  TemplateList,
} from './schemas/agent.ts';
import type {
  ListSendLogsInput,
  ListSignaturesInput,
  ListSubAccountsInput,
  ListTemplatesInput,
  SendStatsInput,
} from './types.ts';

/** A wire call plus the schema that turns its `Result` into the client's (PascalCase) result shape. */
export interface DialectCall<T> {
  call: WireCall;
  schema: z.ZodType<T>;
  /** The schema's result for the usual answer, computed without zod; undefined defers to `schema`. */
  quickParse?: ((result: unknown) => T | undefined) | undefined;
}

/** One chunk of at most 200 normalised numbers, ready to send. */
export interface SendChunk {
  subAccount: string;
  signature: string;
  templateId: string;
  mobiles: readonly string[];
  /** Compact JSON string. */
  templateParam?: string | undefined;
  account?: string | undefined;
  /** Classic only: echoed in the delivery receipt. */
  tag?: string | undefined;
}

/** One chunk of at most 200 messages, each with its own parameters (classic SendBatchSms). */
export interface BatchChunk {
  subAccount: string;
  signature: string;
  templateId: string;
  messages: ReadonlyArray<{ mobile: string; templateParam?: string | undefined }>;
  tag?: string | undefined;
}

/** Maps the client's operations onto one API generation (agent `2026-01-01` or classic). */
export interface Dialect {
  send(chunk: SendChunk): DialectCall<SendSmsResult>;
  /** Per-number parameters in one request; absent when the API has no such action (the agent API). */
  sendBatch?: ((chunk: BatchChunk) => DialectCall<SendSmsResult>) | undefined;
  listSubAccounts(input: ListSubAccountsInput): DialectCall<SubAccountList>;
  listSignatures(input: ListSignaturesInput): DialectCall<SignatureList>;
  listTemplates(input: ListTemplatesInput): DialectCall<TemplateList>;
  listSendLogs(input: ListSendLogsInput): DialectCall<SendLogList>;
  getSendStats(input: SendStatsInput): DialectCall<SendStats>;
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Validates a request body against its wire schema; issues name the CLI flag (`PageSize` → `page-size`). */
export function checkedBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  quick?: (body: never) => z.output<S> | undefined,
): z.output<S> {
  // A body that passes the quick check is what the schema would return; anything else goes to zod.
  const checked = quick?.(body as never);
  if (checked !== undefined) return checked;
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    field: kebab(String(issue.path[0] ?? 'input')),
    message: issue.message,
  }));
  throw new SmsInputError(issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
}

/** Drops undefined fields so the JSON body carries only what the caller gave. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}
