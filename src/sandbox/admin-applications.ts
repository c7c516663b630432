import { SmsInputError } from '../core/index.ts';
import { inputError, jsonObject, ok, type AdminResponse } from './admin-http-helpers.ts';
import { signatureView, templateView, type SignatureView, type TemplateView } from './admin-world.ts';
import type { SandboxStore } from './store.ts';

/**
 * The reviewer's desk: applications made through ApplySmsSignatureV2/ApplySmsTemplateV2, approved or
 * rejected (with an opinion) through the admin API. An approved signature or template sends at once.
 */

export type ReviewDecision = 'approve' | 'reject';

export interface ApplicationsView {
  signatures: SignatureView[];
  templates: TemplateView[];
}

export interface ApplicationsAdmin {
  /** Every application, in every status (1 reviewing, 2 rejected, 3 approved). */
  applications(): ApplicationsView;
  /** Decides a signature application, found by its applyId or its text. */
  reviewSignature(key: string, decision: ReviewDecision, opinion?: string): SignatureView;
  /** Decides a template application, by its templateId. */
  reviewTemplate(templateId: string, decision: ReviewDecision, opinion?: string): TemplateView;
}

const STATUS = { approve: 3, reject: 2 } as const;
const DEFAULT_OPINION = { approve: '', reject: 'Rejected by the sandbox reviewer.' } as const;

function notFound(what: string, key: string): SmsInputError {
  return new SmsInputError(`No ${what} application "${key}".`, [{ field: 'key', message: 'unknown' }], {
    hint: 'GET /_sandbox/applications lists them.',
  });
}

/** A row as the decision leaves it: the status, the opinion, when, and no auto-review still due. */
function decided<Row extends { extra: object }>(
  row: Row,
  decision: ReviewDecision,
  opinion: string | undefined,
  nowMs: number,
): Row & { status: number; reviewDueMs: null } {
  return {
    ...row,
    status: STATUS[decision],
    reviewDueMs: null,
    extra: {
      ...row.extra,
      auditOpinion: opinion ?? DEFAULT_OPINION[decision],
      updatedAt: Math.floor(nowMs / 1000),
    },
  };
}

export function createApplicationsAdmin(store: SandboxStore, now: () => number): ApplicationsAdmin {
  const signatureApplications = () => store.listSignatures().filter((s) => s.extra.applyId !== undefined);
  return {
    applications: () => ({
      signatures: signatureApplications().map(signatureView),
      templates: store
        .listTemplates()
        .filter((t) => t.extra.applied)
        .map(templateView),
    }),
    reviewSignature(key, decision, opinion) {
      const row = signatureApplications().find((s) => s.extra.applyId === key || s.text === key);
      if (!row) throw notFound('signature', key);
      const signature = decided(row, decision, opinion, now());
      store.putSignature(signature);
      return signatureView(signature);
    },
    reviewTemplate(templateId, decision, opinion) {
      const row = store.findTemplate(templateId);
      if (!row || !row.extra.applied) throw notFound('template', templateId);
      const template = decided(row, decision, opinion, now());
      store.putTemplate(template);
      return templateView(template);
    },
  };
}

export const APPLICATION_ROUTES = [
  'GET /_sandbox/applications',
  'POST /_sandbox/applications/signatures/APPLY_ID_OR_TEXT/approve|reject {"opinion"?}',
  'POST /_sandbox/applications/templates/TEMPLATE_ID/approve|reject {"opinion"?}',
];

export function routeApplications(
  admin: ApplicationsAdmin,
  method: string,
  parts: readonly string[],
  body: Buffer,
): AdminResponse | undefined {
  if (parts[0] !== 'applications') return undefined;
  if (method === 'GET' && parts.length === 1) return ok(admin.applications());
  const [, kind, rawKey, decision] = parts;
  if (method !== 'POST' || parts.length !== 4 || (decision !== 'approve' && decision !== 'reject'))
    return undefined;
  const input = jsonObject(body);
  if (input.opinion !== undefined && typeof input.opinion !== 'string')
    throw inputError('opinion', 'give the opinion as a string');
  const opinion = input.opinion as string | undefined;
  const key = decodeURIComponent(rawKey as string);
  if (kind === 'signatures') return ok(admin.reviewSignature(key, decision, opinion));
  if (kind === 'templates') return ok(admin.reviewTemplate(key, decision, opinion));
  return undefined;
}
