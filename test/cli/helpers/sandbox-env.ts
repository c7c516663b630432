import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSandbox } from '../../../src/sandbox/index.ts';
import type { Sandbox, SandboxOptions } from '../../../src/sandbox/index.ts';
import { makeTempHome, type TempHome } from './cli-process.ts';

/** A sandbox for CLI tests: any free port, quick receipts, no rate limit unless a test asks for one. */
export function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, receiptDelayMs: 100, rateLimitQps: 0, log: () => undefined, ...options });
}

/** The CLI's environment in AK/SK mode, pointed at the sandbox. */
export function akskEnv(sandbox: Sandbox): Record<string, string> {
  return {
    VOLCENGINE_ACCESS_KEY: sandbox.credentials.accessKeyId,
    VOLCENGINE_SECRET_KEY: sandbox.credentials.secretAccessKey,
    VOLC_SMS_ENDPOINT: sandbox.url,
  };
}

/** The CLI's environment in the skill's gateway mode (Bearer key), pointed at the sandbox. */
export function gatewayEnv(sandbox: Sandbox): Record<string, string> {
  return { ARK_SKILL_API_KEY: sandbox.credentials.apiKey, ARK_SKILL_API_BASE: sandbox.url };
}

/** The flags that pick one of the seed's templates: its message group, a signature bound to it, its id. */
function seededTemplate(subAccount: string, signature: string, templateId: string): string[] {
  return ['--sub-account', subAccount, '--signature', signature, '--template-id', templateId];
}

/** The seed's verification-code template (sent with `--template-param '{"code":"…"}'`). */
export const CODE_TEMPLATE = seededTemplate('7384ed01', '火山引擎', 'ST_0001');

/** The seed's deploy notice, a notification template (sent with `--template-param '{"version":"…"}'`). */
export const NOTICE_TEMPLATE = seededTemplate('7384ed01', 'VolcOps', 'ST_0004');

/** The seed's promotion (CN_MKT) of group 77da1acf, one `${name}` per recipient: a send_batch_sms target. */
export const PROMOTION_TEMPLATE = seededTemplate('77da1acf', '火山引擎', 'ST_0003');

export function sandboxSecrets(sandbox: Sandbox): string[] {
  return [sandbox.credentials.secretAccessKey, sandbox.credentials.apiKey];
}

/**
 * A sandbox and a temporary HOME for a test file: started before its tests, the sandbox's world reset after
 * each test, both removed after all. `ready` hands them to the file's own variables:
 * `useSandboxWithHome((started) => ({ sandbox, home } = started))`.
 */
export function useSandboxWithHome(
  ready: (started: { sandbox: Sandbox; home: TempHome }) => void,
  options: SandboxOptions = {},
): void {
  let sandbox: Sandbox | undefined;
  let home: TempHome | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox(options);
    home = await makeTempHome();
    ready({ sandbox, home });
  });
  afterEach(() => sandbox?.admin.reset());
  afterAll(async () => {
    await sandbox?.close();
    await home?.cleanup();
  });
}
