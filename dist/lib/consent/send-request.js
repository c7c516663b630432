import { SmsInputError } from "../errors/errors.js";
import { maskPhone } from "../sending/phone.js";
import { sha256Hex } from "../signing/sign.js";
import { parseTemplateParam, renderTemplate } from "../sending/template.js";
/** The skill's ceiling for one send (one SendSmsForAgent request). */
export const MAX_GATED_RECIPIENTS = 200;
// The skill 1.3 rule, stricter than send_sms: only +86 may be dropped, then 1[3-9] and nine digits
// (a bare 86 prefix is refused, as is every international number).
const GATED_MOBILE = /^(?:\+86)?(1[3-9]\d{9})$/;
const OUTER_BRACKETS = [
    ['【', '】'],
    ['[', ']'],
    ['［', '］'],
];
/** One outer bracket pair removed, then 2–25 characters (code points). */
export function normalizeSignature(text) {
    let value = text.trim();
    for (const [open, close] of OUTER_BRACKETS) {
        if (value.startsWith(open) && value.endsWith(close) && value.length > open.length + close.length) {
            value = value.slice(open.length, -close.length).trim();
            break;
        }
    }
    const length = [...value].length;
    if (length < 2 || length > 25)
        return { problem: `must have 2–25 characters (has ${length})` };
    return { value };
}
function issueError(issues) {
    return new SmsInputError(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues, {
        hint: 'Fix the named fields and run send-preview again.',
    });
}
/**
 * Normalises a gated send or throws one SmsInputError naming every bad field (numbers masked).
 * With the default `reject` policy, a number given twice is an error, not a silent drop.
 */
export function normalizeSend(request) {
    const issues = [];
    const required = (value, field) => {
        if (typeof value !== 'string' || value.trim() === '')
            issues.push({ field, message: 'is required' });
        return typeof value === 'string' ? value.trim() : '';
    };
    const subAccount = required(request.subAccount, 'sub-account');
    const templateId = required(request.templateId, 'template-id');
    const signature = normalizeSignature(request.signature ?? '');
    if ('problem' in signature)
        issues.push({ field: 'signature', message: signature.problem });
    const dedupePolicy = request.dedupePolicy ?? 'reject';
    if (dedupePolicy !== 'reject' && dedupePolicy !== 'keep-first') {
        issues.push({ field: 'dedupe-policy', message: 'must be "reject" or "keep-first"' });
    }
    const originalRecipients = [];
    (request.mobiles ?? []).forEach((input, index) => {
        const match = GATED_MOBILE.exec(String(input).trim());
        if (match)
            originalRecipients.push(match[1]);
        else {
            const message = `#${index + 1} "${maskPhone(String(input))}" is not a mainland mobile (1[3-9] and 9 digits, +86 allowed)`;
            issues.push({ field: 'mobile', message });
        }
    });
    if ((request.mobiles ?? []).length === 0)
        issues.push({ field: 'mobile', message: 'at least one is required' });
    const seen = new Set();
    const recipients = [];
    const duplicates = [];
    for (const mobile of originalRecipients) {
        if (seen.has(mobile)) {
            duplicates.push(mobile);
        }
        else {
            seen.add(mobile);
            recipients.push(mobile);
        }
    }
    if (recipients.length > MAX_GATED_RECIPIENTS) {
        issues.push({
            field: 'mobile',
            message: `at most ${MAX_GATED_RECIPIENTS} numbers per send (has ${recipients.length})`,
        });
    }
    if (duplicates.length > 0 && dedupePolicy === 'reject') {
        const masked = [...new Set(duplicates)].map(maskPhone).join(', ');
        issues.push({
            field: 'mobile',
            message: `duplicate numbers ${masked}; remove them or pass --dedupe-policy keep-first`,
        });
    }
    let variables = {};
    try {
        variables = parseTemplateParam(request.templateParams ?? '', 'template-params');
    }
    catch (error) {
        if (!(error instanceof SmsInputError))
            throw error;
        issues.push(...error.issues);
    }
    if (issues.length > 0)
        throw issueError(issues);
    return {
        subAccount,
        signature: signature.value,
        templateId,
        originalRecipients,
        recipients,
        duplicates,
        dedupePolicy,
        variables,
    };
}
/** Template content without a leading `【signature】` (the service may return either form). */
export function stripSignaturePrefix(content, signature) {
    const prefix = `【${signature}】`;
    return content.startsWith(prefix) ? content.slice(prefix.length) : content;
}
/** Characters of `【signature】` + text, counted in code points as the skill's Python does. */
export function segmentsPerMessage(signature, text) {
    const length = [...`【${signature}】${text}`].length;
    return length <= 70 ? 1 : Math.ceil(length / 67);
}
/** Exactly the template's variables: each one given, nothing extra. */
export function checkVariables(template, variables) {
    const given = Object.keys(variables);
    const missing = template.variableNames.filter((name) => !given.includes(name));
    const unused = given.filter((name) => !template.variableNames.includes(name));
    const issues = [];
    if (missing.length > 0)
        issues.push({ field: 'template-params', message: `missing ${missing.join(', ')}` });
    if (unused.length > 0) {
        issues.push({ field: 'template-params', message: `the template has no variable ${unused.join(', ')}` });
    }
    if (issues.length > 0)
        throw issueError(issues);
}
/** The object the digest covers (reference §4.3, "send canonical object"), full numbers included. */
export function sendCanonicalObject(send, template) {
    const rendered = renderTemplate(template.content, send.variables);
    return {
        subAccount: send.subAccount,
        signature: send.signature,
        templateId: send.templateId,
        originalRecipients: send.originalRecipients,
        dedupePolicy: send.dedupePolicy,
        duplicates: send.duplicates,
        recipients: send.recipients,
        recipientVariables: send.recipients.map((mobile) => ({ mobile, variables: send.variables })),
        templateContentSha256: sha256Hex(template.content),
        renderedContentSha256: sha256Hex(rendered),
        estimatedSegments: segmentsPerMessage(send.signature, rendered) * send.recipients.length,
    };
}
/** What a preview shows: the canonical object with every number masked and the content as hashes. */
export function maskedSendSummary(canonical, variableNames) {
    return {
        subAccount: canonical.subAccount,
        signature: canonical.signature,
        templateId: canonical.templateId,
        originalRecipients: canonical.originalRecipients.map(maskPhone),
        recipients: canonical.recipients.map(maskPhone),
        recipientCount: canonical.recipients.length,
        dedupePolicy: canonical.dedupePolicy,
        duplicates: canonical.duplicates.map(maskPhone),
        variableNames: [...variableNames],
        contentSummary: {
            templateSha256: canonical.templateContentSha256,
            renderedSha256: canonical.renderedContentSha256,
        },
        estimatedSegments: canonical.estimatedSegments,
    };
}
