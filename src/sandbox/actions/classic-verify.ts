import { templateVariables } from '../../core/index.ts';
import { businessErrors } from '../business-error.ts';
import { normaliseMobile } from '../phone-numbers.ts';
import { VerifyCodeTable } from '../verify-codes.ts';
import { acceptSend } from './accept-send.ts';
import { requireActivated, validateParams, type ActionContext } from './action-context.ts';
import {
  CheckSmsVerifyCodeBodySchema,
  ConversionBodySchema,
  SendSmsVerifyCodeBodySchema,
} from './classic-schemas.ts';

/**
 * SendSmsVerifyCode, CheckSmsVerifyCode and Conversion (2020-01-01). The sandbox generates the code and
 * sends it through the ordinary send rules (send log, inbox, receipt, stats); the check follows the
 * service: `Result` "0" valid (the code is then used up), "1" wrong (one try used), "2" expired, out of
 * tries, used, or never sent.
 */

const OTP_CHANNELS = new Set(['CN_OTP', 'I18N_OTP']);

export function sendSmsVerifyCode(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(SendSmsVerifyCodeBodySchema, params, businessErrors.parameter);
  requireActivated(context);
  const template = context.store.findTemplate(body.TemplateID);
  // The service fills in the code itself, so the template must be a verification one taking only it.
  if (template && !OTP_CHANNELS.has(template.channelType)) {
    throw businessErrors.template(
      `template ${template.id} is a ${template.channelType} template; SendSmsVerifyCode takes a CN_OTP one.`,
    );
  }
  if (template && templateVariables(template.content).join() !== 'code') {
    throw businessErrors.template(
      `template ${template.id} must take exactly one variable, \${code}, for SendSmsVerifyCode.`,
    );
  }
  const code = VerifyCodeTable.generate(body.CodeType);
  const [messageId] = acceptSend(
    {
      api: 'classic',
      subAccount: body.SmsAccount,
      signature: body.Sign,
      templateId: body.TemplateID,
      recipients: [{ mobile: body.PhoneNumber, templateParam: JSON.stringify({ code }) }],
      fields: { mobiles: 'PhoneNumber', templateParam: 'TemplateID' },
    },
    context,
  ) as [string];
  context.services.verifyCodes.remember({
    subAccount: body.SmsAccount,
    // acceptSend refused a number it cannot normalise, so this is never null here.
    mobile: normaliseMobile(body.PhoneNumber) as string,
    scene: body.Scene,
    code,
    messageId,
    sentAt: context.nowMs,
    expiresAt: context.nowMs + body.ExpireTime * 1000,
    triesLeft: body.TryCount,
    usedAt: null,
  });
  return { MessageID: [messageId] };
}

export function checkSmsVerifyCode(params: Record<string, unknown>, context: ActionContext): string {
  const body = validateParams(CheckSmsVerifyCodeBodySchema, params, businessErrors.parameter);
  requireActivated(context);
  const group = context.store.findSubAccount(body.SmsAccount);
  if (!group || group.status !== 'approved') throw businessErrors.unknownSubAccount();
  const mobile = normaliseMobile(body.PhoneNumber);
  if (!mobile) throw businessErrors.phone('PhoneNumber is not a mobile number.');
  return context.services.verifyCodes.check(
    { subAccount: group.id, mobile, scene: body.Scene, code: body.Code },
    context.nowMs,
  );
}

export function conversion(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(ConversionBodySchema, params, businessErrors.parameter);
  requireActivated(context);
  // All or nothing, like a send: an id that is no message of this account names its position.
  body.MessageIDs.forEach((messageId, index) => {
    if (context.store.inbox.seqOf(messageId) === undefined)
      throw businessErrors.parameter(`MessageIDs[${index}] is no message of this account.`);
  });
  for (const messageId of body.MessageIDs)
    context.services.verifyCodes.convert(messageId, body.Type, context.nowMs);
  return {};
}
