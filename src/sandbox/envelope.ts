import { randomFillSync } from 'node:crypto';

/**
 * The response envelope of every action (reference §2.1): ResponseMetadata always, Result only on
 * success, Error {Code, Message, CodeN?} only on failure.
 */

export const SERVICE = 'volcSMS';
export const REGION = 'cn-north-1';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

// Random bytes are drawn in blocks: one randomFill per request was a measurable share of a send's cost.
const RANDOM_BLOCK = Buffer.alloc(10 * 512);
let randomOffset = RANDOM_BLOCK.length;

function randomHex10(): string {
  if (randomOffset === RANDOM_BLOCK.length) {
    randomFillSync(RANDOM_BLOCK);
    randomOffset = 0;
  }
  randomOffset += 10;
  return RANDOM_BLOCK.toString('hex', randomOffset - 10, randomOffset).toUpperCase();
}

/** 14-digit UTC+8 timestamp + 20 upper-case hex characters, like the samples' `20240425205514` + hex. */
export function newRequestId(nowMs: number): string {
  const stamp = new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString();
  return (
    stamp.slice(0, 4) +
    stamp.slice(5, 7) +
    stamp.slice(8, 10) +
    stamp.slice(11, 13) +
    stamp.slice(14, 16) +
    stamp.slice(17, 19) +
    randomHex10()
  );
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
