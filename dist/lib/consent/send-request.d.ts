/**
 * The pure half of the skill 1.3 single-send gate (reference §4.2–4.3): the request as the agent wrote it
 * is normalised, de-duplicated and checked here, then turned into the canonical object the digest covers.
 * No I/O: send-checks.ts asks the service, send-gate.ts puts both together.
 */
export type DedupePolicy = 'reject' | 'keep-first';
/** A send as `send-preview`/`send-submit` (and the MCP tools) take it. */
export interface SendGateRequest {
    subAccount: string;
    signature: string;
    templateId: string;
    mobiles: readonly string[];
    /** A JSON object of strings, as text or already parsed; `{}` for a fixed text. */
    templateParams: string | Readonly<Record<string, string>>;
    /** @default 'reject' */
    dedupePolicy?: DedupePolicy | undefined;
}
/** The request after normalisation: what the checks and the digest work on. */
export interface NormalizedSend {
    subAccount: string;
    signature: string;
    templateId: string;
    /** Normalised, in input order, duplicates included. */
    originalRecipients: string[];
    /** De-duplicated, first occurrence kept. */
    recipients: string[];
    duplicates: string[];
    dedupePolicy: DedupePolicy;
    variables: Record<string, string>;
}
/** The skill's ceiling for one send (one SendSmsForAgent request). */
export declare const MAX_GATED_RECIPIENTS = 200;
/** One outer bracket pair removed, then 2–25 characters (code points). */
export declare function normalizeSignature(text: string): {
    value: string;
} | {
    problem: string;
};
/**
 * Normalises a gated send or throws one SmsInputError naming every bad field (numbers masked).
 * With the default `reject` policy, a number given twice is an error, not a silent drop.
 */
export declare function normalizeSend(request: SendGateRequest): NormalizedSend;
/** The template as the service describes it, reduced to what the digest needs. */
export interface TemplateFacts {
    /** With any leading `【signature】` removed. */
    content: string;
    /** The variable names the template declares, in its order. */
    variableNames: string[];
}
/** Template content without a leading `【signature】` (the service may return either form). */
export declare function stripSignaturePrefix(content: string, signature: string): string;
/** Characters of `【signature】` + text, counted in code points as the skill's Python does. */
export declare function segmentsPerMessage(signature: string, text: string): number;
/** Exactly the template's variables: each one given, nothing extra. */
export declare function checkVariables(template: TemplateFacts, variables: Readonly<Record<string, string>>): void;
/** The object the digest covers (reference §4.3, "send canonical object"), full numbers included. */
export declare function sendCanonicalObject(send: NormalizedSend, template: TemplateFacts): {
    subAccount: string;
    signature: string;
    templateId: string;
    originalRecipients: string[];
    dedupePolicy: DedupePolicy;
    duplicates: string[];
    recipients: string[];
    recipientVariables: {
        mobile: string;
        variables: Record<string, string>;
    }[];
    templateContentSha256: string;
    renderedContentSha256: string;
    estimatedSegments: number;
};
export type SendCanonicalObject = ReturnType<typeof sendCanonicalObject>;
/** What a preview shows: the canonical object with every number masked and the content as hashes. */
export declare function maskedSendSummary(canonical: SendCanonicalObject, variableNames: readonly string[]): {
    subAccount: string;
    signature: string;
    templateId: string;
    originalRecipients: string[];
    recipients: string[];
    recipientCount: number;
    dedupePolicy: DedupePolicy;
    duplicates: string[];
    variableNames: string[];
    contentSummary: {
        templateSha256: string;
        renderedSha256: string;
    };
    estimatedSegments: number;
};
export type MaskedSendSummary = ReturnType<typeof maskedSendSummary>;
