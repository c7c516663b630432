import type { ApplySmsTemplateV2Body } from '../schemas/agent-v2-requests.ts';
import type { GateDefinition } from './gate-types.ts';
/**
 * The template application gate (reference §4.2–4.3): the digest covers exactly the ApplySmsTemplateV2
 * body; preview and submit check that every signature is approved, bound to every group and takes the
 * channel. The preview shows the content as its length and SHA-256, as list-templates does.
 */
export interface TemplateGateRequest {
    name: string;
    content: string;
    channelType: string;
    signatures: readonly string[];
    subAccounts: readonly string[];
    /** The variable names; absent: the content's placeholders, in order. */
    templateParams?: readonly string[] | undefined;
    project?: string | undefined;
    description?: string | undefined;
    shortUrlConfig?: unknown;
}
export interface TemplateSummary {
    name: string;
    channelType: string;
    area: 'cn';
    signatures: string[];
    subAccounts: string[];
    templateParams: Array<{
        name: string;
    }>;
    content_length: number;
    content_sha256: string;
    project?: string | undefined;
    desc?: string | undefined;
    shortUrlConfig?: unknown;
}
export declare const TEMPLATE_GATE: GateDefinition<TemplateGateRequest, TemplateSummary, ApplySmsTemplateV2Body>;
export declare const previewTemplate: (context: import("./gate-types.ts").GateContext, request: TemplateGateRequest) => Promise<import("./gate-types.ts").GateOutcome<import("./gate-types.ts").GatePreview<TemplateSummary>>>, submitTemplate: (context: import("./gate-types.ts").GateContext, request: TemplateGateRequest, input: import("./gate-types.ts").GateSubmitInput<TemplateSummary>) => Promise<import("./gate-types.ts").GateOutcome<import("./gate-types.ts").GateSubmitted<TemplateSummary>>>;
