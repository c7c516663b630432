import { z } from 'zod';
/**
 * The classic verification-code pair and Conversion (`2020-01-01`, POST, PascalCase bodies; official Node
 * SDK `SendVerifyCode`/`CheckVerifyCode`/`Conversion`). The service generates the code, sends it and checks
 * it. The input schemas are the client's camelCase inputs, strict, with the documented ranges (refused
 * rather than silently replaced by the service's defaults); verify-code.ts maps them onto the wire keys.
 */
const int = z.number().int();
const text = z.string().min(1);
export const SendSmsVerifyCodeInputSchema = z.strictObject({
    /** `SmsAccount`. */
    subAccount: text,
    /** `Sign`. */
    signature: text,
    /** `TemplateID`: a CN_OTP (or I18N_OTP) template whose only variable is `code`. */
    templateId: text,
    /** `PhoneNumber`: one number, normalised like every send. */
    mobile: text,
    /** `Scene`: with the group and the number, the key the check looks the code up by. */
    scene: text,
    /** `CodeType`: digits in the code. @default 6 (the service's) */
    codeType: z.union([z.literal(4), z.literal(6), z.literal(8)]).optional(),
    /** `ExpireTime`: seconds the code stays valid, 180–1800. @default 180 (the service's) */
    expireTime: int.min(180).max(1800).optional(),
    /** `TryCount`: checks allowed, 1–10. @default 3 (the service's) */
    tryCount: int.min(1).max(10).optional(),
    /** `Tag`: echoed in the receipt. */
    tag: z.string().max(512).optional(),
});
export const CheckSmsVerifyCodeInputSchema = z.strictObject({
    subAccount: text,
    mobile: text,
    scene: text,
    /** The code the user typed: 4, 6 or 8 digits as the service generates them. */
    code: z.string().regex(/^\d{4,8}$/, { message: 'must be the 4 to 8 digits of the code' }),
});
export const ConversionInputSchema = z.strictObject({
    /** `MessageIDs` of the sends that converted (e.g. whose code was entered). */
    messageIds: z.array(text).min(1).max(100),
    /** `Type`: the conversion type the console defines. */
    type: int.min(0),
});
/** `Result` of CheckSmsVerifyCode: "0" valid, "1" wrong, "2" expired (or out of tries). */
export const VerifyCodeCheckSchema = z.union([z.string(), int]).transform((value, ctx) => {
    const code = String(value);
    const verdict = { '0': 'valid', '1': 'wrong', '2': 'expired' }[code];
    if (verdict === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${code}" is none of 0 (valid), 1 (wrong), 2 (expired)` });
        return z.NEVER;
    }
    return { verdict, code };
});
/** Conversion answers nothing of use. */
export const ConversionResultSchema = z.unknown().transform(() => ({}));
