import { CLASSIC_SEND_VERSION } from '../dialects/api-versions.ts';
import { compact, inputErrorFromIssues, type DialectCall, type PickSchema } from '../dialects/dialect.ts';
import { SmsInputError, SmsOutcomeUnknownError } from '../errors/errors.ts';
import { CallFailure, executeCall, type CallRuntime, type CallSettings } from '../http/execute-call.ts';
import { normalizePhone } from './phone.ts';
import type { SendSmsResult } from '../schemas/agent.ts';
import type {
  CheckSmsVerifyCodeInput,
  ConversionInput,
  ConversionResult,
  SendSmsVerifyCodeInput,
  VerifyCodeCheck,
} from '../schemas/verify-code.ts';
import type { ApiResponse, CallOptions } from '../types.ts';
import { loadWireSchemas } from '../schemas/wire-schemas.ts';
import { restateOutcomeUnknown } from '../errors/write-outcome.ts';

/**
 * The classic verification-code pair and Conversion (`2020-01-01`, POST, PascalCase JSON), whatever the
 * client's `api`: the agent API has no such actions. All three change state at the service (a check uses
 * up one of the code's tries), so each goes out at most once, like a send.
 */
export interface VerifyCodeMethods {
  /** The service generates a code and sends it to one number. */
  sendSmsVerifyCode(
    input: SendSmsVerifyCodeInput,
    options?: CallOptions,
  ): Promise<ApiResponse<SendSmsResult>>;
  /** Checks a code the user typed: `verdict` is `valid`, `wrong` or `expired` (also: out of tries). */
  checkSmsVerifyCode(
    input: CheckSmsVerifyCodeInput,
    options?: CallOptions,
  ): Promise<ApiResponse<VerifyCodeCheck>>;
  /** Reports that messages converted (e.g. their code was entered). */
  conversion(input: ConversionInput, options?: CallOptions): Promise<ApiResponse<ConversionResult>>;
}

async function checked<T>(pick: PickSchema, input: T): Promise<T> {
  const parsed = pick(await loadWireSchemas()).safeParse(input);
  if (!parsed.success) throw inputErrorFromIssues(parsed.error.issues);
  return input;
}

function normalizedMobile(mobile: string): string {
  const normalized = normalizePhone(mobile);
  if (normalized.ok) return normalized.mobile;
  const message = `${normalized.reason}; give one 11-digit mainland mobile (+86 optional) or an E.164 number`;
  throw new SmsInputError(`mobile: ${message}`, [{ field: 'mobile', message }]);
}

// `paramsSchema` is the input's: inputs are checked (checked() above) before the body is built from them.
const classicPost = <T>(
  action: string,
  body: unknown,
  paramsSchema: PickSchema,
  resultSchema: PickSchema<T>,
): DialectCall<T> => ({
  call: { action, version: CLASSIC_SEND_VERSION, method: 'POST', body },
  paramsSchema,
  resultSchema,
});

export function createVerifyCodeMethods(runtime: CallRuntime): VerifyCodeMethods {
  async function write<T>(
    dialectCall: DialectCall<T>,
    context: CallSettings['context'],
    options: CallOptions,
    unknownHint?: string,
  ): Promise<ApiResponse<T>> {
    try {
      return await executeCall(runtime, dialectCall, { kind: 'send', signal: options.signal, context });
    } catch (err) {
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
      return write(
        classicPost(
          'SendSmsVerifyCode',
          body,
          (s) => s.SendSmsVerifyCodeInputSchema,
          (s) => s.ClassicSendResultSchema,
        ),
        context,
        options,
      );
    },
    async checkSmsVerifyCode(input, options = {}) {
      const given = await checked((s) => s.CheckSmsVerifyCodeInputSchema, input);
      const body = {
        SmsAccount: given.subAccount,
        PhoneNumber: normalizedMobile(given.mobile),
        Scene: given.scene,
        Code: given.code,
      };
      return write(
        classicPost(
          'CheckSmsVerifyCode',
          body,
          (s) => s.CheckSmsVerifyCodeInputSchema,
          (s) => s.VerifyCodeCheckSchema,
        ),
        given,
        options,
        "The check may have used up one of the code's tries; check again (a first check that counted can make it answer wrong or expired), or send a new code.",
      );
    },
    async conversion(input, options = {}) {
      const given = await checked((s) => s.ConversionInputSchema, input);
      const body = { MessageIDs: [...given.messageIds], Type: given.type };
      return write(
        classicPost(
          'Conversion',
          body,
          (s) => s.ConversionInputSchema,
          (s) => s.ConversionResultSchema,
        ),
        {},
        options,
        'The conversion may or may not have been recorded; report it again only if counting it twice does no harm.',
      );
    },
  };
}
