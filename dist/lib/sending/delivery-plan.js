import { SmsInputError } from "../errors/errors.js";
import { MAX_NUMBERS_PER_REQUEST } from "./send-plan.js";
/** Above this many numbers `auto` chooses the batch engine. */
export const DEFAULT_BATCH_THRESHOLD = 10_000;
/** The API's default limit: 5 requests per second per customer. */
export const DEFAULT_SEND_QPS = 5;
// The service refuses verification templates in batch tasks, and so do its rules for content that looks
// like one even when the channel is missing or wrong (agent-v2 reference §3.4, §5.3).
const VERIFICATION_WORDS = /验证码|校验码|动态码|动态密码|verification code|one-time (?:pass)?code|\botp\b/i;
/** A verification template: channel `CN_OTP`, or content that reads like a verification code. */
export function isVerificationTemplate(template) {
    if (template.channelType === 'CN_OTP')
        return true;
    return template.content !== undefined && VERIFICATION_WORDS.test(template.content);
}
function checkedChoices(input) {
    const engine = input.engine ?? 'auto';
    const threshold = input.threshold ?? DEFAULT_BATCH_THRESHOLD;
    const qps = input.qps ?? DEFAULT_SEND_QPS;
    const issues = [];
    if (engine !== 'auto' && engine !== 'direct' && engine !== 'batch')
        issues.push({ field: 'engine', message: `"${String(engine)}" is not one of auto, direct, batch` });
    if (!Number.isInteger(threshold) || threshold < 1)
        issues.push({ field: 'threshold', message: 'must be a whole number of at least 1' });
    if (!(Number.isFinite(qps) && qps > 0 && qps <= 1000))
        issues.push({ field: 'qps', message: 'must be a number above 0 and at most 1000' });
    if (issues.length > 0) {
        throw new SmsInputError(issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
    }
    return { engine, threshold, qps };
}
/** Whether planDelivery needs the template's facts: only when the batch engine is in question. */
export function templateFactsNeeded(input) {
    const { engine, threshold } = checkedChoices(input);
    return engine === 'batch' || (engine === 'auto' && input.numbers > threshold);
}
const minutes = (seconds) => seconds < 120 ? `${Math.ceil(seconds)} s` : `${Math.ceil(seconds / 60)} min`;
/**
 * Chooses the engine. A verification template never goes to a batch task: forced to batch, or above the
 * threshold in `auto`, it is refused with an SmsInputError whose hint names the fix.
 */
export function planDelivery(input) {
    const { engine: choice, threshold, qps } = checkedChoices(input);
    const numbers = input.numbers;
    const requests = Math.ceil(numbers / MAX_NUMBERS_PER_REQUEST);
    const direct = (reason) => ({
        engine: 'direct',
        reason,
        forced: choice !== 'auto',
        numbers,
        threshold,
        qps,
        requests,
        minimumSeconds: requests / qps,
    });
    const took = `${requests} request${requests === 1 ? '' : 's'} of at most ${MAX_NUMBERS_PER_REQUEST} at ${qps}/s`;
    if (choice === 'direct')
        return direct(`direct sends, as asked: ${took} (at least ${minutes(requests / qps)})`);
    if (choice === 'auto' && numbers <= threshold) {
        return direct(`direct sends: ${numbers} numbers, at most the batch threshold of ${threshold}; ${took}`);
    }
    const template = input.template;
    if (template === undefined) {
        // A caller's bug, not the user's: templateFactsNeeded said the facts were needed.
        throw new TypeError('planDelivery: the template facts are needed to choose the batch engine');
    }
    if (isVerificationTemplate(template))
        throw verificationRefused(template, choice, numbers, threshold, qps);
    return {
        engine: 'batch',
        reason: choice === 'batch'
            ? `batch task, as asked: the service sends the ${numbers} numbers from an uploaded file`
            : `batch task: ${numbers} numbers, above the batch threshold of ${threshold} (direct would take at least ${minutes(requests / qps)} at ${qps}/s)`,
        forced: choice === 'batch',
        numbers,
        threshold,
        qps,
        requests: 0,
        minimumSeconds: 0,
    };
}
function verificationRefused(template, choice, numbers, threshold, qps) {
    const what = `template ${template.templateId} is a verification template${template.channelType === 'CN_OTP' ? ' (CN_OTP)' : ' (its text reads like one)'}, which the batch engine refuses`;
    const seconds = Math.ceil(numbers / MAX_NUMBERS_PER_REQUEST) / qps;
    const message = choice === 'batch'
        ? `${what}; nothing was sent`
        : `${what}, and ${numbers} numbers are above the batch threshold of ${threshold}; nothing was sent`;
    const hint = choice === 'batch'
        ? 'Send verification codes as direct requests (--engine direct), or use a notification or marketing template for the batch.'
        : `Send at most ${threshold} numbers at a time, or pass --engine direct to send all ${numbers} as direct requests (at least ${minutes(seconds)} at ${qps}/s).`;
    return new SmsInputError(`engine: ${message}`, [{ field: 'engine', message }], { hint });
}
