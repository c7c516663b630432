import { AGENT_V2_ACTIONS } from "../agent-v2/actions.js";
import { agentV2Params } from "../agent-v2/run.js";
import { sha256Hex } from "../signing/sign.js";
import { templateVariables } from "../sending/template.js";
import { gateCalls } from "./gate.js";
import { failureOf } from "./gate-failure.js";
import { checkSignature, isNotRejected, theOneListed } from "./resource-checks.js";
import { normalizeSignature } from "./send-request.js";
const FIELD_WORDS = {
    content: 'the content',
    channelType: 'the channel type',
    name: 'the name',
    signatures: 'the signatures',
    subAccounts: 'the message groups',
    templateParams: 'the variables',
};
function templateBody(request) {
    const signatures = (request.signatures ?? []).map((text) => {
        const normalized = normalizeSignature(text);
        return 'value' in normalized ? normalized.value : text;
    });
    const names = request.templateParams ?? templateVariables(request.content ?? '');
    const optional = {
        project: request.project,
        desc: request.description,
        shortUrlConfig: request.shortUrlConfig,
    };
    return {
        content: request.content,
        channelType: request.channelType,
        area: 'cn',
        name: request.name,
        signatures: [...new Set(signatures)],
        subAccounts: [...new Set(request.subAccounts ?? [])],
        templateParams: [...new Set(names)].map((name) => ({ name })),
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
}
export const TEMPLATE_GATE = {
    name: 'template',
    action: 'ApplySmsTemplateV2',
    authorise: () => undefined,
    async prepare(client, request) {
        const body = templateBody(request);
        try {
            await agentV2Params(AGENT_V2_ACTIONS.applySmsTemplateV2, body);
        }
        catch (error) {
            return failureOf(error, 'check');
        }
        const checks = await Promise.all(body.signatures.map((signature) => checkSignature(client, signature, body.subAccounts, { strict: true, channel: body.channelType })));
        const failed = checks.find((c) => !c.ok);
        if (failed !== undefined && !failed.ok)
            return failed;
        const { content, ...rest } = body;
        const summary = {
            ...rest,
            content_length: [...content].length,
            content_sha256: sha256Hex(content),
        };
        return { canonical: { ...body }, summary, write: body };
    },
    write: (client, body) => client.applySmsTemplateV2(body),
    // §2.5: exactly one listed template of this name, not rejected, with this exact content and channel.
    async reconcile(client, body) {
        const item = await theOneListed((page) => client.listTemplates({ subAccounts: body.subAccounts, signatures: body.signatures, ...page }), (t) => (t.TemplateName ?? t.Name) === body.name &&
            isNotRejected(t.Status) &&
            t.Content === body.content &&
            (t.ChannelType === undefined || t.ChannelType === body.channelType));
        if (item === undefined)
            return undefined;
        return {
            TemplateId: item.TemplateId,
            TemplateName: item.TemplateName ?? item.Name,
            Status: item.Status,
            ContentSha256: sha256Hex(body.content),
        };
    },
    reconcileCommand: (body) => `volc-sms list-templates ${body.subAccounts.map((g) => `--sub-account ${g}`).join(' ')} ${body.signatures.map((s) => `--signature ${s}`).join(' ')}`,
    fieldWords: FIELD_WORDS,
};
export const { preview: previewTemplate, submit: submitTemplate } = gateCalls(TEMPLATE_GATE);
