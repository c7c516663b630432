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

/**
 * Checks client options at construction, naming each bad option (never echoing a credential).
 * @throws SmsConfigError
 */
export function checkClientOptions(options: ClientOptions): void {
  const parsed = ClientOptionsSchema.safeParse(options);
  if (parsed.success) return;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`,
  );
  throw new SmsConfigError(`Invalid client options: ${problems.join('; ')}`, {
    hint: 'Build the options with resolveClientConfig(), or fix the fields named above.',
  });
}
