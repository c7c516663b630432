import { z } from 'zod';
import { looseObject } from "./loose-object.js";
export const ApiErrorObjectSchema = looseObject({
    Code: z.string(),
    CodeN: z.number().optional(),
    Message: z.string().optional().default(''),
});
export const ResponseMetadataSchema = looseObject({
    RequestId: z.string().optional().default(''),
    Action: z.string().optional(),
    Version: z.string().optional(),
    Service: z.string().optional(),
    Region: z.string().optional(),
    Error: ApiErrorObjectSchema.optional(),
});
/** `{ ResponseMetadata, Result }`: failure is the presence of `ResponseMetadata.Error`, never a missing Result. */
export const EnvelopeSchema = looseObject({
    ResponseMetadata: ResponseMetadataSchema,
    Result: z.unknown().optional(),
});
