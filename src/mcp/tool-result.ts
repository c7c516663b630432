import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describeError, maskPhonesInText, redact } from '../core/index.ts';
import type { GateFailure } from '../core/index.ts';

/**
 * What every tool answers: structured content plus the same JSON as text (for clients that show only
 * text), masked as the CLI's JSON is; a failure is a tool error (`isError`) carrying the code, the request
 * id and the hint, never a stack trace.
 */

// Digests, ids and keys are never masked (reference §5.1's gotcha: the phone pattern fires inside hex).
const NEVER_MASKED = /(id|ids|digest|sha256|key)$/i;

/** Phone numbers in any string value of a result, except under keys that hold ids or digests. */
export function maskResult(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return NEVER_MASKED.test(key) ? value : maskPhonesInText(value);
  if (Array.isArray(value)) return value.map((item) => maskResult(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskResult(v, k)]));
  }
  return value;
}

export function toolSuccess(structured: Record<string, unknown>): CallToolResult {
  const masked = maskResult(structured) as Record<string, unknown>;
  return { content: [{ type: 'text', text: JSON.stringify(masked) }], structuredContent: masked };
}

export interface ToolErrorDetail {
  code: string;
  message: string;
  hint: string | null;
  requestId: string | null;
  outcome_unknown: boolean;
  retryable: boolean;
  changed?: string[];
}

export function toolError(failure: GateFailure): CallToolResult {
  const described = describeError(failure.error);
  const detail: ToolErrorDetail = {
    code: failure.code,
    message: redact(described.message),
    hint: described.hint === undefined ? null : redact(described.hint),
    requestId: described.requestId ?? null,
    outcome_unknown: failure.code === 'outcome_unknown',
    retryable: failure.retryable,
    ...(failure.changed === undefined ? {} : { changed: failure.changed }),
  };
  const line = [
    `${detail.code}: ${detail.message}`,
    detail.requestId === null ? '' : ` (request id ${detail.requestId})`,
    detail.hint === null ? '' : `. Hint: ${detail.hint}`,
  ].join('');
  return {
    isError: true,
    content: [
      { type: 'text', text: line },
      { type: 'text', text: JSON.stringify({ error: detail }) },
    ],
  };
}
