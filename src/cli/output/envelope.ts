import { isSmsApiError } from '../../core/index.ts';

/**
 * The response envelope behind an API error, for JSON mode (the skill's callers read the envelope, error
 * or not). The server's own envelope when the error carries it (`raw`); otherwise one rebuilt from what the
 * error kept: request id, code and the server's message. Undefined when the server never answered.
 */
export function envelopeOf(error: unknown): unknown {
  if (error === null || typeof error !== 'object') return undefined;
  const raw = (error as { raw?: unknown }).raw;
  if (isEnvelope(raw)) return raw;
  // `HTTP502`-style codes mean the body held no envelope at all: nothing to print.
  if (!isSmsApiError(error) || error.apiCode === '' || /^HTTP\d+$/.test(error.apiCode)) return undefined;
  return {
    ResponseMetadata: {
      RequestId: error.requestId ?? '',
      Error: { Code: error.apiCode, Message: error.apiMessage },
    },
  };
}

export function isEnvelope(value: unknown): value is { ResponseMetadata: unknown } {
  return value !== null && typeof value === 'object' && 'ResponseMetadata' in value;
}
