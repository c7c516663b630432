import type { z } from 'zod';
import { SmsInputError } from '../core/index.ts';
import {
  QualificationSeedSchema,
  SignatureSeedSchema,
  SubAccountSeedSchema,
  TemplateSeedSchema,
} from './seed-schema.ts';
import { seededGroup, seededQualification, seededSignature, seededTemplate } from './seed-records.ts';
import type { SandboxStore } from './store.ts';
import type { QualificationRow, SignatureRow, SubAccountRow, TemplateRow } from './store-tables.ts';

/**
 * Changing the world at run time (tests change it between a preview and a submit): message groups,
 * signatures, templates and qualifications are added, replaced or removed with the seed's own item
 * format, and read back as plain JSON views. `reset()` returns to the seed.
 */

export interface GroupView {
  id: string;
  name: string;
  status: SubAccountRow['status'];
  channelTypes: string[];
  industries: SubAccountRow['industries'];
  createdAt: number;
}

/** A signature with its application details (applyId, channelTypes, identificationId, …) flattened in. */
export type SignatureView = Omit<SignatureRow, 'extra' | 'reviewDueMs'> &
  SignatureRow['extra'] & { autoReviewAt: number | null };
export type TemplateView = Omit<TemplateRow, 'extra' | 'reviewDueMs'> &
  TemplateRow['extra'] & { autoReviewAt: number | null };

export interface WorldView {
  subAccounts: GroupView[];
  signatures: SignatureView[];
  templates: TemplateView[];
  qualifications: QualificationRow[];
}

export interface WorldAdmin {
  /** Everything configured now: groups, signatures (applications included), templates, qualifications. */
  world(): WorldView;
  /** Adds or replaces one item, given in the seed's format (docs/sandbox.md, "Seed format"). */
  putSubAccount(item: unknown): GroupView;
  putSignature(item: unknown): SignatureView;
  putTemplate(item: unknown): TemplateView;
  putQualification(item: unknown): QualificationRow;
  /** Removes one item; false when there was none. */
  removeSubAccount(id: string): boolean;
  removeSignature(text: string): boolean;
  removeTemplate(id: string): boolean;
  removeQualification(id: number): boolean;
}

export const groupView = (g: SubAccountRow): GroupView => ({ ...g });
export const signatureView = ({ extra, reviewDueMs, ...rest }: SignatureRow): SignatureView => ({
  ...extra,
  ...rest,
  autoReviewAt: reviewDueMs,
});
export const templateView = ({ extra, reviewDueMs, ...rest }: TemplateRow): TemplateView => ({
  ...extra,
  ...rest,
  autoReviewAt: reviewDueMs,
});

function parseItem<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || what,
    message: issue.message,
  }));
  throw new SmsInputError(
    `Invalid ${what}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
    issues,
    {
      hint: `Give the ${what} in the seed file's format (docs/sandbox.md, "Seed format").`,
    },
  );
}

function requireKnown(refs: readonly string[], known: (ref: string) => boolean, field: string, what: string) {
  const unknown = refs.filter((ref) => !known(ref));
  if (unknown.length === 0) return;
  const message = `unknown ${what} ${unknown.map((r) => `"${r}"`).join(', ')}`;
  throw new SmsInputError(`Invalid ${field}: ${message}.`, [{ field, message }], {
    hint: `Add the ${what} first (or remove it from ${field}).`,
  });
}

export function createWorldAdmin(store: SandboxStore, now: () => number): WorldAdmin {
  const createdAt = () => Math.floor(now() / 1000);
  return {
    world: () => ({
      subAccounts: store.listSubAccounts().map(groupView),
      signatures: store.listSignatures().map(signatureView),
      templates: store.listTemplates().map(templateView),
      qualifications: store.listQualifications(),
    }),
    putSubAccount(item) {
      const row = seededGroup(parseItem(SubAccountSeedSchema, item, 'message group'), createdAt());
      store.putSubAccount(row);
      return groupView(row);
    },
    putSignature(item) {
      const seed = parseItem(SignatureSeedSchema, item, 'signature');
      requireKnown(seed.subAccounts, (id) => !!store.findSubAccount(id), 'subAccounts', 'message group');
      const row = seededSignature(seed, createdAt());
      store.putSignature(row);
      return signatureView(row);
    },
    putTemplate(item) {
      const seed = parseItem(TemplateSeedSchema, item, 'template');
      requireKnown(seed.subAccounts, (id) => !!store.findSubAccount(id), 'subAccounts', 'message group');
      requireKnown(seed.signatures, (text) => !!store.findSignature(text), 'signatures', 'signature');
      const row = seededTemplate(seed, createdAt());
      store.putTemplate(row);
      return templateView(row);
    },
    putQualification(item) {
      const row = seededQualification(parseItem(QualificationSeedSchema, item, 'qualification'));
      store.putQualification(row);
      return row;
    },
    removeSubAccount: (id) => store.remove('subAccount', id),
    removeSignature: (text) => store.remove('signature', text),
    removeTemplate: (id) => store.remove('template', id),
    removeQualification: (id) => store.remove('qualification', id),
  };
}
