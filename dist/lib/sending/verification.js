import { isVerificationTemplate } from "./delivery-plan.js";
/**
 * Verification codes are never echoed (reference §5.1): the text of a verification message (the
 * planner's rule, delivery-plan.ts) with its code hidden. One rule for the CLI's send log and the Slack app.
 */
/** 4–8 ASCII letters and digits, at least one digit, not adjoining other ASCII ones: a code's shape. */
const CODE = /(?<![A-Za-z0-9_])(?=[A-Za-z]*\d)[A-Za-z\d]{4,8}(?![A-Za-z0-9_])/g;
/**
 * The text of a verification message with its code hidden (`您的验证码是******，5分钟内有效。`). Other
 * texts come back as they are. Where the template is known, pass it: a verification template's text is
 * masked even when it lacks the usual words.
 */
export function maskVerificationCode(text, template) {
    const verification = isVerificationTemplate({ content: text }) || (template !== undefined && isVerificationTemplate(template));
    return verification ? text.replace(CODE, (code) => '*'.repeat(code.length)) : text;
}
