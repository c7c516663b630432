import { z } from 'zod';
import { looseObject } from './loose-object.ts';

export const ApiErrorObjectSchema = looseObject({
  Code: z.string(),
  CodeN: z.number().optional(),
  Message: z.string().optional().default(''),
});
export type ApiErrorObject = z.output<typeof ApiErrorObjectSchema>;

export const ResponseMetadataSchema = looseObject({
  RequestId: z.string().optional().default(''),
  Action: z.string().optional(),
  Version: z.string().optional(),
  Service: z.string().optional(),
  Region: z.string().optional(),
  Error: ApiErrorObjectSchema.optional(),
});
export type ResponseMetadata = z.output<typeof ResponseMetadataSchema>;

/** `{ ResponseMetadata, Result }`: failure is the presence of `ResponseMetadata.Error`, never a missing Result. */
export const EnvelopeSchema = looseObject({
  ResponseMetadata: ResponseMetadataSchema,
  Result: z.unknown().optional(),
});
export type Envelope = z.output<typeof EnvelopeSchema>;

// Each schema key, by its own spelling and by its lower-case form (the looseObject rule).
const keyLookup = (keys: string[]) =>
  new Map(keys.flatMap((key) => [[key, key] as const, [key.toLowerCase(), key] as const]));
const ENVELOPE_KEYS = keyLookup(['ResponseMetadata', 'Result']);
const METADATA_KEYS = keyLookup(['RequestId', 'Action', 'Version', 'Service', 'Region', 'Error']);

/** True when no key of `value` is another spelling of a schema key (which looseObject would respell). */
function spelledAsSchema(value: object, keys: ReadonlyMap<string, string>): boolean {
  for (const key in value) {
    // The exact spelling is found without lower-casing; any other key is looked up by its lower case.
    const name = keys.get(key) ?? keys.get(key.toLowerCase());
    if (name !== undefined && name !== key) return false;
  }
  return true;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A successful envelope in the schema's own spelling (no `Error`), read without zod: every request parses
 * one. Gives the request id and `Result` exactly as EnvelopeSchema would, or undefined for anything else
 * (an error, another spelling, a wrong type), which the schema then decides.
 */
export function quickSuccessEnvelope(raw: unknown): { requestId: string; result: unknown } | undefined {
  if (!isRecord(raw) || !spelledAsSchema(raw, ENVELOPE_KEYS)) return undefined;
  const metadata = raw.ResponseMetadata;
  if (!isRecord(metadata) || !spelledAsSchema(metadata, METADATA_KEYS)) return undefined;
  if (metadata.Error !== undefined) return undefined;
  const { RequestId, Action, Version, Service, Region } = metadata;
  for (const text of [Action, Version, Service, Region]) {
    if (text !== undefined && typeof text !== 'string') return undefined;
  }
  if (RequestId !== undefined && typeof RequestId !== 'string') return undefined;
  return { requestId: RequestId ?? '', result: raw.Result };
}
