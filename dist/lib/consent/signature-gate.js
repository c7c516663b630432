import { AGENT_V2_ACTIONS } from "../agent-v2/actions.js";
import { agentV2Params } from "../agent-v2/run.js";
import { gateCalls } from "./gate.js";
import { failureOf } from "./gate-failure.js";
import { checkQualification, invalid, isNotRejected, query, theOneListed } from "./resource-checks.js";
import { normalizeSignature } from "./send-request.js";
const FIELD_WORDS = {
    subAccounts: 'the message groups',
    channelTypes: 'the channel types',
    content: 'the signature text',
    purpose: 'the purpose',
    source: 'the source',
    signatureIdentificationID: 'the qualification',
};
/** The body as typed, before any query: the bracket rule, groups de-duplicated in order. */
function draftBody(request, subAccounts) {
    const signature = normalizeSignature(request.content ?? '');
    const optional = {
        desc: request.description,
        domain: request.domain,
        scene: request.scene,
        projectName: request.projectName,
        appIcp: request.appIcp,
        trademark: request.trademark,
    };
    return {
        content: 'value' in signature ? signature.value : request.content,
        purpose: request.purpose,
        source: request.source,
        signatureIdentificationID: request.qualificationId,
        subAccounts,
        channelTypes: [...new Set(request.channelTypes)],
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
}
async function chooseGroups(client, request) {
    const listed = await query(() => client.listSubAccounts({}));
    if (!listed.ok)
        return listed;
    const visible = listed.value.result.List;
    const channels = [...new Set(request.channelTypes)];
    const lacks = (group) => {
        const offered = group.ChannelTypes ?? (group.ChannelType ? [group.ChannelType] : undefined);
        return offered === undefined ? [] : channels.filter((c) => !offered.includes(c));
    };
    const named = [...new Set(request.subAccounts ?? [])];
    const hint = 'Run `volc-sms list-message-groups` and name groups that take these channels with --sub-account.';
    const chosen = [];
    const excluded = [];
    if (named.length > 0) {
        for (const id of named) {
            const group = visible.find((g) => g.SubAccount === id);
            if (group === undefined)
                return invalid(`Message group ${id} is not among the visible groups`, 'sub-account', hint);
            const missing = lacks(group);
            if (missing.length > 0)
                return invalid(`Message group ${id} does not take ${missing.join(', ')}`, 'sub-account', hint);
            chosen.push(group);
        }
    }
    else {
        for (const group of visible) {
            const missing = lacks(group);
            if (missing.length === 0)
                chosen.push(group);
            else
                excluded.push({ subAccount: group.SubAccount, reason: `does not take ${missing.join(', ')}` });
        }
        if (chosen.length === 0)
            return invalid(`No visible message group takes ${channels.join(', ')}`, 'sub-account', hint);
    }
    return {
        ok: true,
        summary: {
            messageGroups: chosen.map((g) => ({
                subAccount: g.SubAccount,
                subAccountName: g.SubAccountName ?? null,
            })),
            messageGroupCount: chosen.length,
            ...(named.length === 0 && excluded.length > 0 ? { excludedGroups: excluded } : {}),
        },
    };
}
const covers = (have, want) => want.every((item) => (have ?? []).includes(item));
export const SIGNATURE_GATE = {
    name: 'signature',
    action: 'ApplySmsSignatureV2',
    // The digest alone is the consent here (reference §4.3); nothing more to check before the network.
    authorise: () => undefined,
    async prepare(client, request) {
        try {
            // The bracket rule and every field rule first: a bad flag needs no query. Default-all groups are
            // only known after the query; a stand-in checks the rest of the body.
            const named = [...new Set(request.subAccounts ?? [])];
            await agentV2Params(AGENT_V2_ACTIONS.applySmsSignatureV2, draftBody(request, named.length > 0 ? named : ['(every visible group)']));
        }
        catch (error) {
            return failureOf(error, 'check');
        }
        const [qualification, groups] = await Promise.all([
            checkQualification(client, request.qualificationId, request.purpose),
            chooseGroups(client, request),
        ]);
        if (qualification !== undefined)
            return qualification;
        if (!groups.ok)
            return groups;
        const body = draftBody(request, groups.summary.messageGroups.map((g) => g.subAccount));
        return { canonical: { ...body }, summary: { body, ...groups.summary }, write: body };
    },
    write: (client, body) => client.applySmsSignatureV2(body),
    // §2.4: exactly one listed signature with this text, not rejected, covering the groups and channels,
    // with the same qualification and purpose.
    async reconcile(client, body) {
        const item = await theOneListed((page) => client.listSignatures({ signature: body.content, subAccounts: body.subAccounts, ...page }), (s) => s.Signature === body.content);
        if (item === undefined || !isNotRejected(item.Status))
            return undefined;
        const identification = item.IdentificationId ?? item.IdentificationID;
        if (!covers(item.SubAccounts, body.subAccounts) || !covers(item.ChannelTypes, body.channelTypes))
            return undefined;
        if (String(identification) !== String(body.signatureIdentificationID))
            return undefined;
        if (item.Purpose !== undefined && String(item.Purpose) !== String(body.purpose))
            return undefined;
        return {
            Signature: item.Signature,
            Status: item.Status,
            SubAccounts: item.SubAccounts,
            ChannelTypes: item.ChannelTypes,
        };
    },
    reconcileCommand: (body) => `volc-sms list-signatures --signature ${body.content} ${body.subAccounts.map((g) => `--sub-account ${g}`).join(' ')}`,
    fieldWords: FIELD_WORDS,
};
export const { preview: previewSignature, submit: submitSignature } = gateCalls(SIGNATURE_GATE);
