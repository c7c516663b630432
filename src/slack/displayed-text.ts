import { renderTemplate } from '../core/index.ts';

/**
 * What the app shows of a message before and after it is sent. A verification code is a credential of
 * the person who receives it (agent-v2 reference §5.1: never echo verification codes), so the text shown
 * in Slack, and stored with the pending send, has it masked; only the request to the SMS API carries it.
 */

/** Shown instead of a masked variable's value; fixed, so not even the code's length is shown. */
export const MASKED_VALUE = '****';

// CN_OTP (and I18N_OTP) are the verification channels; the words catch a template whose type is missing.
const VERIFICATION_CHANNEL = /_OTP$/i;
const VERIFICATION_WORDS = /验证码|校验码|动态码|确认码|verification code|one-time (?:pass)?code|\bOTP\b/i;
// A variable named like a code is masked in any template (`code`, `smsCode`, `otp`, `pin`, `captcha`).
const CODE_LIKE_NAME = /code$|(?:^|[_-])(?:otp|pin|captcha|password)$/i;

export function isVerificationTemplate(template: {
  ChannelType?: string | undefined;
  Content?: string | undefined;
}): boolean {
  return (
    VERIFICATION_CHANNEL.test(template.ChannelType ?? '') || VERIFICATION_WORDS.test(template.Content ?? '')
  );
}

/**
 * The template filled in for display: in a verification template every variable is masked (any of them
 * may be the code), elsewhere only variables named like a code.
 */
export function displayedText(
  template: { ChannelType?: string | undefined; Content?: string | undefined },
  params: Readonly<Record<string, string>>,
): string {
  const maskAll = isVerificationTemplate(template);
  const shown = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      maskAll || CODE_LIKE_NAME.test(name) ? MASKED_VALUE : value,
    ]),
  );
  return renderTemplate(template.Content ?? '', shown);
}
