// The six commands as a user (or agent) runs them: a real process, real HTTP, the sandbox as the API,
// in both authentication modes. stdout is a pipe here, so the CLI prints the JSON envelope.
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { expectNoSecrets, parseJson, runCli, type TempHome } from './helpers/cli-process.ts';
import {
  akskEnv,
  CODE_TEMPLATE,
  gatewayEnv,
  sandboxSecrets,
  useSandboxWithHome,
} from './helpers/sandbox-env.ts';

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

type Envelope = {
  ResponseMetadata: { Action?: string; RequestId: string; Error?: unknown };
  Result: Record<string, unknown> & { List?: Array<Record<string, unknown>>; Total?: number };
};

describe.each([
  ['AK/SK', (s: Sandbox) => akskEnv(s)],
  ['gateway key', (s: Sandbox) => gatewayEnv(s)],
])('the six commands with %s credentials', (_mode, envFor) => {
  const cli = async (...args: string[]) => {
    const run = await runCli(args, { env: envFor(sandbox), home: home.home });
    expectNoSecrets(run, sandboxSecrets(sandbox));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const envelope = parseJson(run) as Envelope;
    expect(envelope.ResponseMetadata.Error).toBeUndefined();
    expect(envelope.ResponseMetadata.RequestId).toMatch(/^\d{14}[0-9A-F]{20}$/);
    return { run, envelope };
  };

  it('list_sub_account lists the approved groups, with the name filter of both spellings', async () => {
    const { envelope } = await cli('list_sub_account');
    expect(envelope.ResponseMetadata.Action).toBe('ListSubAccountForAgent');
    expect(envelope.Result.List?.map((g) => g.SubAccount).sort()).toEqual(['7384ed01', '77da1acf']);
    const byName = await cli('list_sub_account', '--name', 'Marketing');
    expect(byName.envelope.Result.List?.map((g) => g.SubAccount)).toEqual(['77da1acf']);
    const bySkillFlag = await cli('list_sub_account', '--sub-account-name', 'Ops');
    expect(bySkillFlag.envelope.Result.List?.map((g) => g.SubAccount)).toEqual(['7384ed01']);
  });

  it('list_signature filters by group (--sub-account as the seed document writes it) and prints non-ASCII as is', async () => {
    const { run, envelope } = await cli('list_signature', '--sub-account', '77da1acf');
    expect(envelope.ResponseMetadata.Action).toBe('ListSignatureForAgent');
    expect(envelope.Result.List?.map((s) => s.Signature)).toEqual(['火山引擎']);
    expect(run.stdout).toContain('"火山引擎"');
    expect(run.stdout.startsWith('{\n  "ResponseMetadata"')).toBe(true);
  });

  it('list_sms_template filters by signature', async () => {
    const { envelope } = await cli('list_sms_template', '--signatures', '火山引擎');
    expect(envelope.ResponseMetadata.Action).toBe('ListSmsTemplateForAgent');
    // Every review status is listed (ST_0009 is under review), as the service does.
    expect(envelope.Result.List?.map((t) => t.TemplateId).sort()).toEqual([
      'ST_0001',
      'ST_0003',
      'ST_0004',
      'ST_0009',
    ]);
  });

  it('send_sms sends, then list_sms_send_log and list_total_send_count_stat see it', async () => {
    const sent = await cli(
      'send_sms',
      ...CODE_TEMPLATE,
      '--mobiles',
      '+86 138-0013-8000',
      '--template-param',
      '{"code":"246810"}',
    );
    expect(sent.envelope.ResponseMetadata.Action).toBe('SendSmsForAgent');
    const [messageId] = sent.envelope.Result.MessageIds as string[];
    const received = sandbox.admin.messages().find((m) => m.messageId === messageId);
    expect(received).toMatchObject({
      mobile: '13800138000',
      text: '【火山引擎】您的验证码是246810，5分钟内有效。',
    });

    const log = await cli(
      'list_sms_send_log',
      '--sub-account',
      '7384ed01',
      '--since',
      '1h',
      '--message-id',
      messageId as string,
    );
    expect(log.envelope.ResponseMetadata.Action).toBe('ListSmsSendLogForAgent');
    expect(log.envelope.Result.List?.map((e) => e.MessageId)).toEqual([messageId]);
    expect(log.envelope.Result.List?.[0]?.Mobile).toBe('138****8000');
    // Reference §5.1: the code a verification message carried is never echoed, not even by the send log.
    expect(log.run.stdout).not.toContain('246810');
    expect(log.envelope.Result.List?.[0]?.Content).toBe('【火山引擎】您的验证码是******，5分钟内有效。');

    const stats = await cli('list_total_send_count_stat', '--since', '24h', '--sub-account', '7384ed01');
    expect(stats.envelope.ResponseMetadata.Action).toBe('ListTotalSendCountStatForAgent');
    expect(stats.envelope.Result.TotalSendCount).toBeGreaterThanOrEqual(1);
  });

  it("takes the skill's epoch-second times unchanged", async () => {
    const now = Math.floor(Date.now() / 1000);
    const { envelope } = await cli(
      'list_total_send_count_stat',
      '--start-time',
      String(now - 3600),
      '--end-time',
      String(now + 60),
    );
    expect(typeof envelope.Result.TotalSendCount).toBe('number');
  });
});
