import { maskPhone, renderTemplate, templateVariables } from '../../core/index.ts';
import { randomUUID } from 'node:crypto';
import { businessErrors } from '../business-error.ts';
import { planDelivery } from '../delivery.ts';
import { normaliseMobile } from '../phone-numbers.ts';
import type { MessageRow, TemplateRow } from '../store-tables.ts';
import { segmentCount } from '../segments.ts';
import type { ActionContext } from './action-context.ts';

/**
 * The send rules shared by SendSmsForAgent, SendSms and SendBatchSms, checked in the order the real
 * service reports them (account, group, signature, template, numbers, parameters). Either every message
 * of the request is recorded, or none is and the request fails with the rule's code.
 */

const MAX_RECIPIENTS = 200;

export interface SendRequest {
  api: 'agent' | 'classic';
  subAccount: string;
  signature: string;
  templateId: string;
  recipients: ReadonlyArray<{ mobile: string; templateParam: string | undefined }>;
  /** Wire names of the fields, so messages name what the caller actually sent. */
  fields: { mobiles: string; templateParam: string };
}

/** One template parameter for every number of a comma-separated list (`Mobiles`, `PhoneNumbers`). */
export function sameParamFor(numbers: string, templateParam: string | undefined): SendRequest['recipients'] {
  return numbers
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((mobile) => ({ mobile, templateParam }));
}

const APPROVED_SIGNATURE = new Set([3, 5]);
const REVIEW_STATUS: Record<number, string> = {
  1: 'under review',
  2: 'rejected',
  4: 'closed',
  5: 'exempted',
};

export function acceptSend(request: SendRequest, context: ActionContext): string[] {
  const { store } = context;
  const account = store.getAccount();
  if (!account.activated) throw businessErrors.notActivated();
  if (account.inArrears) throw businessErrors.arrears();

  const count = request.recipients.length;
  if (count === 0)
    throw businessErrors.parameter(`${request.fields.mobiles} is empty: give at least one number.`);
  if (count > MAX_RECIPIENTS) {
    throw businessErrors.parameter(
      `${request.fields.mobiles} has ${count} numbers; at most ${MAX_RECIPIENTS} per request.`,
    );
  }

  const group = store.findSubAccount(request.subAccount);
  if (!group || group.status !== 'approved') throw businessErrors.unknownSubAccount();

  const signature = store.findSignature(request.signature);
  if (!signature)
    throw businessErrors.signature(`signature "${request.signature}" does not exist (give it without 【】).`);
  if (!APPROVED_SIGNATURE.has(signature.status)) {
    throw businessErrors.signature(
      `signature "${request.signature}" is not approved (${REVIEW_STATUS[signature.status] ?? `status ${signature.status}`}).`,
    );
  }
  if (!signature.subAccounts.includes(group.id)) {
    throw businessErrors.signature(
      `signature "${request.signature}" is not available in message group ${group.id}.`,
    );
  }

  const template = store.findTemplate(request.templateId);
  if (!template) throw businessErrors.template(`template ${request.templateId} does not exist.`);
  if (template.status !== 3) {
    throw businessErrors.template(
      `template ${template.id} is not approved (${REVIEW_STATUS[template.status] ?? `status ${template.status}`}).`,
    );
  }
  if (!template.subAccounts.includes(group.id)) {
    throw businessErrors.template(`template ${template.id} is not available in message group ${group.id}.`);
  }
  if (!template.signatures.includes(signature.text)) {
    throw businessErrors.template(
      `template ${template.id} cannot be used with signature "${signature.text}".`,
    );
  }
  if (signature.extra.channelTypes && !signature.extra.channelTypes.includes(template.channelType)) {
    throw businessErrors.signature(
      `signature "${signature.text}" was not approved for ${template.channelType} messages.`,
    );
  }
  if (!group.channelTypes.includes(template.channelType)) {
    throw businessErrors.channelNotEnabled(
      `message group ${group.id} does not send ${template.channelType}.`,
    );
  }

  const mobiles = request.recipients.map((recipient, index) => {
    const mobile = normaliseMobile(recipient.mobile);
    if (!mobile) {
      throw businessErrors.phone(
        `${request.fields.mobiles} number ${index + 1} (${maskPhone(recipient.mobile.trim())}) is not valid: use 11 mainland digits (optionally +86) or +country code and number.`,
      );
    }
    return mobile;
  });

  const texts = request.recipients.map((recipient) =>
    renderTemplate(
      template.content,
      templateParams(recipient.templateParam, template, request.fields.templateParam),
    ),
  );

  const sendTimeMs = context.nowMs;
  const rows: MessageRow[] = mobiles.map((mobile, index) => {
    const content = texts[index] as string;
    return {
      messageId: randomUUID(),
      api: request.api,
      requestId: context.requestId,
      subAccount: group.id,
      signature: signature.text,
      templateId: template.id,
      channelType: template.channelType,
      mobile,
      content,
      segments: segmentCount(`【${signature.text}】${content}`),
      sendTimeMs,
      ...planDelivery(mobile, context.deliveryRules, sendTimeMs, context.receiptDelayMs),
    };
  });
  store.insertMessages(rows);
  return rows.map((row) => row.messageId);
}

/** TemplateParam is a JSON string of an object whose keys are exactly the template's variables. */
function templateParams(
  raw: string | undefined,
  template: TemplateRow,
  field: string,
): Record<string, string> {
  const variables = templateVariables(template.content);
  let values: Record<string, string> = {};
  if (raw !== undefined && raw.trim() !== '') {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw businessErrors.invalidJson(`${field} is not valid JSON (${(error as Error).message}).`);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      throw businessErrors.parameter(`${field} must be a JSON object such as {"code":"1234"}.`);
    }
    values = {};
    for (const [name, value] of Object.entries(json)) {
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw businessErrors.parameter(`${field} value of "${name}" must be a string.`);
      }
      values[name] = String(value);
    }
  }
  const missing = variables.filter((name) => !Object.hasOwn(values, name));
  const extra = Object.keys(values).filter((name) => !variables.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    const parts: string[] = [];
    if (missing.length) parts.push(`missing ${missing.map((n) => `"${n}"`).join(', ')}`);
    if (extra.length) parts.push(`unexpected ${extra.map((n) => `"${n}"`).join(', ')}`);
    const expected = variables.length ? variables.join(', ') : 'no variables';
    throw businessErrors.parameter(
      `${field} does not match template ${template.id} (${parts.join('; ')}); it takes ${expected}.`,
    );
  }
  return values;
}
