import { sha256Hex } from "../signing/sign.js";
import { isVerificationTemplate } from "../sending/delivery-plan.js";
import { checkGroupListed, checkQualification, checkSignature, invalid } from "./resource-checks.js";
import { checkTemplateListed, secondTemplateFacts } from "./template-checks.js";
export async function runBatchChecks(client, target) {
    const { subAccount, signature, templateId } = target;
    const [group, signed, listed, second] = await Promise.all([
        checkGroupListed(client, subAccount),
        checkSignature(client, signature, subAccount, { strict: true }),
        checkTemplateListed(client, templateId, signature, subAccount, true),
        secondTemplateFacts(client, templateId, signature, subAccount),
    ]);
    for (const check of [group, signed, listed, second])
        if (!check.ok)
            return check;
    const facts = second.value;
    const signatureItem = signed.value;
    const identification = signatureItem.IdentificationId ?? signatureItem.IdentificationID;
    if (typeof identification === 'number' || typeof identification === 'string') {
        const qualification = await checkQualification(client, Number(identification));
        if (qualification !== undefined)
            return qualification;
    }
    const hint = 'Batch tasks take notification (CN_NTC) and marketing (CN_MKT) templates only; send codes one by one.';
    if (isVerificationTemplate(facts) || facts.channelType === 'CN_OTP') {
        return invalid(`Template ${templateId} is a verification template (or reads like one); batch tasks never send codes`, 'template-id', hint);
    }
    if (facts.channelType !== 'CN_NTC' && facts.channelType !== 'CN_MKT') {
        return invalid(`Template ${templateId} has channel type ${facts.channelType}`, 'template-id', hint);
    }
    const channel = facts.channelType;
    const groupChannels = group.value.ChannelTypes;
    if (groupChannels !== undefined && groupChannels.length > 0 && !groupChannels.includes(channel))
        return invalid(`Message group ${subAccount} does not take ${channel}`, 'sub-account', hint);
    const signatureChannels = signatureItem.ChannelTypes;
    if (Array.isArray(signatureChannels) &&
        signatureChannels.length > 0 &&
        !signatureChannels.includes(channel))
        return invalid(`Signature "${signature}" does not take ${channel}`, 'signature', hint);
    return {
        ok: true,
        template: {
            templateName: facts.name ?? templateId,
            channelType: channel,
            variableNames: facts.variableNames,
            contentSha256: sha256Hex(facts.content),
        },
    };
}
