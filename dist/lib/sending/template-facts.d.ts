import type { SmsClient } from '../types.ts';
import type { TemplateFacts } from './delivery-plan.ts';
export interface TemplateRef {
    subAccount: string;
    signature: string;
    templateId: string;
}
/**
 * Looks the template up as the group and signature see it (one ListSmsTemplateForAgent read) and gives
 * what the planner and the batch file need: channel, text, variables in template order.
 * @throws SmsInputError naming `template-id` when the group and signature have no such template
 */
export declare function describeTemplate(client: Pick<SmsClient, 'listTemplates'>, ref: TemplateRef): Promise<TemplateFacts>;
