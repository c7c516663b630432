import { z } from 'zod';
import { previewSignature, previewTemplate, submitSignature, submitTemplate } from '../core/index.ts';
import type {
  SignatureGateRequest,
  SignatureSummary,
  TemplateGateRequest,
  TemplateSummary,
} from '../core/index.ts';
import type { GateTools } from './gate-tools.ts';

/**
 * The signature and template applications as gated tool pairs, on the same core gates as
 * `signature-preview`/`-submit` and `template-preview`/`-submit`: the preview checks and shows the exact
 * body (a template's content as its length and hash) with the digest; the submit applies once. The field
 * rules (lengths, brackets, channels) are the core's request schemas', checked by the gate itself.
 */

const CHANNEL = z.enum(['CN_OTP', 'CN_NTC', 'CN_MKT']);

const groupsOf = (ids: readonly string[]) => `${ids.length} group(s) (${ids.join(', ')})`;

export const SIGNATURE_TOOLS: GateTools<SignatureGateRequest, SignatureSummary> = {
  tool: 'signature',
  title: { preview: 'Preview a signature application', submit: 'Apply for a previewed signature' },
  description: {
    preview:
      'Checks a signature application (the qualification approved, usable and of this purpose; the groups ' +
      'visible and taking the channels) and returns the exact ApplySmsSignatureV2 body and a digest. Without ' +
      'subAccounts every visible group that takes the channels is bound (listed in the result). Applies for ' +
      'nothing: show the body to the user, and only after they approve call signature_submit.',
    submit:
      'Applies for the signature a signature_preview returned, exactly once, if nothing changed since (a group ' +
      'added or removed refuses with what changed). After outcome_unknown, run the read the error names and ' +
      'pass reconciled: true only if the application is absent.',
  },
  input: {
    content: z.string().min(1).describe('The signature, 2–25 characters; one outer 【】 is dropped.'),
    purpose: z.union([z.literal(1), z.literal(2)]).describe("1 own use, 2 for others (the qualification's)."),
    qualificationId: z.number().int().positive().describe('An approved, usable qualification.'),
    subAccounts: z
      .array(z.string().min(1))
      .optional()
      .describe('Groups to bind; absent or empty: every visible group that takes the channels.'),
    channelTypes: z.array(CHANNEL).min(1),
    source: z.union([z.literal(1), z.literal(2), z.literal(3)]).describe('1 company, 2 App, 3 trademark.'),
    description: z.string().optional(),
    domain: z.string().optional(),
    scene: z.string().optional(),
    projectName: z.string().optional(),
    appIcp: z.record(z.string(), z.unknown()).optional().describe('With source 2: {"appIcpFilling":"…"}.'),
    trademark: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('With source 3: {"trademarkCn","trademarkEn","trademarkNumber"}.'),
  },
  toRequest: (args: SignatureGateRequest) => args,
  summary: z.object({
    body: z.record(z.string(), z.unknown()).describe('The exact ApplySmsSignatureV2 body the submit sends.'),
    messageGroups: z.array(z.object({ subAccount: z.string(), subAccountName: z.string().nullable() })),
    messageGroupCount: z.number().int(),
    excludedGroups: z.array(z.object({ subAccount: z.string(), reason: z.string() })).optional(),
  }),
  destructive: false,
  describe: (s) =>
    `Apply for signature 【${s.body.content}】 (${s.body.channelTypes.join(', ')}) for ${groupsOf(s.body.subAccounts)}?`,
  logged: (s) => groupsOf(s.body.subAccounts),
  preview: previewSignature,
  submit: submitSignature,
};

export const TEMPLATE_TOOLS: GateTools<TemplateGateRequest, TemplateSummary> = {
  tool: 'template',
  title: { preview: 'Preview a template application', submit: 'Apply for a previewed template' },
  description: {
    preview:
      'Checks a template application (every signature approved, bound to every group and taking the channel) ' +
      'and returns its summary (the content as its length and SHA-256) and a digest over the exact ' +
      'ApplySmsTemplateV2 body. Applies for nothing: show the summary to the user first.',
    submit:
      'Applies for the template a template_preview returned, exactly once, if nothing changed since (other ' +
      'content, a signature no longer approved). After outcome_unknown, run the read the error names and pass ' +
      'reconciled: true only if the application is absent.',
  },
  input: {
    name: z.string().min(1),
    content: z.string().min(1).describe('The text with ${name} placeholders.'),
    channelType: CHANNEL.describe('Judged from the full content.'),
    signatures: z.array(z.string().min(1)).min(1).describe('Approved signatures bound to every group.'),
    subAccounts: z.array(z.string().min(1)).min(1),
    templateParams: z
      .array(z.string().min(1))
      .optional()
      .describe("The variable names; absent: the content's placeholders, in order."),
    project: z.string().optional(),
    description: z.string().optional(),
    shortUrlConfig: z.record(z.string(), z.unknown()).optional().describe('CN_MKT only.'),
  },
  toRequest: (args: TemplateGateRequest) => args,
  summary: z.object({
    name: z.string(),
    channelType: z.string(),
    area: z.literal('cn'),
    signatures: z.array(z.string()),
    subAccounts: z.array(z.string()),
    templateParams: z.array(z.object({ name: z.string() })),
    content_length: z.number().int(),
    content_sha256: z.string(),
    project: z.string().optional(),
    desc: z.string().optional(),
    shortUrlConfig: z.unknown().optional(),
  }),
  destructive: false,
  describe: (s) =>
    `Apply for template "${s.name}" (${s.channelType}, ${s.content_length} characters, SHA-256 ` +
    `${s.content_sha256.slice(0, 12)}…) with ${s.signatures.join(', ')} for ${groupsOf(s.subAccounts)}?`,
  logged: (s) => groupsOf(s.subAccounts),
  preview: previewTemplate,
  submit: submitTemplate,
};
