import {
  SmsInputError,
  type InputIssue,
  type Signature,
  type SubAccount,
  type Template,
} from '../core/index.ts';
import type { SmsCatalog } from './sms-catalog.ts';
import { isUsable, statusWord } from './sms-catalog.ts';

/**
 * Which template, signature and message group a send (direct or batch) goes out with: the template must be
 * approved, and signature, group and template must belong together. Whatever the user left out
 * (signature, group) is filled in when exactly one choice fits, so the common case stays short.
 */

export interface TargetRequest {
  templateId: string;
  signature?: string | undefined;
  subAccount?: string | undefined;
}

export interface SendTarget {
  template: Template;
  signature: string;
  subAccount: string;
}

/**
 * Resolves the target, adding what is wrong to `issues`; `checkTemplate` adds its own issues about the
 * template (its variables) before the signature's and group's, in the order a person fixes them.
 * @throws SmsInputError with every issue found
 */
export async function resolveSendTarget(
  request: TargetRequest,
  catalog: SmsCatalog,
  issues: InputIssue[],
  checkTemplate: (template: Template) => void = () => {},
): Promise<SendTarget> {
  const [templates, signatures, subAccounts] = await Promise.all([
    catalog.templates(),
    catalog.signatures(),
    catalog.subAccounts(),
  ]);
  const template = templates.find((t) => t.TemplateId === request.templateId);
  if (template === undefined) {
    issues.push({
      field: 'template',
      message: `${request.templateId} is not an approved template of this account (unknown, or not approved yet); see /sms templates`,
    });
    throw inputError(issues);
  }
  if (!isUsable(template)) {
    issues.push({
      field: 'template',
      message: `${template.TemplateId} is ${statusWord(template.Status)} and cannot be sent yet`,
    });
  }
  checkTemplate(template);
  const templateSignatures =
    template.Signatures ?? (template.Signature === undefined ? undefined : [template.Signature]);
  const signature = pickSignature(
    request.signature,
    templateSignatures,
    signatures,
    template.TemplateId,
    issues,
  );
  const signatureRecord = signatures.find((s) => s.Signature === signature);
  const subAccount = pickSubAccount(
    request.subAccount,
    template.SubAccounts ?? undefined,
    signatureRecord?.SubAccounts ?? undefined,
    subAccounts.map((s: SubAccount) => s.SubAccount),
    { templateId: template.TemplateId, signature },
    issues,
  );
  if (issues.length > 0 || signature === undefined || subAccount === undefined) throw inputError(issues);
  return { template, signature, subAccount };
}

export function inputError(issues: InputIssue[]): SmsInputError {
  return new SmsInputError(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues, {
    hint: 'Fix the named part and run the command again; nothing was sent.',
  });
}

function pickSignature(
  requested: string | undefined,
  templateSignatures: readonly string[] | undefined,
  signatures: readonly Signature[],
  templateId: string,
  issues: InputIssue[],
): string | undefined {
  const usable = (name: string) => {
    const record = signatures.find((s) => s.Signature === name);
    return record !== undefined && isUsable(record);
  };
  if (requested !== undefined) {
    const name = requested.replace(/^[【[［]|[】\]］]$/g, '');
    const record = signatures.find((s) => s.Signature === name);
    if (record === undefined)
      issues.push({
        field: 'signature',
        message: `${name} is not an approved signature of this account (unknown, or not approved yet); see /sms signatures`,
      });
    else if (!isUsable(record))
      issues.push({
        field: 'signature',
        message: `${name} is ${statusWord(record.Status)} and cannot be used yet`,
      });
    else if (templateSignatures !== undefined && !templateSignatures.includes(name)) {
      issues.push({
        field: 'signature',
        message: `${templateId} cannot be sent with ${name}; it allows ${templateSignatures.join(', ')}`,
      });
    }
    return name;
  }
  const candidates = (templateSignatures ?? signatures.map((s) => s.Signature)).filter(usable);
  if (candidates.length === 1) return candidates[0];
  issues.push({
    field: 'signature',
    message:
      candidates.length === 0
        ? `${templateId} has no approved signature to send with`
        : `${templateId} can be sent with ${candidates.join(' or ')}; choose one with signature=<name>`,
  });
  return undefined;
}

function pickSubAccount(
  requested: string | undefined,
  templateGroups: readonly string[] | undefined,
  signatureGroups: readonly string[] | undefined,
  listed: readonly string[],
  names: { templateId: string; signature: string | undefined },
  issues: InputIssue[],
): string | undefined {
  const fits = (group: string) =>
    listed.includes(group) &&
    (templateGroups === undefined || templateGroups.includes(group)) &&
    (signatureGroups === undefined || signatureGroups.includes(group));
  if (requested !== undefined) {
    if (!listed.includes(requested)) {
      issues.push({
        field: 'group',
        message: `${requested} is not an approved message group of this account; see /sms groups`,
      });
    } else if (templateGroups !== undefined && !templateGroups.includes(requested)) {
      issues.push({
        field: 'group',
        message: `${names.templateId} does not belong to message group ${requested} (it is in ${templateGroups.join(', ')})`,
      });
    } else if (
      signatureGroups !== undefined &&
      !signatureGroups.includes(requested) &&
      names.signature !== undefined
    ) {
      issues.push({
        field: 'group',
        message: `signature ${names.signature} is not bound to message group ${requested}`,
      });
    }
    return requested;
  }
  const candidates = (templateGroups ?? listed).filter(fits);
  if (candidates.length === 1) return candidates[0];
  issues.push({
    field: 'group',
    message:
      candidates.length === 0
        ? `no approved message group has both ${names.templateId} and signature ${names.signature ?? '(none)'}`
        : `${names.templateId} is in several message groups (${candidates.join(', ')}); choose one with group=<id>`,
  });
  return undefined;
}
