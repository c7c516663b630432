import { businessErrors } from '../business-error.ts';
import { acceptSend } from './accept-send.ts';
import { validateParams, type ActionContext } from './action-context.ts';
import { SendBatchSmsBodySchema, SendSmsBodySchema } from './classic-schemas.ts';

/**
 * SendSms (2020-01-01) and SendBatchSms (2021-01-01), reference §3.1–3.2: the same rules as the agent
 * send, answered `{MessageID: [...]}` in number order. Wrong field types answer RE:0009, the send API's
 * "request parameter error".
 */

export function sendSms(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(SendSmsBodySchema, params, businessErrors.parameter);
  const numbers = body.PhoneNumbers.split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const ids = acceptSend(
    {
      api: 'classic',
      subAccount: body.SmsAccount,
      signature: body.Sign,
      templateId: body.TemplateID,
      recipients: numbers.map((mobile) => ({ mobile, templateParam: body.TemplateParam })),
      fields: { mobiles: 'PhoneNumbers', templateParam: 'TemplateParam' },
    },
    context,
  );
  return { MessageID: ids };
}

export function sendBatchSms(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(SendBatchSmsBodySchema, params, businessErrors.parameter);
  const ids = acceptSend(
    {
      api: 'classic',
      subAccount: body.SmsAccount,
      signature: body.Sign,
      templateId: body.TemplateID,
      recipients: body.Messages.map((m) => ({ mobile: m.PhoneNumber, templateParam: m.TemplateParam })),
      fields: { mobiles: 'Messages', templateParam: 'Messages[].TemplateParam' },
    },
    context,
  );
  return { MessageID: ids };
}
