import { SmsInputError } from "../errors/errors.js";
import { templateVariables } from "./template.js";
/**
 * Looks the template up as the group and signature see it (one ListSmsTemplateForAgent read) and gives
 * what the planner and the batch file need: channel, text, variables in template order.
 * @throws SmsInputError naming `template-id` when the group and signature have no such template
 */
export async function describeTemplate(client, ref) {
    const { result } = await client.listTemplates({
        templateId: ref.templateId,
        subAccounts: [ref.subAccount],
        signatures: [ref.signature],
        page: 1,
        pageSize: 100,
    });
    const template = result.List.find((t) => t.TemplateId === ref.templateId);
    if (template === undefined) {
        const message = `${ref.templateId} is not a template of group ${ref.subAccount} with signature ${ref.signature}`;
        throw new SmsInputError(`template-id: ${message}`, [{ field: 'template-id', message }], {
            hint: `List the group's templates: volc-sms list_sms_template --sub-accounts ${ref.subAccount}`,
        });
    }
    const listed = (template.TemplateParams ?? [])
        .map((p) => p.Name ?? p.ParamName)
        .filter((name) => typeof name === 'string' && name !== '');
    const content = template.Content;
    return {
        templateId: template.TemplateId,
        name: template.TemplateName ?? template.Name ?? template.TemplateId,
        channelType: template.ChannelType,
        content,
        variables: listed.length > 0 ? listed : content === undefined ? [] : templateVariables(content),
    };
}
