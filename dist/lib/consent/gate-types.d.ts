import type { SmsClient } from '../types.ts';
import type { GateFailure } from './gate-failure.ts';
import type { ConsentLedger, SubmitRecord } from './ledger.ts';
/**
 * What a consent gate is made of and what it answers (gate.ts runs them): a definition per write, the
 * context it runs in, and the preview, submit and early answer it returns. The CLI's `*-preview`/`*-submit`
 * commands and the MCP tools call a gate through GateCalls and tell its answers apart with the guards here.
 */
export interface GateContext {
    client: SmsClient;
    ledger: ConsentLedger;
    now?: (() => number) | undefined;
}
/** What a definition's pre-checks produce: the digest's object, the shown summary, what the write needs. */
export interface Prepared<Summary, Write> {
    canonical: Record<string, unknown>;
    summary: Summary;
    write: Write;
}
/** A final answer without a write (a task already started): a success that consumes nothing. */
export interface GateAnswer {
    ok: true;
    answer: Record<string, unknown>;
}
export interface GateDefinition<Request, Summary, Write> {
    /** `send`, `signature`, … : names the commands (`send-preview`) and scopes the ledger. */
    name: string;
    /** The write's action, for the envelope. */
    action: string;
    /** How a submit proves the user's consent beyond the preview digest (checked before any network call). */
    authorise(input: GateSubmitInput<Summary>, previewDigest: string, request: Request): GateFailure | undefined;
    /** Normalise, check against the service, build the canonical object: the same for preview and submit. */
    prepare(client: SmsClient, request: Request): Promise<Prepared<Summary, Write> | GateFailure | GateAnswer>;
    /** The write itself; a lost answer rejects with SmsOutcomeUnknownError. */
    write(client: SmsClient, write: Write): Promise<{
        requestId: string | undefined;
        result: unknown;
    }>;
    /** After a lost answer: the service's own record of the write, if it shows the write happened. */
    reconcile?(client: SmsClient, write: Write): Promise<Record<string, unknown> | undefined>;
    /** The read a user runs to learn whether a write with a lost answer happened. */
    reconcileCommand(write: Write): string;
    /** Canonical fields in words a user recognises (a field not named here is shown by its name). */
    fieldWords: Readonly<Record<string, string>>;
    /** How an element of a list field is shown when it was added (numbers masked). */
    describeItem?(field: string, item: unknown): string;
}
export interface GatePreview<Summary> {
    ok: true;
    preview: Summary;
    digest: string;
    /** Epoch ms after which a submit of this digest needs a new preview. */
    expiresAt: number;
    /** An earlier submit of this same request whose outcome is unknown: reconcile before writing again. */
    pendingSubmit?: SubmitRecord | undefined;
}
export interface GateSubmitInput<Summary = unknown> {
    previewDigest: string;
    /** The digest the human authorised (the send gate requires it equal to previewDigest). */
    authorizationDigest?: string | undefined;
    /** The phrase the human typed (the batch launch gate: `确认启动任务 <taskId>`). */
    authorizationText?: string | undefined;
    /** The caller checked the service after an unknown outcome and the write is absent. */
    reconciled?: boolean | undefined;
    /** Asked after every check passed and before the write (MCP elicitation); false writes nothing. */
    confirm?: ((summary: Summary) => Promise<boolean>) | undefined;
}
export interface GateSubmitted<Summary> {
    ok: true;
    /** The action that was called, for the envelope. */
    action: string;
    requestId: string | undefined;
    result: unknown;
    preview: Summary;
    /** The write's answer was lost, and the service's record shows it happened. */
    reconciled?: boolean | undefined;
}
/** What a gate's preview or submit resolves to: its own result, an early answer, or a refusal. */
export type GateOutcome<T> = T | GateAnswer | GateFailure;
/** A gate's two calls, as the CLI's commands and the MCP tools take them. */
export interface GateCalls<Request, Summary> {
    preview(context: GateContext, request: Request): Promise<GateOutcome<GatePreview<Summary>>>;
    submit(context: GateContext, request: Request, input: GateSubmitInput<Summary>): Promise<GateOutcome<GateSubmitted<Summary>>>;
}
export declare const isGateFailure: (value: object) => value is GateFailure;
export declare const isGateAnswer: (value: object) => value is GateAnswer;
/** What an entry point hands on with a preview's summary: the digest, its expiry (ISO 8601), a pending submit. */
export declare function previewDigestFields(preview: GatePreview<unknown>): {
    pendingSubmit?: SubmitRecord;
    digest: string;
    expiresAt: string;
};
