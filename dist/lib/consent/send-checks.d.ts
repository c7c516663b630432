import type { SmsClient } from '../types.ts';
import { type GateFailure } from './gate-failure.ts';
import { type NormalizedSend, type TemplateFacts } from './send-request.ts';
/**
 * All three checks at once (one round trip of waiting, not three); the first failure in the order a human
 * would fix them (group, signature, template) is the one reported.
 */
export declare function runSendChecks(client: SmsClient, send: NormalizedSend): Promise<{
    ok: true;
    template: TemplateFacts;
} | GateFailure>;
