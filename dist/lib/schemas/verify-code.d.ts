import { z } from 'zod';
export declare const SendSmsVerifyCodeInputSchema: z.ZodObject<{
    subAccount: z.ZodString;
    signature: z.ZodString;
    templateId: z.ZodString;
    mobile: z.ZodString;
    scene: z.ZodString;
    codeType: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<4>, z.ZodLiteral<6>, z.ZodLiteral<8>]>>;
    expireTime: z.ZodOptional<z.ZodNumber>;
    tryCount: z.ZodOptional<z.ZodNumber>;
    tag: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const CheckSmsVerifyCodeInputSchema: z.ZodObject<{
    subAccount: z.ZodString;
    mobile: z.ZodString;
    scene: z.ZodString;
    code: z.ZodString;
}, z.core.$strict>;
export declare const ConversionInputSchema: z.ZodObject<{
    messageIds: z.ZodArray<z.ZodString>;
    type: z.ZodNumber;
}, z.core.$strict>;
/** `Result` of CheckSmsVerifyCode: "0" valid, "1" wrong, "2" expired (or out of tries). */
export declare const VerifyCodeCheckSchema: z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<{
    verdict: "valid" | "wrong" | "expired";
    code: string;
}, string | number>>;
/** Conversion answers nothing of use. */
export declare const ConversionResultSchema: z.ZodPipe<z.ZodUnknown, z.ZodTransform<{}, unknown>>;
export type SendSmsVerifyCodeInput = z.input<typeof SendSmsVerifyCodeInputSchema>;
export type CheckSmsVerifyCodeInput = z.input<typeof CheckSmsVerifyCodeInputSchema>;
export type ConversionInput = z.input<typeof ConversionInputSchema>;
export type VerifyCodeCheck = z.output<typeof VerifyCodeCheckSchema>;
export type ConversionResult = z.output<typeof ConversionResultSchema>;
