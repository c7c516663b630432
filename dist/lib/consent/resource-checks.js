import { failureOf, gateFailure } from "./gate-failure.js";
/**
 * The resource queries the gates run before a preview and again before a write (reference §4.3, §5.3),
 * one function per query, each with the skill's own filters and paging (Page 1, PageSize 100), each
 * answering either the facts it read or the failure in the skill's words (the template queries are in
 * template-checks.ts). Gates compose them (send-checks.ts, batch-launch-gate.ts, …); a changed resource
 * state aborts with `validation_error`, a changed content reaches the digest.
 */
const APPROVED = new Set(['3', '5']);
export const EVERY_GROUP = new Set(['*', 'All']);
export const PAGE = { page: 1, pageSize: 100 };
export const CHANNEL_TYPES = new Set(['CN_OTP', 'CN_NTC', 'CN_MKT']);
// An application in review, approved or in use (0, 1, 3, 5, 6): what a reconciling read after a lost answer
// accepts as the application having been made.
const NOT_REJECTED = new Set(['0', '1', '3', '5', '6']);
export const isNotRejected = (status) => NOT_REJECTED.has(String(status));
/**
 * A reconciling read: the one item of a list's first page (100) that `matches` the write whose answer was
 * lost. None, or several alike: undefined, since the read cannot tell that this write made it.
 */
export async function theOneListed(list, matches) {
    const found = (await list(PAGE)).result.List.filter(matches);
    return found.length === 1 ? found[0] : undefined;
}
export const isApproved = (status) => status !== undefined && APPROVED.has(String(status));
/** The single-send rule: an empty list, `*` or `All` pass. `strict` (batch, §3.1): only the group itself. */
export const boundTo = (groups, group, strict = false) => strict
    ? (groups ?? []).includes(group)
    : groups === null ||
        groups === undefined ||
        groups.length === 0 ||
        groups.some((g) => g === group || EVERY_GROUP.has(g));
export function invalid(message, field, hint) {
    return gateFailure('validation_error', message, field, hint);
}
export async function query(run) {
    try {
        return { ok: true, value: await run() };
    }
    catch (error) {
        return failureOf(error, 'check');
    }
}
/** GetSubAccountDetail: the group exists and its status is 1 (the send preview's rule). */
export async function checkGroupDetail(client, subAccount) {
    const detail = await query(() => client.getSubAccountDetail({ subAccount }));
    if (!detail.ok)
        return detail;
    const status = detail.value.result.status;
    if (String(status) !== '1') {
        return invalid(`Message group ${subAccount} has status ${status ?? 'none'}, not 1 (usable)`, 'sub-account', 'Run `volc-sms list-message-groups` and pass a usable group as --sub-account.');
    }
    return undefined;
}
/** ListSubAccountForAgent: the group is among the approved groups (batch §3.1, signature applications). */
export async function checkGroupListed(client, subAccount) {
    const groups = await query(() => client.listSubAccounts({}));
    if (!groups.ok)
        return groups;
    const group = groups.value.result.List.find((g) => g.SubAccount === subAccount);
    if (group === undefined) {
        return invalid(`Message group ${subAccount} is not among the approved groups`, 'sub-account', 'Run `volc-sms list-message-groups` and pass one of the listed ids as --sub-account.');
    }
    return { ok: true, value: group };
}
/**
 * ListSignatureForAgent: approved (3/5), not `usable:false`, bound to every group (`strict`, batch §3.1:
 * only the group itself counts) and, when the signature lists its channels, taking `channel`.
 */
export async function checkSignature(client, signature, groups, options = {}) {
    const subAccounts = typeof groups === 'string' ? [groups] : [...groups];
    const listed = await query(() => client.listSignatures({ signature, subAccounts, ...PAGE }));
    if (!listed.ok)
        return listed;
    const where = subAccounts.join(', ');
    const hint = `Check \`volc-sms list-signatures --signature ${signature}\`: the signature must be approved and bound to ${subAccounts.length > 1 ? 'every' : 'the'} group.`;
    const item = listed.value.result.List.find((s) => s.Signature === signature);
    if (item === undefined) {
        return invalid(`Signature "${signature}" is not approved for group ${where}`, 'signature', hint);
    }
    if (!isApproved(item.Status)) {
        return invalid(`Signature "${signature}" has status ${item.Status ?? 'none'}, not approved (3/5)`, 'signature', hint);
    }
    if (item.Usable === false || item.usable === false) {
        return invalid(`Signature "${signature}" is marked not usable`, 'signature', hint);
    }
    const unbound = subAccounts.filter((group) => !boundTo(item.SubAccounts, group, options.strict));
    if (unbound.length > 0) {
        return invalid(`Signature "${signature}" is not bound to group ${unbound.join(', ')}`, 'signature', hint);
    }
    const channels = item.ChannelTypes;
    if (options.channel !== undefined &&
        channels != null &&
        channels.length > 0 &&
        !channels.includes(options.channel)) {
        return invalid(`Signature "${signature}" does not take ${options.channel}`, 'signature', hint);
    }
    return { ok: true, value: item };
}
/** §2.2: approved is `auditStatus` 3/5, `true` or one of these words, and `usable` truthy. */
const APPROVED_WORDS = new Set([
    '3',
    '5',
    'true',
    'approved',
    'passed',
    'success',
    'completed',
    'no_review',
    'no-review',
    '审核通过',
    '免审',
]);
/** GetSignatureIdentificationList `{id}`: approved and usable, and of the request's purpose when it says. */
export async function checkQualification(client, id, purpose) {
    const listed = await query(() => client.getSignatureIdentificationList({ id, pageIndex: 1, pageSize: 100 }));
    if (!listed.ok)
        return listed;
    const hint = 'Run `volc-sms list-qualifications --status 3 --status 5` and pass an approved, usable id as --qualification-id.';
    const item = listed.value.result.list.find((q) => String(q.id) === String(id));
    if (item === undefined)
        return invalid(`Qualification ${id} does not exist`, 'qualification-id', hint);
    if (!APPROVED_WORDS.has(String(item.auditStatus).trim().toLowerCase()) || !item.usable) {
        return invalid(`Qualification ${id} is not approved and usable (auditStatus ${String(item.auditStatus ?? 'none')}, usable ${String(item.usable ?? false)})`, 'qualification-id', hint);
    }
    if (purpose !== undefined && item.purpose !== undefined && String(item.purpose) !== String(purpose)) {
        return invalid(`Qualification ${id} has purpose ${item.purpose}, not ${purpose}`, 'purpose', "Pass the qualification's own purpose (1 own use, 2 for others) as --purpose.");
    }
    return undefined;
}
