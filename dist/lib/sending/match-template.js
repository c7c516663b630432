import { createHash } from 'node:crypto';
import { canonicalJson } from "../consent/canonical.js";
import { failureOf } from "../consent/gate-failure.js";
import { normalizeSignature } from "../consent/send-request.js";
import { SmsResponseValidationError } from "../errors/errors.js";
const PAGE_SIZE = 100;
const MAX_PAGES = 100;
const EVERY_GROUP = ['*', 'All'];
const isApproved = (status) => status === 3 || status === 5 || status === '3' || status === '5';
function queryFailed(message) {
    return {
        ok: false,
        code: 'resource_query_failed',
        error: new SmsResponseValidationError(message, {
            hint: 'Try again later; if it persists, list the templates with list-templates and compare by hand.',
        }),
        retryable: false,
    };
}
/** The approved ids of the channel, over every page of the group's templates for the signature. */
async function approvedIds(client, input) {
    const ids = new Set();
    const seenPages = new Set();
    for (let page = 1;; page += 1) {
        if (page > MAX_PAGES)
            return queryFailed(`Template paging went past ${MAX_PAGES} pages`);
        const { result } = await client.listTemplates({
            subAccounts: [input.subAccount],
            signatures: [input.signature],
            page,
            pageSize: PAGE_SIZE,
        });
        const fingerprint = canonicalJson(result.List);
        if (seenPages.has(fingerprint))
            return queryFailed(`Template paging repeated a page (page ${page})`);
        seenPages.add(fingerprint);
        for (const template of result.List) {
            if (template.TemplateId && isApproved(template.Status) && template.ChannelType === input.channelType)
                ids.add(template.TemplateId);
        }
        if (result.List.length < PAGE_SIZE || page * PAGE_SIZE >= result.Total)
            return ids;
    }
}
const normalized = (signature) => {
    const result = normalizeSignature(signature);
    return 'value' in result ? result.value : signature;
};
/** The signatures a detail names, or undefined when it names none; a disagreement is a contract conflict. */
function namedSignatures(item) {
    const single = item.signature === undefined || item.signature === '' ? undefined : new Set([normalized(item.signature)]);
    const list = item.signatures === undefined || item.signatures === null
        ? undefined
        : new Set(item.signatures.filter((s) => s !== '').map(normalized));
    if (single && list && (single.size !== list.size || ![...single].every((s) => list.has(s))))
        return 'conflict';
    return single ?? list;
}
function candidateOf(item, input) {
    const groups = item.subAccounts ?? [];
    if (!groups.some((g) => g === input.subAccount || EVERY_GROUP.includes(g)))
        return undefined;
    if (typeof item.content !== 'string' || !('templateParams' in item))
        return undefined;
    const prefix = `【${input.signature}】`;
    const body = item.content.startsWith(prefix) ? item.content.slice(prefix.length) : item.content;
    if (body !== input.content)
        return undefined;
    const names = (item.templateParams ?? []).flatMap((p) => (p.name === undefined ? [] : [p.name]));
    if (new Set(names).size !== names.length)
        return undefined;
    return {
        templateId: item.templateId ?? '',
        signature: input.signature,
        subAccount: input.subAccount,
        variableNames: [...names].sort(),
        contentLength: [...body].length,
        contentSha256: createHash('sha256').update(body).digest('hex'),
    };
}
/** The match, or how the queries failed (`resource_query_failed`, `contract_conflict`). */
export async function matchTemplate(client, input) {
    const candidates = new Map();
    try {
        const ids = await approvedIds(client, input);
        if (!(ids instanceof Set))
            return ids;
        if (ids.size > 0) {
            const { result } = await client.listSecondTemplate({ signatures: input.signature });
            for (const item of result.list) {
                if (item.templateId === undefined || !ids.has(item.templateId))
                    continue;
                if (item.channelType !== input.channelType)
                    continue;
                const signatures = namedSignatures(item);
                if (signatures === 'conflict') {
                    return {
                        ok: false,
                        code: 'contract_conflict',
                        error: new SmsResponseValidationError(`Template ${item.templateId}'s signature and signatures disagree`, { hint: 'The service described the template inconsistently; check it in the console.' }),
                        retryable: false,
                    };
                }
                if (signatures && !signatures.has(input.signature))
                    continue;
                const candidate = candidateOf(item, input);
                if (candidate && !candidates.has(candidate.templateId))
                    candidates.set(candidate.templateId, candidate);
            }
        }
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    const sorted = [...candidates.values()].sort((a, b) => a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : 0);
    const classification = sorted.length === 0 ? 'none' : sorted.length === 1 ? 'single' : 'ambiguous';
    return { ok: true, classification, candidates: sorted };
}
