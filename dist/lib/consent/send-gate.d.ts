import type { GateContext, GateDefinition, GatePreview, GateSubmitInput } from './gate-types.ts';
import { type GateFailure } from './gate-failure.ts';
import { type MaskedSendSummary, type NormalizedSend, type SendGateRequest } from './send-request.ts';
/**
 * The single-send gate (reference §4.3) on the one gate core (gate.ts), shared by `send-preview`/
 * `send-submit` and the MCP tools: the four pre-checks, the send canonical object, and one
 * SendSmsForAgent. Its submit needs both digests, equal, before anything touches the network.
 */
export type SendGateContext = GateContext;
export type SendPreview = GatePreview<MaskedSendSummary>;
export interface SendSubmitInput extends GateSubmitInput<MaskedSendSummary> {
    authorizationDigest: string;
}
export interface SendSubmitted {
    ok: true;
    action: string;
    requestId: string | undefined;
    result: {
        MessageIds: string[];
    };
    preview: MaskedSendSummary;
}
export declare const SEND_GATE: GateDefinition<SendGateRequest, MaskedSendSummary, NormalizedSend>;
export declare function previewSend(context: SendGateContext, request: SendGateRequest): Promise<SendPreview | GateFailure>;
export declare function submitSend(context: SendGateContext, request: SendGateRequest, input: SendSubmitInput): Promise<SendSubmitted | GateFailure>;
