import { z } from 'zod';
import { SmsConfigError } from './errors.ts';
import type { ClientOptions } from './types.ts';

const text = z.string().trim().min(1, 'must not be empty');
const millis = z.number().int().positive();

// Validates what createSmsClient is given (the shape is the ClientOptions contract in types.ts); unknown
// keys are tolerated so callers can spread a resolved config with extras of their own.
const ClientOptionsSchema = z.looseObject({
  auth: z.discriminatedUnion('kind', [
    z.looseObject({ kind: z.literal('gateway'), apiKey: text, apiBase: z.url({ protocol: /^https?$/ }) }),
    z.looseObject({
      kind: z.literal('aksk'),
      accessKeyId: text,
      secretAccessKey: text,
      sessionToken: z.string().optional(),
    }),
  ]),
  endpoint: z.url({ protocol: /^https?$/ }).optional(),
  region: text.optional(),
  api: z.enum(['agent', 'classic']).optional(),
  timeoutMs: millis.optional(),
  connectTimeoutMs: millis.optional(),
  maxRetries: z.number().int().min(0).max(10).optional(),
  httpEngine: z.enum(['pool', 'oneshot']).optional(),
  sendConcurrency: z.number().int().min(1).max(256).optional(),
  maxConnections: z.number().int().min(1).max(1024).optional(),
  userAgent: z.string().optional(),
});

// The usual options, checked without zod: its first parse costs a few ms of a one-send process's cold start.
// Deliberately narrower than the schema (e.g. URLs without surrounding whitespace), so whatever passes here
// also passes the schema; anything else goes to the schema, which words the problem.
const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const isOptionalString = (v: unknown) => v === undefined || typeof v === 'string';
const isHttpUrl = (v: unknown) =>
  typeof v === 'string' && /^https?:\/\/\S+$/i.test(v) && /^https?:$/.test(URL.parse(v)?.protocol ?? '');
const isIntIn = (v: unknown, min: number, max: number) =>
  v === undefined || (Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max);
const isOneOf = (v: unknown, values: readonly string[]) => v === undefined || values.includes(v as string);

function plainlyValid(options: ClientOptions): boolean {
  const o = options as unknown as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || typeof o['auth'] !== 'object' || o['auth'] === null)
    return false;
  const auth = o['auth'] as Record<string, unknown>;
  const authValid =
    auth['kind'] === 'aksk'
      ? isText(auth['accessKeyId']) &&
        isText(auth['secretAccessKey']) &&
        isOptionalString(auth['sessionToken'])
      : auth['kind'] === 'gateway' && isText(auth['apiKey']) && isHttpUrl(auth['apiBase']);
  return (
    authValid &&
    (o['endpoint'] === undefined || isHttpUrl(o['endpoint'])) &&
    (o['region'] === undefined || isText(o['region'])) &&
    isOneOf(o['api'], ['agent', 'classic']) &&
    isIntIn(o['timeoutMs'], 1, Number.MAX_SAFE_INTEGER) &&
    isIntIn(o['connectTimeoutMs'], 1, Number.MAX_SAFE_INTEGER) &&
    isIntIn(o['maxRetries'], 0, 10) &&
    isOneOf(o['httpEngine'], ['pool', 'oneshot']) &&
    isIntIn(o['sendConcurrency'], 1, 256) &&
    isIntIn(o['maxConnections'], 1, 1024) &&
    isOptionalString(o['userAgent'])
  );
}

/**
 * Checks client options at construction, naming each bad option (never echoing a credential).
 * @throws SmsConfigError
 */
export function checkClientOptions(options: ClientOptions): void {
  if (plainlyValid(options)) return;
  const parsed = ClientOptionsSchema.safeParse(options);
  if (parsed.success) return;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`,
  );
  throw new SmsConfigError(`Invalid client options: ${problems.join('; ')}`, {
    hint: 'Build the options with resolveClientConfig(), or fix the fields named above.',
  });
}
