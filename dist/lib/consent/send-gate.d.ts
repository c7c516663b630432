import type { SmsClient } from '../types.ts';
import { type GateFailure } from './gate-failure.ts';
import type { ConsentLedger, SubmitRecord } from './ledger.ts';
import { type MaskedSendSummary, type SendGateRequest } from './send-request.ts';
/**
 * The single-send consent gate (reference §4.3), shared by `send-preview`/`send-submit` and the MCP tools.
 * A preview runs the pre-checks and returns a masked summary and the digest of the canonical, unmasked
 * request. A submit runs them again, recomputes the digest, refuses on any difference (naming what
 * changed) and sends exactly once. Nothing here prints; nothing here retries a send.
 */
export interface SendGateContext {
    client: SmsClient;
    ledger: ConsentLedger;
    now?: (() => number) | undefined;
}
export interface SendPreview {
    ok: true;
    preview: MaskedSendSummary;
    digest: string;
    /** Epoch ms after which a submit of this digest needs a new preview. */
    expiresAt: number;
    /** An earlier submit of this same request whose outcome is unknown: reconcile before sending again. */
    pendingSubmit?: SubmitRecord | undefined;
}
export interface SendSubmitInput {
    previewDigest: string;
    /** The digest the human (or the agent on the human's word) authorised; must equal previewDigest. */
    authorizationDigest: string;
    /** The caller checked the send log after an unknown outcome and found these messages absent. */
    reconciled?: boolean | undefined;
    /** Asked after every check passed and before anything is sent (MCP elicitation); false sends nothing. */
    confirm?: ((preview: MaskedSendSummary) => Promise<boolean>) | undefined;
}
export interface SendSubmitted {
    ok: true;
    /** The action that was called, for the envelope. */
    action: string;
    requestId: string | undefined;
    result: {
        MessageIds: string[];
    };
    preview: MaskedSendSummary;
}
export declare function previewSend(context: SendGateContext, request: SendGateRequest): Promise<SendPreview | GateFailure>;
export declare function submitSend(context: SendGateContext, request: SendGateRequest, input: SendSubmitInput): Promise<SendSubmitted | GateFailure>;
