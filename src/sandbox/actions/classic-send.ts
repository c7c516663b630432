import { businessErrors } from '../business-error.ts';
import { acceptSend, sameParamFor, type SendRequest } from './accept-send.ts';
import { validateParams, type ActionContext } from './action-context.ts';
import { SendBatchSmsBodySchema, SendSmsBodySchema } from './classic-schemas.ts';

/**
 * SendSms (2020-01-01) and SendBatchSms (2021-01-01), reference §3.1–3.2: the same rules as the agent
 * send, answered `{MessageID: [...]}` in number order. Wrong field types answer RE:0009, the send API's
 * "request parameter error".
 */

type ClassicSend = { SmsAccount: string; Sign: string; TemplateID: string };

function classicSend(
  body: ClassicSend,
  recipients: SendRequest['recipients'],
  fields: SendRequest['fields'],
  context: ActionContext,
) {
  const send = { subAccount: body.SmsAccount, signature: body.Sign, templateId: body.TemplateID };
  return { MessageID: acceptSend({ api: 'classic', ...send, recipients, fields }, context) };
}

export function sendSms(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(SendSmsBodySchema, params, businessErrors.parameter);
  const recipients = sameParamFor(body.PhoneNumbers, body.TemplateParam);
  return classicSend(body, recipients, { mobiles: 'PhoneNumbers', templateParam: 'TemplateParam' }, context);
}

export function sendBatchSms(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(SendBatchSmsBodySchema, params, businessErrors.parameter);
  const recipients = body.Messages.map((m) => ({ mobile: m.PhoneNumber, templateParam: m.TemplateParam }));
  const fields = { mobiles: 'Messages', templateParam: 'Messages[].TemplateParam' };
  return classicSend(body, recipients, fields, context);
}
