import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SmsConfigError } from '../core/index.ts';
import defaultSeedJson from './default-seed.json' with { type: 'json' };

/**
 * Seed files describe the account the sandbox emulates: message groups, signatures, templates, account
 * flags and the delivery rules. Cross references (a template naming an unknown signature) are checked
 * too, so a typo in a seed fails at start with the field named, not later as a puzzling RE:0004.
 */

const CHANNEL_TYPES = ['CN_OTP', 'CN_NTC', 'CN_MKT', 'CN_VMS', 'I18N_OTP', 'I18N_MKT'] as const;
const ChannelTypeSchema = z.enum(CHANNEL_TYPES);
/** Review status (SmsOrderStatus): 1 reviewing, 2 rejected, 3 passed, 4 closed, 5 exempted. */
const ReviewStatusSchema = z.number().int().min(1).max(5);
const EpochSecondsSchema = z.number().int().nonnegative();

export const SubAccountSeedSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use letters, digits, "_" or "-" (e.g. "7384ed01")'),
  name: z.string().min(1),
  status: z.enum(['approved', 'reviewing', 'rejected']).default('approved'),
  channelTypes: z.array(ChannelTypeSchema).min(1),
  /** The billing industry per channel type; channels not listed are "general" (通用). */
  industries: z
    .array(
      z.strictObject({ channelType: ChannelTypeSchema, industry: z.string().min(1), industryCn: z.string() }),
    )
    .optional(),
  createdAt: EpochSecondsSchema.optional(),
});

export const SignatureSeedSchema = z.strictObject({
  text: z.string().min(1).max(25),
  status: ReviewStatusSchema.default(3),
  subAccounts: z.array(z.string()).default([]),
  source: z.string().default('公司全称/简称'),
  /** The channels it may send; the channels of its groups when omitted. */
  channelTypes: z.array(ChannelTypeSchema).optional(),
  /** The qualification (GetSignatureIdentificationList id) it was applied with. */
  identificationId: z.number().int().positive().optional(),
  purpose: z.union([z.literal(1), z.literal(2)]).optional(),
  auditOpinion: z.string().optional(),
  createdAt: EpochSecondsSchema.optional(),
});

export const TemplateSeedSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  channelType: ChannelTypeSchema,
  content: z.string().min(1),
  status: ReviewStatusSchema.default(3),
  signatures: z.array(z.string()).default([]),
  subAccounts: z.array(z.string()).default([]),
  /** Prefix of its V2 second-template ids (one per signature); derived from `id` when omitted. */
  secondTemplateId: z.string().min(1).optional(),
  project: z.string().optional(),
  auditOpinion: z.string().optional(),
  createdAt: EpochSecondsSchema.optional(),
});

/** Qualification audit status: 1 reviewing, 2 rejected, 3 approved, 5 exempted. */
export const QualificationSeedSchema = z.strictObject({
  id: z.number().int().positive(),
  purpose: z.union([z.literal(1), z.literal(2)]).default(1),
  materialName: z.string().min(1),
  businessCertificateName: z.string().optional(),
  effectSignatures: z.array(z.string()).default([]),
  auditStatus: z.number().int().min(1).max(5).default(3),
  auditOpinion: z.string().default(''),
  auditedAt: EpochSecondsSchema.default(0),
  /** Defaults to true for an approved (3) or exempted (5) qualification. */
  usable: z.boolean().optional(),
  isOrder: z.boolean().default(false),
});

const DeliveryRuleSchema = z.strictObject({
  /** Matched against the end of the normalised number; the longest matching suffix wins. */
  suffix: z.string().regex(/^\d{1,11}$/, 'digits only, e.g. "7"'),
  outcome: z.enum(['delivered', 'failed', 'no-receipt']),
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
});

export const SandboxSeedSchema = z
  .strictObject({
    account: z
      .strictObject({ activated: z.boolean().default(true), inArrears: z.boolean().default(false) })
      .default({ activated: true, inArrears: false }),
    subAccounts: z.array(SubAccountSeedSchema).default([]),
    signatures: z.array(SignatureSeedSchema).default([]),
    templates: z.array(TemplateSeedSchema).default([]),
    qualifications: z.array(QualificationSeedSchema).default([]),
    delivery: z.strictObject({ rules: z.array(DeliveryRuleSchema).default([]) }).default({ rules: [] }),
  })
  .superRefine((seed, ctx) => {
    const groups = new Set(seed.subAccounts.map((g) => g.id));
    const signatures = new Set(seed.signatures.map((s) => s.text));
    const reportDuplicates = (values: string[], key: string, field: string) => {
      const seen = new Set<string>();
      values.forEach((value, index) => {
        if (seen.has(value))
          ctx.addIssue({ code: 'custom', path: [key, index, field], message: `duplicate "${value}"` });
        seen.add(value);
      });
    };
    reportDuplicates(
      seed.subAccounts.map((g) => g.id),
      'subAccounts',
      'id',
    );
    reportDuplicates(
      seed.signatures.map((s) => s.text),
      'signatures',
      'text',
    );
    reportDuplicates(
      seed.templates.map((t) => t.id),
      'templates',
      'id',
    );
    const checkRefs = (refs: string[], known: Set<string>, path: (string | number)[], what: string) => {
      refs.forEach((ref, index) => {
        if (!known.has(ref))
          ctx.addIssue({ code: 'custom', path: [...path, index], message: `unknown ${what} "${ref}"` });
      });
    };
    const qualifications = new Set(seed.qualifications.map((q) => String(q.id)));
    seed.signatures.forEach((s, i) => {
      checkRefs(s.subAccounts, groups, ['signatures', i, 'subAccounts'], 'message group');
      if (s.identificationId !== undefined && !qualifications.has(String(s.identificationId)))
        ctx.addIssue({
          code: 'custom',
          path: ['signatures', i, 'identificationId'],
          message: `unknown qualification ${s.identificationId}`,
        });
    });
    seed.templates.forEach((t, i) => {
      checkRefs(t.subAccounts, groups, ['templates', i, 'subAccounts'], 'message group');
      checkRefs(t.signatures, signatures, ['templates', i, 'signatures'], 'signature');
    });
    seed.delivery.rules.forEach((rule, i) => {
      if (rule.outcome === 'failed' && !rule.errorCode) {
        ctx.addIssue({
          code: 'custom',
          path: ['delivery', 'rules', i, 'errorCode'],
          message: 'required when outcome is "failed" (e.g. "NE:0105")',
        });
      }
    });
  });

export type SandboxSeed = z.input<typeof SandboxSeedSchema>;
export type ParsedSeed = z.output<typeof SandboxSeedSchema>;
export type DeliveryRule = z.output<typeof DeliveryRuleSchema>;
export type SubAccountSeed = z.output<typeof SubAccountSeedSchema>;
export type SignatureSeed = z.output<typeof SignatureSeedSchema>;
export type TemplateSeed = z.output<typeof TemplateSeedSchema>;
export type QualificationSeed = z.output<typeof QualificationSeedSchema>;

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part),
    '',
  );
}

/** Validates a seed object; a bad one throws SmsConfigError naming every wrong field. */
export function parseSeed(input: unknown, source = 'seed'): ParsedSeed {
  const parsed = SandboxSeedSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  throw new SmsConfigError(`Invalid sandbox seed in ${source}: ${lines.join('; ')}`, {
    hint: 'Fix the named fields; docs/sandbox.md describes the seed format and src/sandbox/default-seed.json is an example.',
  });
}

/** Reads and validates a seed JSON file. */
export function loadSeedFile(path: string): ParsedSeed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new SmsConfigError(`Cannot read the sandbox seed file ${path} (${reason}).`, {
      cause,
      hint: 'Pass --seed with the path of a readable JSON file, or leave it out to use the default seed.',
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new SmsConfigError(`The sandbox seed file ${path} is not valid JSON: ${(cause as Error).message}`, {
      cause,
      hint: 'Check the file with a JSON linter; docs/sandbox.md shows the format.',
    });
  }
  return parseSeed(json, path);
}

export function defaultSeed(): ParsedSeed {
  return parseSeed(defaultSeedJson, 'the default seed');
}

/** Resolves the `seed` option: a path, an object, or nothing (the default seed). */
export function resolveSeed(seed: string | SandboxSeed | undefined): ParsedSeed {
  if (seed === undefined) return defaultSeed();
  if (typeof seed === 'string') return loadSeedFile(seed);
  return parseSeed(seed);
}
