import { CLASSIC_SEND_VERSION } from "../dialects/api-versions.js";
import { compact, inputErrorFromIssues } from "../dialects/dialect.js";
import { SmsInputError, SmsOutcomeUnknownError } from "../errors/errors.js";
import { CallFailure, executeCall } from "../http/execute-call.js";
import { normalizePhone } from "./phone.js";
import { loadWireSchemas } from "../schemas/wire-schemas.js";
import { restateOutcomeUnknown } from "../errors/write-outcome.js";
async function checked(pick, input) {
    const parsed = pick(await loadWireSchemas()).safeParse(input);
    if (!parsed.success)
        throw inputErrorFromIssues(parsed.error.issues);
    return input;
}
function normalizedMobile(mobile) {
    const normalized = normalizePhone(mobile);
    if (normalized.ok)
        return normalized.mobile;
    const message = `${normalized.reason}; give one 11-digit mainland mobile (+86 optional) or an E.164 number`;
    throw new SmsInputError(`mobile: ${message}`, [{ field: 'mobile', message }]);
}
// `paramsSchema` is the input's: inputs are checked (checked() above) before the body is built from them.
const classicPost = (action, body, paramsSchema, resultSchema) => ({
    call: { action, version: CLASSIC_SEND_VERSION, method: 'POST', body },
    paramsSchema,
    resultSchema,
});
export function createVerifyCodeMethods(runtime) {
    async function write(dialectCall, context, options, unknownHint) {
        try {
            return await executeCall(runtime, dialectCall, { kind: 'send', signal: options.signal, context });
        }
        catch (err) {
            const error = err instanceof CallFailure ? err.error : err;
            if (unknownHint && error instanceof SmsOutcomeUnknownError)
                throw restateOutcomeUnknown(dialectCall.call.action, error, { hint: unknownHint });
            throw error;
        }
    }
    return {
        async sendSmsVerifyCode(input, options = {}) {
            const given = await checked((s) => s.SendSmsVerifyCodeInputSchema, input);
            const mobile = normalizedMobile(given.mobile);
            const body = compact({
                SmsAccount: given.subAccount,
                Sign: given.signature,
                TemplateID: given.templateId,
                PhoneNumber: mobile,
                Scene: given.scene,
                CodeType: given.codeType,
                ExpireTime: given.expireTime,
                TryCount: given.tryCount,
                Tag: given.tag,
            });
            // The send log by number settles a lost answer, as for any send (execute-call.ts words the hint).
            const context = { ...given, mobiles: [mobile] };
            return write(classicPost('SendSmsVerifyCode', body, (s) => s.SendSmsVerifyCodeInputSchema, (s) => s.ClassicSendResultSchema), context, options);
        },
        async checkSmsVerifyCode(input, options = {}) {
            const given = await checked((s) => s.CheckSmsVerifyCodeInputSchema, input);
            const body = {
                SmsAccount: given.subAccount,
                PhoneNumber: normalizedMobile(given.mobile),
                Scene: given.scene,
                Code: given.code,
            };
            return write(classicPost('CheckSmsVerifyCode', body, (s) => s.CheckSmsVerifyCodeInputSchema, (s) => s.VerifyCodeCheckSchema), given, options, "The check may have used up one of the code's tries; check again (a first check that counted can make it answer wrong or expired), or send a new code.");
        },
        async conversion(input, options = {}) {
            const given = await checked((s) => s.ConversionInputSchema, input);
            const body = { MessageIDs: [...given.messageIds], Type: given.type };
            return write(classicPost('Conversion', body, (s) => s.ConversionInputSchema, (s) => s.ConversionResultSchema), {}, options, 'The conversion may or may not have been recorded; report it again only if counting it twice does no harm.');
        },
    };
}
