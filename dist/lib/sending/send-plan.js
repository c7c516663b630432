import { SmsInputError } from "../errors/errors.js";
import { maskPhone, normalizePhone } from "./phone.js";
import { templateParamJson } from "./template.js";
/** Numbers per request: the API's limit for SendSmsForAgent, SendSms and SendBatchSms. */
export const MAX_NUMBERS_PER_REQUEST = 200;
/** Splits a list into consecutive chunks of at most `size`. */
export function chunk(items, size = MAX_NUMBERS_PER_REQUEST) {
    // The usual case, without growing an empty array.
    if (items.length > 0 && items.length <= size)
        return [items.slice()];
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** Normalises and de-duplicates numbers; each invalid one becomes an issue naming its position. */
function normalizeMobiles(mobiles, field = 'mobiles') {
    // A set only when there can be duplicates: most sends carry one number.
    const seen = mobiles.length > 1 ? new Set() : undefined;
    // Sized for every number up front and trimmed at the end: growing an empty array costs more.
    const unique = new Array(mobiles.length);
    let uniqueCount = 0;
    const duplicates = [];
    const issues = [];
    for (let index = 0; index < mobiles.length; index++) {
        const input = mobiles[index];
        const result = normalizePhone(input);
        if (!result.ok) {
            issues.push({ field, message: `#${index + 1} "${maskPhone(input)}": ${result.reason}` });
        }
        else if (seen?.has(result.mobile))
            duplicates.push(input);
        else {
            seen?.add(result.mobile);
            unique[uniqueCount++] = result.mobile;
        }
    }
    unique.length = uniqueCount;
    if (mobiles.length === 0)
        issues.push({ field, message: 'at least one number is required' });
    return { mobiles: unique, duplicates, issues };
}
const REQUIRED = [
    ['subAccount', 'sub-account'],
    ['signature', 'signature'],
    ['templateId', 'template-id'],
];
/**
 * Validates a send before anything goes out: required fields, every number (each invalid one named),
 * template parameters. Throws one SmsInputError listing all issues.
 */
export function planSend(input) {
    const issues = [];
    for (const [key, field] of REQUIRED) {
        const value = input[key];
        if (typeof value !== 'string' || value.trim() === '')
            issues.push({ field, message: 'is required' });
    }
    const numbers = normalizeMobiles(input.mobiles ?? []);
    for (const issue of numbers.issues)
        issues.push(issue);
    let templateParam;
    if (input.templateParam !== undefined) {
        try {
            templateParam = templateParamJson(input.templateParam);
        }
        catch (err) {
            if (!(err instanceof SmsInputError))
                throw err;
            issues.push(...err.issues);
        }
    }
    if (issues.length > 0) {
        const invalidNumbers = numbers.issues.length;
        const summary = invalidNumbers > 0 && invalidNumbers === issues.length
            ? `${invalidNumbers} invalid number${invalidNumbers === 1 ? '' : 's'} in mobiles`
            : 'Invalid send request';
        throw new SmsInputError(`${summary}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues, {
            hint: 'Fix the fields named above; nothing was sent.',
        });
    }
    const plan = {
        mobiles: numbers.mobiles,
        duplicates: numbers.duplicates,
        chunks: chunk(numbers.mobiles),
    };
    if (templateParam !== undefined)
        plan.templateParam = templateParam;
    return plan;
}
