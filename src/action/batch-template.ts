import { SmsInputError, describeTemplate, isVerificationTemplate } from '../core/index.ts';
import type { SmsClient, TemplateFacts, TemplateRef } from '../core/index.ts';

/** What a batch task needs of its template: the core's facts, with a channel the batch engine takes. */
export type BatchTemplate = TemplateFacts & { channelType: 'CN_NTC' | 'CN_MKT' };

/**
 * The template as the group and signature see it (the core's describeTemplate). The batch engine takes
 * notification and marketing templates only: a verification template (by channel or by its text) is
 * refused here, before anything is uploaded, naming `template-id`.
 */
export async function batchTemplate(
  client: Pick<SmsClient, 'listTemplates'>,
  ref: TemplateRef,
): Promise<BatchTemplate> {
  const template = await describeTemplate(client, ref);
  const channel = template.channelType;
  if (isVerificationTemplate(template) || (channel !== 'CN_NTC' && channel !== 'CN_MKT')) {
    const kind = isVerificationTemplate(template) ? 'verification' : `${channel ?? 'channel-less'}`;
    const message = `${ref.templateId} is a ${kind} template; batch tasks send notification (CN_NTC) and marketing (CN_MKT) templates only`;
    throw new SmsInputError(`Invalid input template-id: ${message}`, [{ field: 'template-id', message }], {
      hint: 'Send verification codes with mode: send as direct requests, or pick a notification template.',
    });
  }
  return { ...template, channelType: channel };
}
