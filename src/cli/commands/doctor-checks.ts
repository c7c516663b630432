import type { Signature, SubAccount, Template } from '../../core/index.ts';
import { reviewStatus } from '../output/format.ts';
import { templateParamNames, templateSignatures } from './list-sms-template.ts';

/**
 * Which message group + signature + template triples can be sent together: the signature must be
 * approved and bound to the group, the template approved and made for that signature and group
 * (the skill's "signature and sub-account matching" and "template and signature matching" notes).
 */
export interface UsableCombination {
  SubAccount: string;
  SubAccountName: string | null;
  Signature: string;
  TemplateId: string;
  ChannelType: string | null;
  Params: string[];
}

const APPROVED = new Set(['3', '5']);
// The agent list actions return only approved items; a status, when present, is still honoured.
export const isApproved = (status: string | number | undefined) =>
  status === undefined || APPROVED.has(String(status));

export function usableCombinations(
  groups: readonly SubAccount[],
  signatures: readonly Signature[],
  templates: readonly Template[],
): { usable: UsableCombination[]; warnings: string[] } {
  const groupNames = new Map(groups.map((g) => [g.SubAccount, g.SubAccountName ?? null]));
  const signatureGroups = new Map(
    signatures.filter((s) => isApproved(s.Status)).map((s) => [s.Signature, new Set(s.SubAccounts ?? [])]),
  );
  const usable: UsableCombination[] = [];
  const warnings: string[] = [];

  for (const signature of signatures) {
    if (!isApproved(signature.Status)) {
      warnings.push(
        `Signature ${signature.Signature} is ${reviewStatus(signature.Status)}, so it cannot be used (yet).`,
      );
      continue;
    }
    const bound = (signature.SubAccounts ?? []).filter((id) => groupNames.has(id));
    if (bound.length === 0)
      warnings.push(`Signature ${signature.Signature} is bound to no listed message group.`);
  }
  for (const template of templates) {
    if (!isApproved(template.Status)) {
      warnings.push(
        `Template ${template.TemplateId} is ${reviewStatus(template.Status)}, so it cannot be used (yet).`,
      );
      continue;
    }
    const before = usable.length;
    const names = templateSignatures(template);
    for (const name of names) {
      const bound = signatureGroups.get(name);
      if (bound === undefined) {
        warnings.push(
          `Template ${template.TemplateId} names signature ${name}, which is not approved or not listed.`,
        );
        continue;
      }
      const candidates = template.SubAccounts ?? [...bound];
      for (const group of candidates) {
        if (!bound.has(group) || !groupNames.has(group)) continue;
        usable.push({
          SubAccount: group,
          SubAccountName: groupNames.get(group) ?? null,
          Signature: name,
          TemplateId: template.TemplateId,
          ChannelType: template.ChannelType ?? null,
          Params: templateParamNames(template),
        });
      }
    }
    if (usable.length === before) {
      warnings.push(
        names.length === 0
          ? `Template ${template.TemplateId} lists no signature, so it cannot be matched.`
          : `Template ${template.TemplateId} has no approved signature bound to one of its message groups.`,
      );
    }
  }
  for (const [id, name] of groupNames) {
    if (!usable.some((c) => c.SubAccount === id)) {
      warnings.push(
        `Message group ${id}${name ? ` (${name})` : ''} has no usable signature + template pair.`,
      );
    }
  }
  return { usable, warnings };
}
