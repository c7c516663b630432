import { acceptSend, sameParamFor } from './accept-send.ts';
import { validateParams, type ActionContext } from './action-context.ts';

/** SendSmsForAgent (reference §3.8): comma-separated `Mobiles`, one shared `TemplateParam`. */
export function sendSmsForAgent(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(context.schemas.SendSmsForAgentBodySchema, params);
  const recipients = sameParamFor(body.Mobiles, body.TemplateParam);
  const send = { subAccount: body.SubAccount, signature: body.Signature, templateId: body.TemplateId };
  const fields = { mobiles: 'Mobiles', templateParam: 'TemplateParam' };
  return { MessageIds: acceptSend({ api: 'agent', ...send, recipients, fields }, context) };
}
