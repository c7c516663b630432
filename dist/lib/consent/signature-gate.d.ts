import type { ApplySmsSignatureV2Body } from '../schemas/agent-v2-requests.ts';
import type { GateDefinition } from './gate-types.ts';
/**
 * The signature application gate (reference §4.2–4.3): the digest covers exactly the
 * ApplySmsSignatureV2 body. Re-checked at submit: the qualification is approved and usable (and its
 * purpose is the request's), the groups are visible and take the channels. Without groups, every
 * visible group that takes the channels is bound (the skill's default-all rule): a group added between
 * preview and submit changes the body, so the preview no longer opens the submit, and says which group.
 */
export interface SignatureGateRequest {
    content: string;
    purpose: number;
    qualificationId: number;
    /** Empty or absent: every visible group that takes the channels. */
    subAccounts?: readonly string[] | undefined;
    channelTypes: readonly string[];
    source: number;
    description?: string | undefined;
    domain?: string | undefined;
    scene?: string | undefined;
    projectName?: string | undefined;
    appIcp?: unknown;
    trademark?: unknown;
}
export interface SignatureSummary {
    /** The exact body the submit sends (a signature text holds no number or secret). */
    body: ApplySmsSignatureV2Body;
    messageGroups: Array<{
        subAccount: string;
        subAccountName: string | null;
    }>;
    messageGroupCount: number;
    /** Default-all only: visible groups left out because they do not take every channel. */
    excludedGroups?: Array<{
        subAccount: string;
        reason: string;
    }> | undefined;
}
export declare const SIGNATURE_GATE: GateDefinition<SignatureGateRequest, SignatureSummary, ApplySmsSignatureV2Body>;
export declare const previewSignature: (context: import("./gate-types.ts").GateContext, request: SignatureGateRequest) => Promise<import("./gate-types.ts").GateOutcome<import("./gate-types.ts").GatePreview<SignatureSummary>>>, submitSignature: (context: import("./gate-types.ts").GateContext, request: SignatureGateRequest, input: import("./gate-types.ts").GateSubmitInput<SignatureSummary>) => Promise<import("./gate-types.ts").GateOutcome<import("./gate-types.ts").GateSubmitted<SignatureSummary>>>;
