// `volc-sms sandbox` as a user runs it: starts, prints where it listens, serves the CLI, stops on a signal.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempHome, parseJson, runCli, startLongRunning } from './helpers/cli-process.ts';
import { NOTICE_TEMPLATE } from './helpers/sandbox-env.ts';

let home: { home: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  home = await makeTempHome();
});
afterAll(() => home.cleanup());

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

describe('volc-sms sandbox', () => {
  it('serves the CLI until SIGINT, then closes cleanly with exit 0', async () => {
    const sandbox = await startLongRunning(['sandbox', '--port', '0', '--rate-limit', '0'], {
      home: home.home,
      ready: LISTENING,
    });
    const url = sandbox.match[1] as string;
    try {
      expect(sandbox.output().stdout).toContain(`export VOLC_SMS_ENDPOINT=${url}`);
      const env = {
        VOLC_SMS_ENDPOINT: url,
        VOLCENGINE_ACCESS_KEY: 'AKLTsandbox',
        VOLCENGINE_SECRET_KEY: 'sandbox-secret',
      };
      const run = await runCli(['list_sub_account'], { env, home: home.home });
      expect(run.code).toBe(0);
      expect(parseJson(run)).toHaveProperty('Result.Total', 2);
    } finally {
      expect(await sandbox.stop('SIGINT')).toBe(0);
    }
    expect(sandbox.output().stderr).toMatch(/ListSubAccountForAgent 200/);
    expect(sandbox.output().stderr).toMatch(/Sandbox stopped \(SIGINT\)\.\n$/);
  });

  it('takes its own credentials and faults from flags (SIGTERM stops it too)', async () => {
    const args = ['sandbox', '--port', '0', '--api-key', 'my-test-key', '--fault', 'SendSmsForAgent=500x1'];
    const sandbox = await startLongRunning(args, { home: home.home, ready: LISTENING });
    try {
      const env = { ARK_SKILL_API_BASE: sandbox.match[1] as string, ARK_SKILL_API_KEY: 'my-test-key' };
      const send = [
        'send_sms',
        ...NOTICE_TEMPLATE,
        '--mobiles',
        '13800000000',
        '--template-param',
        '{"version":"1"}',
      ];
      const run = await runCli(send, { env, home: home.home });
      expect(run.code).toBe(5); // a 5xx on a send: it may or may not have gone out, and is never retried
      // The one fault is spent: the key from --api-key is accepted, any other refused.
      const again = await runCli(send, { env, home: home.home });
      expect(again.code, again.stderr).toBe(0);
      const wrongKey = await runCli(send, {
        env: { ...env, ARK_SKILL_API_KEY: 'not-my-key' },
        home: home.home,
      });
      expect(wrongKey.code, wrongKey.stderr).toBe(3);
    } finally {
      expect(await sandbox.stop('SIGTERM')).toBe(0);
    }
  });

  it('--seed and --db: its own groups, and state that survives a restart', async () => {
    const seed = path.join(home.home, 'seed.json');
    const db = path.join(home.home, 'state.db');
    await writeFile(
      seed,
      JSON.stringify({
        account: { activated: true, inArrears: false },
        subAccounts: [{ id: 'cafe0001', name: 'Team', status: 'approved', channelTypes: ['CN_NTC'] }],
        signatures: [{ text: 'TeamSign', status: 3, subAccounts: ['cafe0001'] }],
        templates: [
          {
            id: 'ST_0500',
            name: 'Hello',
            channelType: 'CN_NTC',
            content: '你好${name}',
            status: 3,
            signatures: ['TeamSign'],
            subAccounts: ['cafe0001'],
          },
        ],
      }),
    );
    const args = ['sandbox', '--port', '0', '--seed', seed, '--db', db, '--receipt-delay', '0'];
    const cliAgainst = (url: string, command: string[]) =>
      runCli(command, {
        env: {
          VOLC_SMS_ENDPOINT: url,
          VOLCENGINE_ACCESS_KEY: 'AKLTsandbox',
          VOLCENGINE_SECRET_KEY: 'sandbox-secret',
        },
        home: home.home,
      });
    const first = await startLongRunning(args, { home: home.home, ready: LISTENING });
    try {
      const groups = await cliAgainst(first.match[1] as string, ['list_sub_account']);
      expect(groups.stdout).toContain('"cafe0001"');
      const send = [
        'send_sms',
        '--sub-account',
        'cafe0001',
        '--signature',
        'TeamSign',
        '--template-id',
        'ST_0500',
      ];
      const sent = await cliAgainst(first.match[1] as string, [
        ...send,
        '--mobiles',
        '13800000000',
        '--template-param',
        '{"name":"Li"}',
      ]);
      expect(sent.code, sent.stderr).toBe(0);
    } finally {
      expect(await first.stop('SIGINT')).toBe(0);
    }
    const second = await startLongRunning(args, { home: home.home, ready: LISTENING });
    try {
      const log = await cliAgainst(second.match[1] as string, [
        'list_sms_send_log',
        '--sub-account',
        'cafe0001',
        '--since',
        '1h',
      ]);
      expect(parseJson(log)).toHaveProperty('Result.Total', 1);
    } finally {
      expect(await second.stop('SIGINT')).toBe(0);
    }
  }, 60_000); // two sandboxes and three CLI processes, one after another, on a shared machine

  it('names a bad flag value instead of starting', async () => {
    const run = await runCli(['sandbox', '--port', '99999'], { home: home.home });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port must be at most 65535/);
  });
});
