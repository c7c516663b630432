import type { Template } from '../schemas/agent.ts';
import type { SmsClient } from '../types.ts';
import { type Checked } from './resource-checks.ts';
import { type TemplateFacts } from './send-request.ts';
/** ListSmsTemplateForAgent: approved (3/5) for that signature and group. */
export declare function checkTemplateListed(client: SmsClient, templateId: string, signature: string, subAccount: string, strict?: boolean): Promise<Checked<Template>>;
export interface SecondTemplateFacts extends TemplateFacts {
    channelType: string;
    name: string | undefined;
}
/**
 * ListSecondTemplate `{templateId, signatures}`: the V2 detail the digest reads the content from (§2.3's
 * client rules: the group, `*` or `All` listed, an empty list fails; parameters present; content a
 * string; a known channel).
 */
export declare function secondTemplateFacts(client: SmsClient, templateId: string, signature: string, subAccount: string): Promise<Checked<SecondTemplateFacts>>;
