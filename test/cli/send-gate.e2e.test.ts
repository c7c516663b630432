// send-preview / send-submit through the real bin against the sandbox (and a stub for a template edited
// between preview and submit): the skill 1.3 envelope, and that nothing is sent without a matching digest.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { expectNoSecrets, runCli, type CliRun, type TempHome } from './helpers/cli-process.ts';
import { envelope } from './helpers/gate-cli.ts';
import { akskEnv, sandboxSecrets, useSandboxWithHome } from './helpers/sandbox-env.ts';
import { startStubApi, stubEnvelope } from './helpers/stub-api.ts';

// Several real CLI processes per test: on a loaded 2-core machine each may take seconds to start.
vi.setConfig({ testTimeout: 90_000 });

let sandbox: Sandbox;
let home: TempHome;
let stateDir: string;

useSandboxWithHome((started) => ({ sandbox, home } = started));

const NUMBERS = ['13800000000', '13900000001'];
const send = (mobiles = NUMBERS, params = '{"version":"2.1.0"}') => [
  '--sub-account',
  '7384ed01',
  '--signature',
  '【VolcOps】',
  '--template-id',
  'ST_0004',
  ...mobiles.flatMap((m) => ['--mobile', m]),
  '--template-params',
  params,
];

async function cli(args: readonly string[], env: Record<string, string> = akskEnv(sandbox)): Promise<CliRun> {
  // Each test its own ledger, so no test sees another's previews.
  const run = await runCli(args, { env: { ...env, VOLC_SMS_STATE_DIR: stateDir }, home: home.home });
  expectNoSecrets(run, [...sandboxSecrets(sandbox), ...NUMBERS, '13800000002']);
  return run;
}

async function preview(mobiles = NUMBERS, params?: string) {
  const run = await cli(['send-preview', ...send(mobiles, params)]);
  expect(run.code).toBe(0);
  return envelope(run).result.digest as string;
}

const submit = (digest: string, extra: string[] = [], mobiles = NUMBERS) =>
  cli([
    'send-submit',
    ...send(mobiles),
    '--preview-digest',
    digest,
    '--authorization-digest',
    digest,
    ...extra,
  ]);

describe('send-preview', () => {
  beforeAll(async () => {
    stateDir = await mkdtemp(path.join(home.home, 'state-'));
  });

  it('prints the masked summary and the digest in the skill 1.3 envelope, and sends nothing', async () => {
    const run = await cli(['send-preview', ...send()]);
    expect(run.code).toBe(0);
    const out = envelope(run);
    expect(out).toMatchObject({ action: 'send-preview', success: true, error: null, request_id: null });
    expect(out.result.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(out.result.preview).toEqual({
      subAccount: '7384ed01',
      signature: 'VolcOps',
      templateId: 'ST_0004',
      originalRecipients: ['138****0000', '139****0001'],
      recipients: ['138****0000', '139****0001'],
      recipientCount: 2,
      dedupePolicy: 'reject',
      duplicates: [],
      variableNames: ['version'],
      contentSummary: {
        templateSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        renderedSha256: expect.any(String),
      },
      estimatedSegments: 2,
    });
    // Keys sorted, compact: exactly the canonical form.
    expect(run.stdout.startsWith('{"action":"send-preview","error":null,"request_id":null,"result":{')).toBe(
      true,
    );
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('refuses a group that is not usable, a missing variable and duplicate numbers, naming each', async () => {
    const pending = await cli(['send-preview', ...send().map((a) => (a === '7384ed01' ? '5c0ffee0' : a))]);
    expect(pending.code).toBe(2);
    expect(envelope(pending).error).toMatchObject({ code: 'validation_error', outcome_unknown: false });
    expect(envelope(pending).error?.message).toMatch(/Message group 5c0ffee0 has status 0, not 1 \(usable\)/);

    const missing = await cli(['send-preview', ...send(NUMBERS, '{}')]);
    expect(envelope(missing).error?.message).toMatch(/template-params: missing version/);

    const twice = await cli(['send-preview', ...send(['13800000000', '+8613800000000'])]);
    expect(envelope(twice).error?.message).toMatch(/duplicate numbers 138\*\*\*\*0000/);
    const kept = await cli([
      'send-preview',
      ...send(['13800000000', '+8613800000000']),
      '--dedupe-policy',
      'keep-first',
    ]);
    expect(envelope(kept).result.preview).toMatchObject({ recipientCount: 1, duplicates: ['138****0000'] });
  });

  it('reports a bad flag as argument_error in the envelope', async () => {
    const run = await cli(['send-preview', ...send(), '--dedupe-policy', 'sometimes']);
    expect(run.code).toBe(2);
    expect(envelope(run).error).toMatchObject({ code: 'argument_error' });
  });
});

describe('send-submit', () => {
  beforeAll(async () => {
    stateDir = await mkdtemp(path.join(home.home, 'state-'));
  });

  it('sends exactly once: preview → submit, then the same digest again sends nothing', async () => {
    const digest = await preview();
    const first = await submit(digest);
    expect(first.code).toBe(0);
    const sent = envelope(first);
    expect(sent).toMatchObject({ action: 'SendSmsForAgent', success: true, error: null });
    expect(sent.request_id).toEqual(expect.any(String));
    expect((sent.result.MessageIds as string[]).length).toBe(2);
    expect(sandbox.admin.messages().map((m) => m.mobile)).toEqual(NUMBERS);

    const again = await submit(digest);
    expect(again.code).toBe(2);
    expect(envelope(again).error?.code).toBe('already_submitted');
    expect(sandbox.admin.messages()).toHaveLength(2);
  });

  it('two submits racing with one digest send once', async () => {
    const digest = await preview(['13800000002']);
    const runs = await Promise.all([0, 1, 2].map(() => submit(digest, [], ['13800000002'])));
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2, 2]);
    expect(sandbox.admin.messages()).toHaveLength(1);
  });

  it('without a preview, with a digest of another request or unequal digests: nothing is sent', async () => {
    const never = await submit('a'.repeat(64));
    expect(never.code).toBe(2);
    expect(envelope(never)).toMatchObject({ action: 'send-submit', error: { code: 'digest_mismatch' } });

    const other = await preview(['13800000000']);
    const wrong = await submit(other);
    expect(envelope(wrong).error?.code).toBe('digest_mismatch');
    expect(envelope(wrong).result).toEqual({
      changed: ['estimatedSegments', 'originalRecipients', 'recipientVariables', 'recipients'],
    });

    // Unequal digests are refused before any network call: this endpoint has nothing listening.
    const digest = await preview();
    const unequal = await cli(
      ['send-submit', ...send(), '--preview-digest', digest, '--authorization-digest', other],
      { ...akskEnv(sandbox), VOLC_SMS_ENDPOINT: 'http://127.0.0.1:9' },
    );
    expect(envelope(unequal).error?.code).toBe('authorization_mismatch');
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('a lost answer is outcome_unknown with the reconcile command; the digest needs --reconciled to send again', async () => {
    const digest = await preview();
    sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'drop-after', count: 1 });
    const lost = await submit(digest);
    expect(lost.code).toBe(5);
    const out = envelope(lost);
    expect(out).toMatchObject({
      action: 'SendSmsForAgent',
      error: { code: 'outcome_unknown', outcome_unknown: true, retryable: false },
    });
    expect(out.error?.message).toContain(
      'volc-sms list_sms_send_log --sub-account 7384ed01 --template-id ST_0004',
    );
    expect(out.error?.message).toContain('--reconciled');
    expect(sandbox.admin.messages()).toHaveLength(2); // it was processed; only the answer was lost

    const retry = await submit(digest);
    expect(retry.code).toBe(5);
    expect(envelope(retry).error?.code).toBe('outcome_unknown');
    // A new preview of the same send does not clear it either.
    expect(await preview()).toBe(digest);
    expect((await submit(digest)).code).toBe(5);
    expect(sandbox.admin.messages()).toHaveLength(2);

    const reconciled = await submit(digest, ['--reconciled']);
    expect(reconciled.code).toBe(0);
    expect(sandbox.admin.messages()).toHaveLength(4);
  });

  it('a group that stopped being usable since the preview (GetSubAccountDetail) refuses the submit', async () => {
    const digest = await preview();
    sandbox.admin.putSubAccount({
      id: '7384ed01',
      name: 'Ops alerts',
      status: 'reviewing',
      channelTypes: ['CN_OTP', 'CN_NTC'],
    });
    const run = await submit(digest);
    expect(run.code).toBe(2);
    expect(envelope(run).error).toMatchObject({ code: 'validation_error' });
    expect(envelope(run).error?.message).toContain('Message group 7384ed01 has status 0, not 1');
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('keeps neither the digest nor a number in the ledger directory', async () => {
    const digest = await preview();
    await submit(digest);
    const dir = path.join(stateDir, 'consent');
    const names = await readdir(dir);
    const text = (await Promise.all(names.map((n) => readFile(path.join(dir, n), 'utf8')))).join('\n');
    for (const secret of [digest, ...NUMBERS]) expect(names.join('\n') + text).not.toContain(secret);
  });
});

describe('send-submit when the service changed since the preview', () => {
  beforeAll(async () => {
    stateDir = await mkdtemp(path.join(home.home, 'state-'));
  });

  it('refuses a template edited between preview and submit, says so, and never calls SendSmsForAgent', async () => {
    let content = '部署已完成，版本${version}。';
    const stub = await startStubApi(({ action }) => {
      const result: Record<string, unknown> = {
        GetSubAccountDetail: { subAccountId: '7384ed01', status: 1 },
        ListSignatureForAgent: {
          Total: 1,
          List: [{ Signature: 'VolcOps', Status: 3, SubAccounts: ['7384ed01'] }],
        },
        ListSmsTemplateForAgent: {
          Total: 1,
          List: [
            {
              TemplateId: 'ST_0004',
              Status: 3,
              Content: content,
              Signatures: ['VolcOps'],
              SubAccounts: ['7384ed01'],
            },
          ],
        },
        // The digest reads the content from the V2 detail (reference §4.3).
        ListSecondTemplate: {
          total: 1,
          list: [
            {
              templateId: 'ST_0004',
              status: 3,
              content: `【VolcOps】${content}`,
              templateParams: [{ name: 'version' }],
              channelType: 'CN_NTC',
              signatures: ['VolcOps'],
              subAccounts: ['7384ed01'],
            },
          ],
        },
      };
      return { body: stubEnvelope(action, { result: result[action] ?? {} }) };
    });
    try {
      const env = {
        VOLCENGINE_ACCESS_KEY: 'AKLTstub',
        VOLCENGINE_SECRET_KEY: 'stub-secret',
        VOLC_SMS_ENDPOINT: stub.url,
      };
      const first = await cli(['send-preview', ...send()], env);
      const digest = envelope(first).result.digest as string;
      content = '部署已完成，版本${version}，请检查。';
      const run = await cli(
        ['send-submit', ...send(), '--preview-digest', digest, '--authorization-digest', digest],
        env,
      );
      expect(run.code).toBe(2);
      expect(envelope(run).error?.message).toContain('changed: the rendered text, the template content');
      const actions = stub.requests.map((r) => r.action);
      expect(actions).not.toContain('SendSmsForAgent');
      // The four pre-checks of the reference (§4.2), at the preview and again at the submit.
      for (const action of [
        'GetSubAccountDetail',
        'ListSignatureForAgent',
        'ListSmsTemplateForAgent',
        'ListSecondTemplate',
      ])
        expect(actions.filter((a) => a === action)).toHaveLength(2);
    } finally {
      await stub.close();
    }
  });
});
