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
