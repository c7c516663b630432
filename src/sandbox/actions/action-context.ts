import type { z } from 'zod';
import type { WireSchemas } from '../../core/index.ts';
import { businessErrors } from '../business-error.ts';
import type { ParamShape } from '../request-params.ts';
import type { DeliveryRule } from '../seed-schema.ts';
import type { SandboxStore } from '../store.ts';
import type { SandboxServices } from '../services.ts';

/** What a handler sees: the state, the (possibly injected) time and this request's id. */
export interface ActionContext {
  store: SandboxStore;
  nowMs: number;
  requestId: string;
  receiptDelayMs: number;
  deliveryRules: readonly DeliveryRule[];
  /** The core's request schemas, loaded once when the sandbox starts. */
  schemas: WireSchemas;
  /** The batch tasks, uploads, applications and verification codes (the V2 world). */
  services: SandboxServices;
  /** `http://host:port` as the caller reached the sandbox (presigned upload URLs point there). */
  publicUrl: string;
}

export interface ActionDefinition {
  action: string;
  version: string;
  /**
   * The one HTTP method an agent action takes (reference-v2 §1.2); another answers 405 before anything
   * happens. Classic actions leave it out: the official SDKs send them as GET, POST and even PUT.
   */
  method?: 'GET' | 'POST';
  /** How query-string values are typed when the parameters come from the query. */
  shape: ParamShape;
  /** A result (enveloped as JSON), a RawAnswer (sent as it is), or a promise of either. */
  handle(params: Record<string, unknown>, context: ActionContext): unknown;
}

/** A success that is not a JSON envelope (TemplateUploadDemo's CSV). */
export class RawAnswer {
  readonly contentType: string;
  readonly body: Buffer;
  readonly headers: Record<string, string>;
  constructor(contentType: string, body: Buffer, headers: Record<string, string> = {}) {
    this.contentType = contentType;
    this.body = body;
    this.headers = headers;
  }
}

/**
 * Validates parameters with a zod schema (the core's request schemas for the agent actions). Wrong or
 * missing fields answer ZJ10200 naming each field (documented choice; the classic management actions
 * use 1001 instead, through `invalid`).
 */
export function validateParams<T extends z.ZodType>(
  schema: T,
  params: Record<string, unknown>,
  invalid: (detail: string) => Error = businessErrors.invalidField,
): z.output<T> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
  throw invalid(detail);
}

/** RE:0001 applies to every action: an account without the service cannot use any of them. */
export function requireActivated(context: ActionContext): void {
  if (!context.store.getAccount().activated) throw businessErrors.notActivated();
}

/** One page of a list (1-based page numbers). */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): T[] {
  const start = (page - 1) * pageSize;
  return items.slice(start, start + pageSize);
}

/** The V2 (lowerCamel) actions answer bad or missing fields with 1001, naming each field. */
export function validateV2<T extends z.ZodType>(schema: T, params: Record<string, unknown>): z.output<T> {
  return validateParams(schema, params, businessErrors.managementParameter);
}

/** Agent lists page from 1 with 20 items unless told otherwise (the skill's defaults). */
export function withPagingDefaults(params: Record<string, unknown>): Record<string, unknown> {
  return { Page: 1, PageSize: 20, ...params };
}
