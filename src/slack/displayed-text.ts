import { isVerificationTemplate as isVerificationContent, renderTemplate } from '../core/index.ts';

/**
 * What the app shows of a message before and after it is sent. A verification code is a credential of
 * the person who receives it (agent-v2 reference §5.1: never echo verification codes), so the text shown
 * in Slack, and stored with the pending send, has it masked; only the request to the SMS API carries it.
 */

/** Shown instead of a masked variable's value; fixed, so not even the code's length is shown. */
export const MASKED_VALUE = '****';

// A variable named like a code is masked in any template (`code`, `smsCode`, `otp`, `pin`, `captcha`).
const CODE_LIKE_NAME = /code$|(?:^|[_-])(?:otp|pin|captcha|password)$/i;

/** The core's rule (channel CN_OTP, or text about a verification code), on a template as listed. */
export function isVerificationTemplate(template: {
  ChannelType?: string | undefined;
  Content?: string | undefined;
}): boolean {
  return isVerificationContent({ channelType: template.ChannelType, content: template.Content });
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
