import type { SmsClient } from '../types.ts';
import type { GateFailure } from './gate-failure.ts';
/**
 * The batch resource checks (reference §3.1 step 2), run by `batch-create` before the upload and by the
 * launch gate before the preview and again before the consent: the group is listed; the signature is
 * approved, usable and bound to the group itself (`*` does not count), with its qualification approved
 * when it names one; the template is approved for both, its V2 detail gives content, variables and
 * channel; the channel is notification or marketing (never verification, nor verification-like content)
 * and taken by the signature and the group where they list channels.
 */
export interface BatchTarget {
    subAccount: string;
    signature: string;
    templateId: string;
}
export interface BatchTemplateFacts {
    templateName: string;
    channelType: 'CN_NTC' | 'CN_MKT';
    /** The CSV header after `phone`, in template-parameter order. */
    variableNames: string[];
    /** SHA-256 of the content without its `【signature】` prefix. */
    contentSha256: string;
}
export declare function runBatchChecks(client: SmsClient, target: BatchTarget): Promise<{
    ok: true;
    template: BatchTemplateFacts;
} | GateFailure>;
