import {
  SmsInputError,
  maskPhone,
  normalizePhone,
  templateVariables,
  type InputIssue,
  type SmsClient,
} from '../core/index.ts';
import { displayedText } from './displayed-text.ts';
import type { SmsCatalog } from './sms-catalog.ts';
import { isUsable, statusWord } from './sms-catalog.ts';

/**
 * Checks a `/sms send` completely before anything is shown for confirmation: numbers, the template and its
 * variables, and that signature, message group and template belong together. Whatever the user left out
 * (signature, group) is filled in when exactly one choice fits, so the common case stays short.
 */

export interface SendRequest {
  recipients: readonly string[];
  templateId: string;
  signature?: string | undefined;
  subAccount?: string | undefined;
  params: Readonly<Record<string, string>>;
}

export interface PreparedSend {
  subAccount: string;
  signature: string;
  templateId: string;
  params: Record<string, string>;
  /** Normalised, unique, in the order given. Server-side only. */
  mobiles: string[];
  masked: string[];
  /** Recipient-group names used. */
  groups: string[];
  /** What the phone will show, 【signature】 + the filled-in template, with a verification code masked. */
  rendered: string;
}

export async function prepareSend(
  request: SendRequest,
  deps: { catalog: SmsCatalog; sms: SmsClient; recipientGroups: Readonly<Record<string, readonly string[]>> },
): Promise<PreparedSend> {
  const issues: InputIssue[] = [];
  const { mobiles, groups } = resolveRecipients(request.recipients, deps.recipientGroups, issues);

  const [templates, signatures, subAccounts] = await Promise.all([
    deps.catalog.templates(),
    deps.catalog.signatures(),
    deps.catalog.subAccounts(),
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
  const content = template.Content ?? '';
  const needed = templateVariables(content);
  const missing = needed.filter((name) => !(name in request.params));
  const unused = Object.keys(request.params).filter((name) => !needed.includes(name));
  if (missing.length > 0) {
    issues.push({
      field: 'params',
      message: `${template.TemplateId} needs ${missing.map((name) => `${name}=…`).join(' ')} (its text: ${content})`,
    });
  }
  if (unused.length > 0) {
    issues.push({
      field: 'params',
      message: `${template.TemplateId} has no variable ${unused.join(', ')} (its text: ${content})`,
    });
  }

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
    subAccounts.map((s) => s.SubAccount),
    { templateId: template.TemplateId, signature },
    issues,
  );

  if (issues.length > 0 || signature === undefined || subAccount === undefined) throw inputError(issues);

  // The client's own checks (count limits, number formats) run too, so Slack refuses exactly what the API would.
  deps.sms.planSend({
    subAccount,
    signature,
    templateId: template.TemplateId,
    mobiles,
    templateParam: { ...request.params },
  });

  return {
    subAccount,
    signature,
    templateId: template.TemplateId,
    params: { ...request.params },
    mobiles,
    masked: mobiles.map(maskPhone),
    groups,
    rendered: `【${signature}】${displayedText(template, request.params)}`,
  };
}

function inputError(issues: InputIssue[]): SmsInputError {
  return new SmsInputError(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues, {
    hint: 'Fix the named part and run the command again; nothing was sent.',
  });
}

function resolveRecipients(
  tokens: readonly string[],
  recipientGroups: Readonly<Record<string, readonly string[]>>,
  issues: InputIssue[],
): { mobiles: string[]; groups: string[] } {
  const mobiles: string[] = [];
  const groups: string[] = [];
  const add = (mobile: string) => {
    if (!mobiles.includes(mobile)) mobiles.push(mobile);
  };
  for (const token of tokens) {
    const group = recipientGroups[token.toLowerCase()];
    if (group !== undefined) {
      groups.push(token.toLowerCase());
      for (const number of group) {
        const normalized = normalizePhone(number);
        if (normalized.ok) add(normalized.mobile);
        else
          issues.push({
            field: 'recipients',
            message: `group ${token} has an invalid number ${maskPhone(number)} (${normalized.reason})`,
          });
      }
      continue;
    }
    const normalized = normalizePhone(token);
    if (normalized.ok) {
      add(normalized.mobile);
      continue;
    }
    const known = Object.keys(recipientGroups);
    const looksLikeNumber = /^[+\d]/.test(token);
    issues.push({
      field: 'recipients',
      message: looksLikeNumber
        ? `${maskPhone(token)} is not a phone number: ${normalized.reason}`
        : `"${token}" is neither a phone number nor a recipient group${known.length > 0 ? ` (groups: ${known.join(', ')})` : ''}`,
    });
  }
  return { mobiles, groups };
}

function pickSignature(
  requested: string | undefined,
  templateSignatures: readonly string[] | undefined,
  signatures: readonly {
    Signature: string;
    Status?: number | string | undefined;
    Usable?: boolean | undefined;
  }[],
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
