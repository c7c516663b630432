import { gateFailure } from "./gate-failure.js";
import { CHANNEL_TYPES, EVERY_GROUP, PAGE, boundTo, invalid, isApproved, query, } from "./resource-checks.js";
import { stripSignaturePrefix } from "./send-request.js";
// The template queries of the gates' pre-checks (resource-checks.ts has the rest and the rules they share).
/**
 * A listed template's `Signature` and `Signatures` (either may be absent) agree with each other and, when
 * they name any signature, name `signature`.
 */
function checkTemplateSignatures(templateId, signature, named, hint) {
    const single = named.single === '' ? undefined : named.single;
    const list = named.list ?? [];
    if (single !== undefined && list.length > 0 && !list.includes(single)) {
        return gateFailure('contract_conflict', `Template ${templateId} names Signature "${single}" but Signatures ${JSON.stringify(named.list)}`, 'template-id', 'The service described the template inconsistently; check it in the console before sending.');
    }
    const signatures = list.length > 0 ? list : single === undefined ? [] : [single];
    if (signatures.length > 0 && !signatures.includes(signature)) {
        return invalid(`Template ${templateId} is not approved for signature "${signature}"`, 'template-id', hint);
    }
    return undefined;
}
/** ListSmsTemplateForAgent: approved (3/5) for that signature and group. */
export async function checkTemplateListed(client, templateId, signature, subAccount, strict = false) {
    const listed = await query(() => client.listTemplates({ templateId, subAccounts: [subAccount], signatures: [signature], ...PAGE }));
    if (!listed.ok)
        return listed;
    const hint = templateHint(subAccount, signature);
    const item = listed.value.result.List.find((t) => t.TemplateId === templateId);
    if (item === undefined) {
        return invalid(`Template ${templateId} is not approved for signature "${signature}" and group ${subAccount}`, 'template-id', hint);
    }
    if (!isApproved(item.Status)) {
        return invalid(`Template ${templateId} has status ${item.Status ?? 'none'}, not approved (3/5)`, 'template-id', hint);
    }
    const signatures = { single: item.Signature, list: item.Signatures };
    const mismatch = checkTemplateSignatures(templateId, signature, signatures, hint);
    if (mismatch !== undefined)
        return mismatch;
    if (!boundTo(item.SubAccounts, subAccount, strict)) {
        return invalid(`Template ${templateId} does not belong to group ${subAccount}`, 'template-id', hint);
    }
    return { ok: true, value: item };
}
const templateHint = (subAccount, signature) => `Check \`volc-sms list-templates --sub-account ${subAccount} --signature ${signature}\`: the template must be approved for both.`;
/**
 * ListSecondTemplate `{templateId, signatures}`: the V2 detail the digest reads the content from (§2.3's
 * client rules: the group, `*` or `All` listed, an empty list fails; parameters present; content a
 * string; a known channel).
 */
export async function secondTemplateFacts(client, templateId, signature, subAccount) {
    const listed = await query(() => client.listSecondTemplate({ templateId, signatures: signature }));
    if (!listed.ok)
        return listed;
    const hint = templateHint(subAccount, signature);
    const item = listed.value.result.list.find((t) => t.templateId === templateId);
    if (item === undefined) {
        return invalid(`ListSecondTemplate has no template ${templateId}`, 'template-id', hint);
    }
    const signatures = { single: item.signature, list: item.signatures };
    const mismatch = checkTemplateSignatures(templateId, signature, signatures, hint);
    if (mismatch !== undefined)
        return mismatch;
    if (!(item.subAccounts ?? []).some((g) => g === subAccount || EVERY_GROUP.has(g))) {
        return invalid(`Template ${templateId} does not belong to group ${subAccount}`, 'template-id', hint);
    }
    if (typeof item.content !== 'string' || item.templateParams == null) {
        return invalid(`The service returned no content or no parameter list for template ${templateId}, so it cannot be previewed`, 'template-id', hint);
    }
    if (item.channelType === undefined || !CHANNEL_TYPES.has(item.channelType)) {
        return invalid(`Template ${templateId} has channel type ${item.channelType ?? 'none'}, not CN_OTP, CN_NTC or CN_MKT`, 'template-id', hint);
    }
    const variableNames = item.templateParams
        .map((p) => p.name)
        .filter((name) => typeof name === 'string' && name !== '');
    return {
        ok: true,
        value: {
            content: stripSignaturePrefix(item.content, signature),
            variableNames,
            channelType: item.channelType,
            name: item.templateName ?? item.name,
        },
    };
}
