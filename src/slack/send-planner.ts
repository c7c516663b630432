import {
  compareTemplateParams,
  maskPhone,
  normalizePhone,
  templateVariables,
  type InputIssue,
  type SmsClient,
  type TemplateFacts,
} from '../core/index.ts';
import { displayedText } from './displayed-text.ts';
import type { SmsCatalog } from './sms-catalog.ts';
import { resolveSendTarget } from './send-target.ts';

/**
 * Checks a `/sms send` completely before anything is shown for confirmation: numbers, the template and its
 * variables, and (send-target.ts) that signature, message group and template belong together.
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

/** A checked send, and what the engine planner needs of its template (send-engine.ts). */
export interface CheckedSend {
  send: PreparedSend;
  template: TemplateFacts;
}

export async function prepareSend(
  request: SendRequest,
  deps: { catalog: SmsCatalog; sms: SmsClient; recipientGroups: Readonly<Record<string, readonly string[]>> },
): Promise<CheckedSend> {
  const issues: InputIssue[] = [];
  const { mobiles, groups } = resolveRecipients(request.recipients, deps.recipientGroups, issues);

  const { template, signature, subAccount } = await resolveSendTarget(
    request,
    deps.catalog,
    issues,
    (template) => {
      const content = template.Content ?? '';
      const { missing, unused } = compareTemplateParams(content, request.params);
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
    },
  );

  // The client's own checks (count limits, number formats) run too, so Slack refuses exactly what the API would.
  deps.sms.planSend({
    subAccount,
    signature,
    templateId: template.TemplateId,
    mobiles,
    templateParam: { ...request.params },
  });

  const content = template.Content ?? '';
  return {
    send: {
      subAccount,
      signature,
      templateId: template.TemplateId,
      params: { ...request.params },
      mobiles,
      masked: mobiles.map(maskPhone),
      groups,
      rendered: `【${signature}】${displayedText(template, request.params)}`,
    },
    template: {
      templateId: template.TemplateId,
      name: template.TemplateName ?? template.TemplateId,
      channelType: template.ChannelType,
      content,
      variables: templateVariables(content),
    },
  };
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
