import { type GateFailure } from './gate-failure.ts';
import { type GateCalls, type GateContext, type GateDefinition, type GateOutcome, type GatePreview, type GateSubmitInput, type GateSubmitted } from './gate-types.ts';
export declare function previewGate<R, S, W>(definition: GateDefinition<R, S, W>, context: GateContext, request: R): Promise<GateOutcome<GatePreview<S>>>;
/** A definition's preview and submit, for the commands and tools that take its request as is. */
export declare function gateCalls<R, S, W>(definition: GateDefinition<R, S, W>): GateCalls<R, S>;
/** The send gate's rule: both digests given, equal, before anything touches the network. */
export declare function requireEqualDigests(input: Pick<GateSubmitInput, 'authorizationDigest'>, previewDigest: string): GateFailure | undefined;
export declare function submitGate<R, S, W>(definition: GateDefinition<R, S, W>, context: GateContext, request: R, input: GateSubmitInput<S>): Promise<GateOutcome<GateSubmitted<S>>>;
