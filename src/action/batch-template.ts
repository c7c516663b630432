import { SmsInputError, templateVariables } from '../core/index.ts';
import type { SmsClient } from '../core/index.ts';

/** What a batch task needs of its template: display name, channel, and the variables of the file header. */
export interface BatchTemplate {
  templateId: string;
  name: string;
  channelType: 'CN_NTC' | 'CN_MKT';
  variables: string[];
}

const fail = (message: string, hint: string) =>
  new SmsInputError(`Invalid input template-id: ${message}`, [{ field: 'template-id', message }], { hint });

/**
 * The template as the group and signature see it (one ListSmsTemplateForAgent read). The batch engine
 * takes notification and marketing templates only: a verification template is refused here, before
 * anything is uploaded (agent-v2 reference §3.4).
 */
export async function batchTemplate(
  client: Pick<SmsClient, 'listTemplates'>,
  ref: { subAccount: string; signature: string; templateId: string },
): Promise<BatchTemplate> {
  const { result } = await client.listTemplates({
    templateId: ref.templateId,
    subAccounts: [ref.subAccount],
    signatures: [ref.signature],
    page: 1,
    pageSize: 100,
  });
  const template = result.List.find((t) => t.TemplateId === ref.templateId);
  if (!template) {
    throw fail(
      `${ref.templateId} is not a template of message group ${ref.subAccount} with signature ${ref.signature}`,
      `List the group's templates: volc-sms list_sms_template --sub-accounts ${ref.subAccount}`,
    );
  }
  const channel = template.ChannelType;
  if (channel !== 'CN_NTC' && channel !== 'CN_MKT') {
    throw fail(
      `${ref.templateId} is a ${channel === 'CN_OTP' ? 'verification' : (channel ?? 'channel-less')} template; batch tasks send notification (CN_NTC) and marketing (CN_MKT) templates only`,
      'Send verification codes with mode: send (direct requests), or pick a notification template.',
    );
  }
  const listed = (template.TemplateParams ?? [])
    .map((p) => p.Name ?? p.ParamName)
    .filter((name): name is string => typeof name === 'string' && name !== '');
  return {
    templateId: template.TemplateId,
    name: template.TemplateName ?? template.Name ?? template.TemplateId,
    channelType: channel,
    variables: listed.length > 0 ? listed : templateVariables(template.Content ?? ''),
  };
}
