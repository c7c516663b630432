/**
 * Which engine carries a send (issue 14): direct requests of at most 200 numbers, paced to the account's
 * QPS, up to a threshold; above it the service's batch-task engine (upload a file, create, consent, the
 * service sends). Pure: the caller supplies the count and, when the decision depends on it, what kind of
 * template it is (describeTemplate).
 */
export type SendEngine = 'direct' | 'batch';
export type EngineChoice = 'auto' | SendEngine;
/** Above this many numbers `auto` chooses the batch engine. */
export declare const DEFAULT_BATCH_THRESHOLD = 10000;
/** The API's default limit: 5 requests per second per customer. */
export declare const DEFAULT_SEND_QPS = 5;
/** What the planner needs to know of a template: its channel, and its text for verification-like content. */
export interface TemplateFacts {
    templateId: string;
    /** Display name, else the id. */
    name: string;
    /** `CN_OTP` verification, `CN_NTC` notification, `CN_MKT` marketing; undefined when the service did not say. */
    channelType?: string | undefined;
    content?: string | undefined;
    /** The variables a batch file's header names after `phone`, in template order. */
    variables: string[];
}
export interface DeliveryPlanInput {
    /** Unique recipients (after normalisation and de-duplication). */
    numbers: number;
    /** @default 'auto' */
    engine?: EngineChoice | undefined;
    /** @default DEFAULT_BATCH_THRESHOLD */
    threshold?: number | undefined;
    /** Requests per second for direct sends. @default DEFAULT_SEND_QPS */
    qps?: number | undefined;
    /** Required when `templateFactsNeeded` says so (the count is above the threshold, or engine is batch). */
    template?: TemplateFacts | undefined;
}
export interface DeliveryPlan {
    engine: SendEngine;
    /** One sentence a person reads: which engine and why. */
    reason: string;
    /** The caller chose the engine (not `auto`). */
    forced: boolean;
    numbers: number;
    threshold: number;
    qps: number;
    /** Direct: requests of at most 200 numbers. Batch: 0 (the service sends). */
    requests: number;
    /** Direct: the least time the QPS allows (requests / qps); batch: 0. */
    minimumSeconds: number;
}
/** A verification template: channel `CN_OTP`, or content that reads like a verification code. */
export declare function isVerificationTemplate(template: Pick<TemplateFacts, 'channelType' | 'content'>): boolean;
/** Whether planDelivery needs the template's facts: only when the batch engine is in question. */
export declare function templateFactsNeeded(input: Omit<DeliveryPlanInput, 'template'>): boolean;
/**
 * Chooses the engine. A verification template never goes to a batch task: forced to batch, or above the
 * threshold in `auto`, it is refused with an SmsInputError whose hint names the fix.
 */
export declare function planDelivery(input: DeliveryPlanInput): DeliveryPlan;
