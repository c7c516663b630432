import { sha256Hex } from '../signing/sign.ts';
import { isVerificationTemplate } from '../sending/delivery-plan.ts';
import type { SmsClient } from '../types.ts';
import type { GateFailure } from './gate-failure.ts';
import { checkGroupListed, checkQualification, checkSignature, invalid } from './resource-checks.ts';
import { checkTemplateListed, secondTemplateFacts } from './template-checks.ts';

/**
 * The batch resource checks (reference §3.1 step 2), run by `batch-create` before the upload and by the
 * launch gate before the preview and again before the consent: the group is listed; the signature is
 * approved, usable and bound to the group itself (`*` does not count), with its qualification approved
 * when it names one; the template is approved for both, its V2 detail gives content, variables and
 * channel; the channel is notification or marketing (never verification, nor verification-like content)
 * and taken by the signature and the group where they list channels.
 */

export interface BatchTarget {
  subAccount: string;
  signature: string;
  templateId: string;
}

export interface BatchTemplateFacts {
  templateName: string;
  channelType: 'CN_NTC' | 'CN_MKT';
  /** The CSV header after `phone`, in template-parameter order. */
  variableNames: string[];
  /** SHA-256 of the content without its `【signature】` prefix. */
  contentSha256: string;
}

export async function runBatchChecks(
  client: SmsClient,
  target: BatchTarget,
): Promise<{ ok: true; template: BatchTemplateFacts } | GateFailure> {
  const { subAccount, signature, templateId } = target;
  const [group, signed, listed, second] = await Promise.all([
    checkGroupListed(client, subAccount),
    checkSignature(client, signature, subAccount, { strict: true }),
    checkTemplateListed(client, templateId, signature, subAccount, true),
    secondTemplateFacts(client, templateId, signature, subAccount),
  ]);
  for (const check of [group, signed, listed, second]) if (!check.ok) return check;
  const facts = (second as Extract<typeof second, { ok: true }>).value;
  const signatureItem = (signed as Extract<typeof signed, { ok: true }>).value as Record<string, unknown>;
  const identification = signatureItem.IdentificationId ?? signatureItem.IdentificationID;
  if (typeof identification === 'number' || typeof identification === 'string') {
    const qualification = await checkQualification(client, Number(identification));
    if (qualification !== undefined) return qualification;
  }
  const hint =
    'Batch tasks take notification (CN_NTC) and marketing (CN_MKT) templates only; send codes one by one.';
  if (isVerificationTemplate(facts) || facts.channelType === 'CN_OTP') {
    return invalid(
      `Template ${templateId} is a verification template (or reads like one); batch tasks never send codes`,
      'template-id',
      hint,
    );
  }
  if (facts.channelType !== 'CN_NTC' && facts.channelType !== 'CN_MKT') {
    return invalid(`Template ${templateId} has channel type ${facts.channelType}`, 'template-id', hint);
  }
  const channel = facts.channelType;
  const groupChannels = (group as Extract<typeof group, { ok: true }>).value.ChannelTypes;
  if (groupChannels !== undefined && groupChannels.length > 0 && !groupChannels.includes(channel))
    return invalid(`Message group ${subAccount} does not take ${channel}`, 'sub-account', hint);
  const signatureChannels = signatureItem.ChannelTypes;
  if (
    Array.isArray(signatureChannels) &&
    signatureChannels.length > 0 &&
    !signatureChannels.includes(channel)
  )
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
