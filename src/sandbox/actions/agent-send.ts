import { acceptSend } from './accept-send.ts';
import { validateParams, type ActionContext } from './action-context.ts';

/** SendSmsForAgent (reference §3.8): comma-separated `Mobiles`, one shared `TemplateParam`. */
export function sendSmsForAgent(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(context.schemas.SendSmsForAgentBodySchema, params);
  const mobiles = body.Mobiles.split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  const messageIds = acceptSend(
    {
      api: 'agent',
      subAccount: body.SubAccount,
      signature: body.Signature,
      templateId: body.TemplateId,
      recipients: mobiles.map((mobile) => ({ mobile, templateParam: body.TemplateParam })),
      fields: { mobiles: 'Mobiles', templateParam: 'TemplateParam' },
    },
    context,
  );
  return { MessageIds: messageIds };
}
