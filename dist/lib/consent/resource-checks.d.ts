import type { Signature, Template } from '../schemas/agent.ts';
import type { SmsClient } from '../types.ts';
import { type GateFailure } from './gate-failure.ts';
import { type TemplateFacts } from './send-request.ts';
export declare const CHANNEL_TYPES: Set<string>;
export type Checked<T> = {
    ok: true;
    value: T;
} | GateFailure;
export declare const isNotRejected: (status: string | number | undefined) => boolean;
export declare const isApproved: (status: string | number | undefined) => boolean;
/** The single-send rule: an empty list, `*` or `All` pass. `strict` (batch, §3.1): only the group itself. */
export declare const boundTo: (groups: readonly string[] | null | undefined, group: string, strict?: boolean) => boolean;
export declare function invalid(message: string, field: string, hint: string): GateFailure;
export declare function query<T>(run: () => Promise<T>): Promise<Checked<T>>;
/** GetSubAccountDetail: the group exists and its status is 1 (the send preview's rule). */
export declare function checkGroupDetail(client: SmsClient, subAccount: string): Promise<GateFailure | undefined>;
/** ListSubAccountForAgent: the group is among the approved groups (batch §3.1, signature applications). */
export declare function checkGroupListed(client: SmsClient, subAccount: string): Promise<Checked<{
    ChannelTypes?: string[] | undefined;
    SubAccountName?: string | undefined;
}>>;
/**
 * ListSignatureForAgent: approved (3/5), not `usable:false`, bound to every group (`strict`, batch §3.1:
 * only the group itself counts) and, when the signature lists its channels, taking `channel`.
 */
export declare function checkSignature(client: SmsClient, signature: string, groups: string | readonly string[], options?: {
    strict?: boolean;
    channel?: string | undefined;
}): Promise<Checked<Signature>>;
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
/** GetSignatureIdentificationList `{id}`: approved and usable, and of the request's purpose when it says. */
export declare function checkQualification(client: SmsClient, id: number, purpose?: number): Promise<GateFailure | undefined>;
