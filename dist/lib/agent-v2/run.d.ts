import { type CallRuntime } from '../http/execute-call.ts';
import type { ApiResponse, CallOptions } from '../types.ts';
import type { AgentV2Action } from './actions.ts';
/**
 * The exact params an action sends for `input`, after its documented defaults, checked against the
 * action's request schema. What a consent gate digests is this, and nothing else is sent.
 * @throws SmsInputError naming each bad field by its CLI flag (`page-size`, `sub-accounts`)
 */
export declare function agentV2Params<I, P>(spec: AgentV2Action<I, P, unknown>, input: I): Promise<P>;
/**
 * Sends one lowerCamel action: params checked first, then one transport call under the action's class. A
 * read is retried on anything transient; a write goes out at most once, and an answer lost after it may
 * have been processed is SmsOutcomeUnknownError carrying its reconciling read (`reconcile`).
 */
export declare function runAgentV2<I, P extends Readonly<Record<string, unknown>>, R>(runtime: CallRuntime, spec: AgentV2Action<I, P, R>, input: I, options?: CallOptions): Promise<ApiResponse<R>>;
