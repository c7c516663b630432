// `volc-sms mcp` over stdio, spawned as the real bin and driven by the SDK's own Client, against the sandbox.
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSmsClient } from '../../src/core/index.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome, parseJson, runCli } from '../cli/helpers/cli-process.ts';
import { akskEnv, sandboxSecrets, startTestSandbox } from '../cli/helpers/sandbox-env.ts';
import { sendNotice } from '../helpers/seed-requests.ts';
import { recordedStdioMcp, startConfirmingMcp, structured, toolErrorOf } from './helpers.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

const NUMBERS = ['13800000000', '13900000001'];
let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };
let env: Record<string, string>;
let client: Client;
const mcp = recordedStdioMcp();
const call = mcp.call;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  home = await makeTempHome();
  env = { ...akskEnv(sandbox), VOLC_SMS_STATE_DIR: await mkdtemp(path.join(home.home, 'state-')) };
  client = await mcp.start(env, home.home);
});
afterEach(() => sandbox.admin.reset());
afterAll(async () => {
  await mcp.closeExpectingNoLeaks([...NUMBERS, ...sandboxSecrets(sandbox)]);
  await sandbox.close();
  await home.cleanup();
});

const REQUEST = {
  subAccount: '7384ed01',
  signature: 'VolcOps',
  templateId: 'ST_0004',
  mobiles: NUMBERS,
  templateParams: { version: '2.1.0' },
};

describe('tools/list', () => {
  it('lists one tool per read command and the two-step send, with schemas and annotations', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'analytics',
      'batch_cancel',
      'batch_create',
      'batch_detail',
      'batch_launch_preview',
      'batch_launch_submit',
      'batch_list',
      'list_signature',
      'list_sms_send_log',
      'list_sms_template',
      'list_sub_account',
      'list_total_send_count_stat',
      'match_template',
      'send_preview',
      'send_submit',
      'signature_preview',
      'signature_submit',
      'template_preview',
      'template_submit',
    ]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.annotations).toMatchObject({ openWorldHint: true });
    }
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(byName.list_signature?.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    expect(byName.send_submit?.annotations).toMatchObject({ readOnlyHint: false });
    expect(byName.list_sms_send_log?.inputSchema.required).toEqual(['subAccount']);
    expect(Object.keys(byName.send_submit?.inputSchema.properties ?? {}).sort()).toEqual([
      'authorizationDigest',
      'previewDigest',
      'reconciled',
    ]);
  });

  it('offers the groups, signatures and templates as resources, and two prompts', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual([
      'volc-sms://message-groups',
      'volc-sms://signatures',
      'volc-sms://templates',
    ]);
    const groups = await client.readResource({ uri: 'volc-sms://message-groups' });
    const text = (groups.contents[0] as { text: string }).text;
    expect(JSON.parse(text).List.map((g: { SubAccount: string }) => g.SubAccount)).toEqual([
      '7384ed01',
      '77da1acf',
    ]);
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name).sort()).toEqual(['delivery-report', 'send-verification-code']);
  });
});

describe('read tools', () => {
  it('each returns what the CLI prints in JSON mode (request ids aside)', async () => {
    // Something in the send log and the stats first.
    const core = createSmsClient({
      auth: {
        kind: 'aksk',
        accessKeyId: env.VOLCENGINE_ACCESS_KEY!,
        secretAccessKey: env.VOLCENGINE_SECRET_KEY!,
      },
      endpoint: sandbox.url,
    });
    await sendNotice(core, NUMBERS);
    await core.close();
    const now = Math.floor(sandbox.admin.now() / 1000);
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      ['list_sub_account', {}, ['list_sub_account']],
      ['list_signature', { subAccounts: ['7384ed01'] }, ['list_signature', '--sub-accounts', '7384ed01']],
      [
        'list_sms_template',
        { signatures: ['VolcOps'], pageSize: 50 },
        ['list_sms_template', '--signatures', 'VolcOps', '--page-size', '50'],
      ],
      [
        'list_sms_send_log',
        { subAccount: '7384ed01', fromTime: now - 3600, toTime: now + 60 },
        [
          'list_sms_send_log',
          '--sub-account',
          '7384ed01',
          '--from-time',
          String(now - 3600),
          '--to-time',
          String(now + 60),
        ],
      ],
      [
        'list_total_send_count_stat',
        { startTime: now - 3600, endTime: now + 60 },
        ['list_total_send_count_stat', '--start-time', String(now - 3600), '--end-time', String(now + 60)],
      ],
    ];
    const withoutRequestId = (envelope: { ResponseMetadata: Record<string, unknown> }) => ({
      ...envelope,
      ResponseMetadata: { ...envelope.ResponseMetadata, RequestId: 'x' },
    });
    for (const [name, args, argv] of cases) {
      const tool = structured<{ ResponseMetadata: Record<string, unknown> }>(await call(name, args));
      const cli = parseJson(await runCli(argv, { env, home: home.home })) as {
        ResponseMetadata: Record<string, unknown>;
      };
      expect(withoutRequestId(tool), name).toEqual(withoutRequestId(cli));
    }
  });

  it('an API error is a tool error with its code, request id and hint, no stack', async () => {
    sandbox.admin.setAccount({ activated: false });
    const failure = toolErrorOf(await call('list_sub_account', {}));
    expect(failure).toMatchObject({ code: 'RE:0001', outcome_unknown: false });
    expect(failure.requestId).toEqual(expect.any(String));
    expect(failure.hint).toMatch(/Activate SMS/);
    expect(JSON.stringify(failure)).not.toMatch(/\n\s+at /);
  });
});

describe('send_preview → send_submit', () => {
  it('a submit without a preview, or with a digest of another request, sends nothing', async () => {
    const none = toolErrorOf(
      await call('send_submit', { previewDigest: 'a'.repeat(64), authorizationDigest: 'a'.repeat(64) }),
    );
    expect(none.code).toBe('digest_mismatch');
    expect(none.message).toContain('This server made no send_preview with this digest');
    const digest = structured<{ digest: string }>(await call('send_preview', REQUEST)).digest;
    const other = structured<{ digest: string }>(
      await call('send_preview', { ...REQUEST, mobiles: [NUMBERS[0]] }),
    ).digest;
    const mismatch = toolErrorOf(
      await call('send_submit', { previewDigest: digest, authorizationDigest: other }),
    );
    expect(mismatch.code).toBe('authorization_mismatch');
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('sends exactly once, and the same digest again sends nothing', async () => {
    const preview = structured<{ digest: string; preview: { recipients: string[] } }>(
      await call('send_preview', REQUEST),
    );
    expect(preview.preview.recipients).toEqual(['138****0000', '139****0001']);
    expect(sandbox.admin.messages()).toEqual([]);
    const args = { previewDigest: preview.digest, authorizationDigest: preview.digest };
    const sent = structured<{ MessageIds: string[]; requestId: string }>(await call('send_submit', args));
    expect(sent.MessageIds).toHaveLength(2);
    expect(sandbox.admin.messages().map((m) => m.mobile)).toEqual(NUMBERS);
    expect(toolErrorOf(await call('send_submit', args)).code).toBe('already_submitted');
    expect(sandbox.admin.messages()).toHaveLength(2);
  });

  it('a lost answer is outcome unknown, and the digest does not send again without reconciled', async () => {
    const { digest } = structured<{ digest: string }>(
      await call('send_preview', { ...REQUEST, mobiles: [NUMBERS[1]] }),
    );
    sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'drop-after', count: 1 });
    const args = { previewDigest: digest, authorizationDigest: digest };
    const lost = toolErrorOf(await call('send_submit', args));
    expect(lost).toMatchObject({ code: 'outcome_unknown', outcome_unknown: true });
    expect(lost.hint).toContain('volc-sms list_sms_send_log --sub-account 7384ed01');
    expect(toolErrorOf(await call('send_submit', args)).code).toBe('outcome_unknown');
    expect(sandbox.admin.messages()).toHaveLength(1);
  });
});

describe('elicitation', () => {
  it('asks the human with the masked summary; a decline sends nothing, an accept sends once', async () => {
    const human = await startConfirmingMcp(env, home.home);
    try {
      const { digest } = structured<{ digest: string }>(await human.call('send_preview', REQUEST));
      const args = { previewDigest: digest, authorizationDigest: digest };
      expect(toolErrorOf(await human.call('send_submit', args)).code).toBe('authorization_mismatch');
      expect(sandbox.admin.messages()).toEqual([]);
      human.accept();
      structured(await human.call('send_submit', args));
      expect(sandbox.admin.messages()).toHaveLength(2);
      expect(human.asked[0]).toContain('to 2 number(s): 138****0000, 139****0001');
      for (const number of NUMBERS) expect(human.asked.join('')).not.toContain(number);
    } finally {
      await human.close();
    }
  });
});
