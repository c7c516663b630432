// `volc-sms doctor`: the skill's pre-use check and troubleshooting list in one command.
import { describe, expect, it } from 'vitest';
import type { Sandbox, SandboxSeed } from '../../src/sandbox/index.ts';
import { startForwardProxy } from '../helpers/forward-proxy.ts';
import { expectNoSecrets, parseJson, runCli, type TempHome } from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import {
  akskEnv,
  gatewayEnv,
  sandboxSecrets,
  startTestSandbox,
  useSandboxWithHome,
} from './helpers/sandbox-env.ts';

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

interface Report {
  ok: boolean;
  credentials: { kind: string; from: string; variables: string[] } | null;
  checks: Array<{ name: string; ok: boolean; detail: string; fix?: string }>;
  usable: Array<{ SubAccount: string; Signature: string; TemplateId: string; Params: string[] }>;
  warnings: string[];
}

async function doctor(env: Record<string, string>, target = sandbox) {
  const run = await runCli(['doctor'], { env, home: home.home });
  expectNoSecrets(run, sandboxSecrets(target));
  return { run, report: parseJson(run) as unknown as Report };
}

describe('doctor on a healthy account', () => {
  it('finds the credentials (names, not values) and every usable combination: exit 0', async () => {
    const { run, report } = await doctor(gatewayEnv(sandbox));
    expect(run.code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.credentials).toEqual({
      kind: 'gateway',
      from: 'environment',
      variables: ['ARK_SKILL_API_KEY', 'ARK_SKILL_API_BASE'],
    });
    expect(report.checks.every((check) => check.ok)).toBe(true);
    const triples = report.usable.map((c) => `${c.SubAccount}/${c.Signature}/${c.TemplateId}`).sort();
    expect(triples).toEqual([
      '7384ed01/VolcOps/ST_0001',
      '7384ed01/VolcOps/ST_0002',
      '7384ed01/VolcOps/ST_0004',
      '7384ed01/火山引擎/ST_0001',
      '7384ed01/火山引擎/ST_0004',
      '77da1acf/火山引擎/ST_0003',
    ]);
    expect(report.usable.find((c) => c.TemplateId === 'ST_0002')?.Params).toEqual(['service', 'message']);
  });

  it('on a terminal: a check list, the usable table and a ready-to-run dry run', async () => {
    const run = await runMain(['doctor'], { ...akskEnv(sandbox), HOME: home.home }, { tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^\[ok\]   credentials found: AK\/SK from the environment \(VOLCENGINE_ACCESS_KEY, VOLCENGINE_SECRET_KEY\)\n/,
    );
    expect(run.stdout).toMatch(/\[ok\]   usable together: 6 group \+ signature \+ template combination\(s\)/);
    expect(run.stdout).toMatch(/^7384ed01 +Ops alerts +火山引擎 +ST_0001 +CN_OTP +code$/m);
    expect(run.stdout).toContain(
      `Try: volc-sms send_sms --sub-account 7384ed01 --signature 火山引擎 --template-id ST_0001 --mobiles <number> --template-param '{"code":"…"}' --dry-run`,
    );
    expect(run.stdout).not.toContain(sandbox.credentials.secretAccessKey);
  });
});

describe('doctor on a broken setup', () => {
  it('no credentials: says where it looked and how to fix it, exit 3', async () => {
    const { run, report } = await doctor({});
    expect(run.code).toBe(3);
    expect(report.ok).toBe(false);
    expect(report.checks).toHaveLength(1);
    expect(report.checks[0]).toMatchObject({ name: 'credentials found', ok: false });
    expect(report.checks[0]?.detail).toContain('.openclaw/.env');
    expect(report.checks[0]?.fix).toBeTruthy();
  });

  it('a rejected key: endpoint answers, credentials not accepted, exit 3', async () => {
    const { run, report } = await doctor({ ...gatewayEnv(sandbox), ARK_SKILL_API_KEY: 'not-the-key' });
    expect(run.code).toBe(3);
    expect(report.checks.map((c) => [c.name, c.ok])).toEqual([
      ['credentials found', true],
      ['endpoint answers', true],
      ['credentials accepted', false],
    ]);
    expect(run.stdout + run.stderr).not.toContain('not-the-key');
  });

  it('an endpoint that does not answer: exit 4 with the fix', async () => {
    const gone = await startTestSandbox();
    await gone.close();
    const { run, report } = await doctor(akskEnv(gone), gone);
    expect(run.code).toBe(4);
    expect(report.checks.at(-1)).toMatchObject({ name: 'endpoint answers', ok: false });
  });

  it('a service not activated: exit 1, the check says so', async () => {
    sandbox.admin.setAccount({ activated: false });
    try {
      const { run, report } = await doctor(akskEnv(sandbox));
      expect(run.code).toBe(1);
      expect(report.checks.at(-1)).toMatchObject({ name: 'account usable', ok: false });
      expect(report.checks.at(-1)?.detail).toMatch(/^RE:0001: /);
    } finally {
      sandbox.admin.reset();
    }
  });

  it('nothing usable together: every piece exists but does not match, exit 1 with warnings', async () => {
    const seed: SandboxSeed = {
      account: { activated: true, inArrears: false },
      subAccounts: [
        { id: 'aa000001', name: 'Lonely', status: 'approved', channelTypes: ['CN_NTC'] },
        { id: 'bb000002', name: 'Not yet', status: 'reviewing', channelTypes: ['CN_NTC'] },
      ],
      signatures: [{ text: 'Elsewhere', status: 3, subAccounts: ['bb000002'] }],
      templates: [
        {
          id: 'ST_0100',
          name: 'Orphan',
          channelType: 'CN_NTC',
          content: '你好${name}',
          status: 3,
          signatures: ['Elsewhere'],
          subAccounts: ['aa000001'],
        },
      ],
    };
    const broken = await startTestSandbox({ seed });
    try {
      const { run, report } = await doctor(akskEnv(broken), broken);
      expect(run.code).toBe(1);
      expect(report.ok).toBe(false);
      expect(report.usable).toEqual([]);
      expect(report.checks.at(-1)).toMatchObject({ name: 'usable together', ok: false });
      expect(report.warnings).toEqual([
        'Signature Elsewhere is bound to no listed message group.',
        'Template ST_0100 has no approved signature bound to one of its message groups.',
        'Message group aa000001 (Lonely) has no usable signature + template pair.',
      ]);
    } finally {
      await broken.close();
    }
  });
});

describe('doctor behind a proxy', () => {
  it('reaches a sandbox on this machine directly even when HTTP_PROXY is set, and says so', async () => {
    const proxy = await startForwardProxy();
    try {
      const { run, report } = await doctor({ ...akskEnv(sandbox), HTTP_PROXY: proxy.url });
      expect(run.code).toBe(0);
      expect(report.checks.find((c) => c.name === 'endpoint answers')?.detail).toBe(sandbox.url);
      expect(proxy.seen).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('shows the route through the proxy for an endpoint reached by name, never the proxy password', async () => {
    const proxy = await startForwardProxy({
      credentials: 'dev:proxy-pw',
      hosts: { 'sms.internal': '127.0.0.1' },
    });
    try {
      const endpoint = sandbox.url.replace('127.0.0.1', 'sms.internal');
      const { run, report } = await doctor({
        ...akskEnv(sandbox),
        VOLC_SMS_ENDPOINT: endpoint,
        HTTP_PROXY: proxy.url.replace('//', '//dev:proxy-pw@'),
      });
      expect(run.code).toBe(0);
      expect(report.checks.find((c) => c.name === 'endpoint answers')?.detail).toBe(
        `${endpoint} through the proxy ${proxy.url} (HTTP_PROXY)`,
      );
      expect(proxy.seen.length).toBeGreaterThan(0);
      expect(`${run.stdout}${run.stderr}`).not.toContain('proxy-pw');
    } finally {
      await proxy.close();
    }
  });
});
