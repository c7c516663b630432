import { templateVariables } from "../sending/template.js";
import { failureOf, gateFailure } from "./gate-failure.js";
import { stripSignaturePrefix } from "./send-request.js";
/**
 * The single-send pre-checks (reference §5.3, "the single-send gate is minimal"), run by the preview and
 * again by the submit: the group is usable; the signature is approved (3/5), not `usable:false`, and bound
 * to the group; the template is approved for that signature and group, with its content and variables.
 * Each is one query with the skill's own filters and paging (Page 1, PageSize 100).
 */
const APPROVED = new Set(['3', '5']);
const EVERY_GROUP = new Set(['*', 'All']);
const PAGE = { page: 1, pageSize: 100 };
const isApproved = (status) => status !== undefined && APPROVED.has(String(status));
const boundTo = (groups, group) => groups === null ||
    groups === undefined ||
    groups.length === 0 ||
    groups.some((g) => g === group || EVERY_GROUP.has(g));
function invalid(message, field, hint) {
    return gateFailure('validation_error', message, field, hint);
}
async function query(run) {
    try {
        return { ok: true, value: await run() };
    }
    catch (error) {
        return failureOf(error, 'check');
    }
}
async function checkGroup(client, send) {
    const groups = await query(() => client.listSubAccounts({}));
    if (!groups.ok)
        return groups;
    const group = groups.value.result.List.find((g) => g.SubAccount === send.subAccount);
    const hint = 'Run `volc-sms list_sub_account` and pass one of the listed ids as --sub-account.';
    if (group === undefined) {
        return invalid(`Message group ${send.subAccount} is not among the approved groups`, 'sub-account', hint);
    }
    if (group.Status !== undefined && String(group.Status) !== '1') {
        return invalid(`Message group ${send.subAccount} has status ${group.Status}, not 1 (usable)`, 'sub-account', hint);
    }
    return undefined;
}
async function checkSignature(client, send) {
    const listed = await query(() => client.listSignatures({ signature: send.signature, subAccounts: [send.subAccount], ...PAGE }));
    if (!listed.ok)
        return listed;
    const hint = `Check \`volc-sms list_signature --sub-accounts ${send.subAccount}\`: the signature must be approved and bound to the group.`;
    const item = listed.value.result.List.find((s) => s.Signature === send.signature);
    if (item === undefined) {
        return invalid(`Signature "${send.signature}" is not approved for group ${send.subAccount}`, 'signature', hint);
    }
    if (!isApproved(item.Status)) {
        return invalid(`Signature "${send.signature}" has status ${item.Status ?? 'none'}, not approved (3/5)`, 'signature', hint);
    }
    if (item.Usable === false || item.usable === false) {
        return invalid(`Signature "${send.signature}" is marked not usable`, 'signature', hint);
    }
    if (!boundTo(item.SubAccounts, send.subAccount)) {
        return invalid(`Signature "${send.signature}" is not bound to group ${send.subAccount}`, 'signature', hint);
    }
    return undefined;
}
/** The signatures a template names: `Signature` and `Signatures` must agree when both are present. */
function templateSignatures(item) {
    const list = item.Signatures ?? [];
    const single = item.Signature;
    if (single !== undefined && single !== '' && list.length > 0 && !list.includes(single))
        return { conflict: true };
    return { list: single !== undefined && single !== '' && list.length === 0 ? [single] : list };
}
async function checkTemplate(client, send) {
    const listed = await query(() => client.listTemplates({
        templateId: send.templateId,
        subAccounts: [send.subAccount],
        signatures: [send.signature],
        ...PAGE,
    }));
    if (!listed.ok)
        return listed;
    const hint = `Check \`volc-sms list_sms_template --sub-accounts ${send.subAccount} --signatures ${send.signature}\`: the template must be approved for both.`;
    const item = listed.value.result.List.find((t) => t.TemplateId === send.templateId);
    if (item === undefined) {
        return invalid(`Template ${send.templateId} is not approved for signature "${send.signature}" and group ${send.subAccount}`, 'template-id', hint);
    }
    if (!isApproved(item.Status)) {
        return invalid(`Template ${send.templateId} has status ${item.Status ?? 'none'}, not approved (3/5)`, 'template-id', hint);
    }
    const signatures = templateSignatures(item);
    if ('conflict' in signatures) {
        return gateFailure('contract_conflict', `Template ${send.templateId} names Signature "${item.Signature}" but Signatures ${JSON.stringify(item.Signatures)}`, 'template-id', 'The service described the template inconsistently; check it in the console before sending.');
    }
    if (signatures.list.length > 0 && !signatures.list.includes(send.signature)) {
        return invalid(`Template ${send.templateId} is not approved for signature "${send.signature}"`, 'template-id', hint);
    }
    if (!boundTo(item.SubAccounts, send.subAccount)) {
        return invalid(`Template ${send.templateId} does not belong to group ${send.subAccount}`, 'template-id', hint);
    }
    if (typeof item.Content !== 'string') {
        return invalid(`The service returned no content for template ${send.templateId}, so the message cannot be previewed`, 'template-id', hint);
    }
    const content = stripSignaturePrefix(item.Content, send.signature);
    const declared = (item.TemplateParams ?? [])
        .map((p) => p.Name ?? p.ParamName ?? p.name)
        .filter((name) => typeof name === 'string' && name !== '');
    // An explicit parameter list wins (`[]` = fixed text); without one, the placeholders of the content.
    const variableNames = item.TemplateParams === undefined || item.TemplateParams === null ? templateVariables(content) : declared;
    return { ok: true, template: { content, variableNames } };
}
/**
 * All three checks at once (one round trip of waiting, not three); the first failure in the order a human
 * would fix them (group, signature, template) is the one reported.
 */
export async function runSendChecks(client, send) {
    const [group, signature, template] = await Promise.all([
        checkGroup(client, send),
        checkSignature(client, send),
        checkTemplate(client, send),
    ]);
    return group ?? signature ?? template;
}
