import { randomBytes } from 'node:crypto';

/**
 * The response envelope of every action (reference §2.1): ResponseMetadata always, Result only on
 * success, Error {Code, Message, CodeN?} only on failure.
 */

export const SERVICE = 'volcSMS';
export const REGION = 'cn-north-1';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** 14-digit UTC+8 timestamp + 20 upper-case hex characters, like the samples' `20240425205514` + hex. */
export function newRequestId(nowMs: number): string {
  const stamp = new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString().replace(/\D/g, '').slice(0, 14);
  return stamp + randomBytes(10).toString('hex').toUpperCase();
}

export interface EnvelopeMeta {
  requestId: string;
  action: string;
  version: string;
}

function metadata(meta: EnvelopeMeta) {
  return {
    RequestId: meta.requestId,
    Action: meta.action,
    Version: meta.version,
    Service: SERVICE,
    Region: REGION,
  };
}

export function successEnvelope(meta: EnvelopeMeta, result: unknown): string {
  return JSON.stringify({ ResponseMetadata: metadata(meta), Result: result });
}

export function errorEnvelope(
  meta: EnvelopeMeta,
  error: { code: string; message: string; codeN?: number | undefined },
) {
  const body: { Code: string; CodeN?: number; Message: string } = {
    Code: error.code,
    Message: error.message,
  };
  if (error.codeN !== undefined) body.CodeN = error.codeN;
  return JSON.stringify({ ResponseMetadata: { ...metadata(meta), Error: body } });
}
