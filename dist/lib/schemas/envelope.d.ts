import { z } from 'zod';
export declare const ApiErrorObjectSchema: z.ZodPreprocess<z.ZodObject<{
    Code: z.ZodString;
    CodeN: z.ZodOptional<z.ZodNumber>;
    Message: z.ZodDefault<z.ZodOptional<z.ZodString>>;
}, z.core.$loose>, unknown>;
export type ApiErrorObject = z.output<typeof ApiErrorObjectSchema>;
export declare const ResponseMetadataSchema: z.ZodPreprocess<z.ZodObject<{
    RequestId: z.ZodDefault<z.ZodOptional<z.ZodString>>;
    Action: z.ZodOptional<z.ZodString>;
    Version: z.ZodOptional<z.ZodString>;
    Service: z.ZodOptional<z.ZodString>;
    Region: z.ZodOptional<z.ZodString>;
    Error: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
        Code: z.ZodString;
        CodeN: z.ZodOptional<z.ZodNumber>;
        Message: z.ZodDefault<z.ZodOptional<z.ZodString>>;
    }, z.core.$loose>, unknown>>;
}, z.core.$loose>, unknown>;
export type ResponseMetadata = z.output<typeof ResponseMetadataSchema>;
/** `{ ResponseMetadata, Result }`: failure is the presence of `ResponseMetadata.Error`, never a missing Result. */
export declare const EnvelopeSchema: z.ZodPreprocess<z.ZodObject<{
    ResponseMetadata: z.ZodPreprocess<z.ZodObject<{
        RequestId: z.ZodDefault<z.ZodOptional<z.ZodString>>;
        Action: z.ZodOptional<z.ZodString>;
        Version: z.ZodOptional<z.ZodString>;
        Service: z.ZodOptional<z.ZodString>;
        Region: z.ZodOptional<z.ZodString>;
        Error: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
            Code: z.ZodString;
            CodeN: z.ZodOptional<z.ZodNumber>;
            Message: z.ZodDefault<z.ZodOptional<z.ZodString>>;
        }, z.core.$loose>, unknown>>;
    }, z.core.$loose>, unknown>;
    Result: z.ZodOptional<z.ZodUnknown>;
}, z.core.$loose>, unknown>;
export type Envelope = z.output<typeof EnvelopeSchema>;
