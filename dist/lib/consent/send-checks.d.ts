import type { SmsClient } from '../types.ts';
import type { GateFailure } from './gate-failure.ts';
import type { NormalizedSend, TemplateFacts } from './send-request.ts';
/**
 * The single-send pre-checks (reference §4.2 and §5.3, "the single-send gate is minimal"), run by the
 * preview and again by the submit: the four queries of the skill. GetSubAccountDetail: the group's status
 * is 1. ListSignatureForAgent: the signature is approved (3/5), not `usable:false`, bound to the group.
 * ListSmsTemplateForAgent: the template is approved for that signature and group. ListSecondTemplate:
 * the content and variables the digest covers, so a template edited between preview and submit, or a
 * group that stopped being usable, never sends.
 */
export declare function runSendChecks(client: SmsClient, send: NormalizedSend): Promise<{
    ok: true;
    template: TemplateFacts;
} | GateFailure>;
