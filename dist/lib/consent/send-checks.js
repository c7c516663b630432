import { checkGroupDetail, checkSignature } from "./resource-checks.js";
import { checkTemplateListed, secondTemplateFacts } from "./template-checks.js";
/**
 * The single-send pre-checks (reference §4.2 and §5.3, "the single-send gate is minimal"), run by the
 * preview and again by the submit: the four queries of the skill. GetSubAccountDetail: the group's status
 * is 1. ListSignatureForAgent: the signature is approved (3/5), not `usable:false`, bound to the group.
 * ListSmsTemplateForAgent: the template is approved for that signature and group. ListSecondTemplate:
 * the content and variables the digest covers, so a template edited between preview and submit, or a
 * group that stopped being usable, never sends.
 */
export async function runSendChecks(client, send) {
    // All four at once (one round trip of waiting); the first failure in the order a human would fix them.
    const [group, signature, listed, second] = await Promise.all([
        checkGroupDetail(client, send.subAccount),
        checkSignature(client, send.signature, send.subAccount),
        checkTemplateListed(client, send.templateId, send.signature, send.subAccount),
        secondTemplateFacts(client, send.templateId, send.signature, send.subAccount),
    ]);
    const failed = group ?? [signature, listed, second].find((c) => !c.ok);
    if (failed !== undefined)
        return failed;
    const { content, variableNames } = second.value;
    return { ok: true, template: { content, variableNames } };
}
