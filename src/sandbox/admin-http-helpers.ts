import { SmsInputError } from '../core/index.ts';

/** Small pieces shared by the admin API's routers (admin-http.ts and the routes split off from it). */

export interface AdminResponse {
  status: number;
  body: unknown;
}

export const ok = (body: unknown): AdminResponse => ({ status: 200, body });

export function inputError(field: string, message: string): SmsInputError {
  return new SmsInputError(`Invalid ${field}: ${message}.`, [{ field, message }]);
}

export function positiveInt(text: string, field: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw inputError(field, 'must be a positive integer');
  return Number(text);
}

export function jsonObject(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8').trim();
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw inputError('body', 'the body must be JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw inputError('body', 'the body must be a JSON object');
  return value as Record<string, unknown>;
}
