import { describe, expect, it } from 'vitest';
import { createSmsClient } from '../../src/core/client.ts';
import { SmsConfigError } from '../../src/core/errors/errors.ts';
import type { ClientOptions } from '../../src/core/types.ts';

const aksk = { kind: 'aksk' as const, accessKeyId: 'AKLTopts', secretAccessKey: 'options-secret' };

function configError(options: ClientOptions): SmsConfigError {
  try {
    void createSmsClient(options).close();
  } catch (err) {
    expect(err).toBeInstanceOf(SmsConfigError);
    return err as SmsConfigError;
  }
  throw new Error('expected SmsConfigError');
}

describe('createSmsClient option checks', () => {
  it.each([
    [{ auth: { ...aksk, secretAccessKey: ' ' } }, 'auth.secretAccessKey: must not be empty'],
    [{ auth: { kind: 'gateway', apiKey: 'k-secret-1', apiBase: 'not a url' } }, 'auth.apiBase'],
    [{ auth: aksk, endpoint: 'ftp://example.com' }, 'endpoint'],
    [{ auth: aksk, timeoutMs: 0 }, 'timeoutMs'],
    [{ auth: aksk, connectTimeoutMs: 1.5 }, 'connectTimeoutMs'],
    [{ auth: aksk, maxRetries: -1 }, 'maxRetries'],
    [{ auth: aksk, sendConcurrency: 0 }, 'sendConcurrency'],
    [{ auth: aksk, maxConnections: 0 }, 'maxConnections'],
    [{ auth: aksk, api: 'v3' }, 'api'],
    [{ auth: aksk, fetch: 'curl' }, 'fetch'],
    // Edges: each must be named.
    [{ auth: aksk, endpoint: 'http:example.com' }, 'endpoint'],
    [{ auth: aksk, maxRetries: 11 }, 'maxRetries'],
    [{ auth: aksk, timeoutMs: Number.POSITIVE_INFINITY }, 'timeoutMs'],
    [{ auth: { ...aksk, sessionToken: 5 } }, 'auth.sessionToken'],
    [{ auth: aksk, userAgent: 7 }, 'userAgent'],
    [{ auth: { kind: 'basic' } }, 'auth.kind: must be "aksk" or "gateway"'],
    [{ auth: 'AKLT:secret' }, 'auth: must be'],
    [{ auth: aksk, clock: 'now' }, 'clock: must be a function'],
  ] as Array<[ClientOptions, string]>)('%j names %s', (options, named) => {
    const err = configError(options);
    expect(err.message).toContain(named);
    expect(err.message).not.toContain('options-secret');
    expect(err.message).not.toContain('k-secret-1');
  });

  it('names every bad option at once and tolerates extra keys', () => {
    const err = configError({ auth: aksk, timeoutMs: -5, region: '' });
    expect(err.message).toMatch(/timeoutMs.*region|region.*timeoutMs/);
    const options = { auth: aksk, endpoint: 'http://127.0.0.1:9', somethingElse: true } as ClientOptions;
    expect(() => void createSmsClient(options).close()).not.toThrow();
  });

  it('accepts an endpoint with surrounding spaces (URL parsing drops them)', () => {
    const options = { auth: aksk, endpoint: ' http://127.0.0.1:9 ' } as ClientOptions;
    expect(() => void createSmsClient(options).close()).not.toThrow();
  });
});
