import { SmsInputError } from "../errors/errors.js";
import { maskPhone, normalizePhone } from "./phone.js";
import { chunk } from "./send-plan.js";
import { templateParamJson } from "./template.js";
/**
 * Validates a batch before anything goes out. Unlike sendSms, a number given twice is an error, not a
 * silent drop: its two messages may carry different parameters, and which one to send is the caller's call.
 * `groupByParams` (for APIs without a batch action) puts numbers with identical parameters in the same chunks.
 */
export function planBatchSend(input, options) {
    const issues = [];
    for (const [key, field] of [
        ['subAccount', 'sub-account'],
        ['signature', 'signature'],
        ['templateId', 'template-id'],
    ]) {
        if (typeof input[key] !== 'string' || input[key].trim() === '')
            issues.push({ field, message: 'is required' });
    }
    const messages = input.messages ?? [];
    if (messages.length === 0)
        issues.push({ field: 'messages', message: 'at least one message is required' });
    const params = new Map();
    const firstIndex = new Map();
    messages.forEach((message, index) => {
        const position = `#${index + 1}`;
        const phone = normalizePhone(message.mobile ?? '');
        if (!phone.ok) {
            issues.push({
                field: 'mobiles',
                message: `${position} "${maskPhone(message.mobile ?? '')}": ${phone.reason}`,
            });
            return;
        }
        if (firstIndex.has(phone.mobile)) {
            issues.push({
                field: 'mobiles',
                message: `${position} ${maskPhone(phone.mobile)} repeats #${firstIndex.get(phone.mobile) + 1}; give each number once`,
            });
            return;
        }
        firstIndex.set(phone.mobile, index);
        let templateParam;
        try {
            if (message.templateParam !== undefined) {
                templateParam = templateParamJson(message.templateParam, 'template-param');
            }
        }
        catch (err) {
            if (!(err instanceof SmsInputError))
                throw err;
            issues.push(...err.issues.map((i) => ({ field: i.field, message: `${position}: ${i.message}` })));
        }
        params.set(phone.mobile, templateParam);
    });
    if (issues.length > 0) {
        throw new SmsInputError(`Invalid batch: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues, {
            hint: 'Fix the messages named above; nothing was sent.',
        });
    }
    const mobiles = [...params.keys()];
    let chunks;
    if (options.groupByParams) {
        const groups = new Map();
        for (const mobile of mobiles) {
            const key = params.get(mobile) ?? '';
            groups.set(key, [...(groups.get(key) ?? []), mobile]);
        }
        chunks = [...groups.values()].flatMap((group) => chunk(group));
    }
    else
        chunks = chunk(mobiles);
    return { plan: { mobiles, duplicates: [], chunks }, params };
}
