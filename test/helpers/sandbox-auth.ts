import type { AuthConfig } from '../../src/core/index.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';

/** Client credentials the given sandbox accepts, in either auth mode. */
export function sandboxAuth(sandbox: Sandbox, kind: AuthConfig['kind'] = 'aksk'): AuthConfig {
  return kind === 'aksk'
    ? {
        kind,
        accessKeyId: sandbox.credentials.accessKeyId,
        secretAccessKey: sandbox.credentials.secretAccessKey,
      }
    : { kind, apiKey: sandbox.credentials.apiKey, apiBase: sandbox.url };
}
