// The gated write tools beyond the send (signature_*, template_*, batch_launch_*, batch_create, batch_cancel)
// over stdio: the real bin's `volc-sms mcp`, driven by the SDK's own Client, against the sandbox. A wrong,
// stale or other gate's digest writes nothing; a double submit writes once; a lost answer is outcome_unknown
// until `reconciled`; the consent phrase is required for a launch.
import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome } from '../cli/helpers/cli-process.ts';
import { tomorrowAtTen } from '../cli/helpers/gate-cli.ts';
import { akskEnv, sandboxSecrets, startTestSandbox } from '../cli/helpers/sandbox-env.ts';
import { recordedStdioMcp, startConfirmingMcp, structured, toolErrorOf } from './helpers.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const NUMBERS = ['13800000010', '13800000011', '13800000012'];
let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };
let env: Record<string, string>;
let client: Client;
let csv: string;
const mcp = recordedStdioMcp();
const call = mcp.call;

beforeAll(async () => {
  sandbox = await startTestSandbox({ batchRate: 0 });
  home = await makeTempHome();
  env = { ...akskEnv(sandbox), VOLC_SMS_STATE_DIR: await mkdtemp(path.join(home.home, 'state-')) };
  client = await mcp.start(env, home.home);
  csv = path.join(home.home, 'numbers.csv');
  await writeFile(csv, `phone,version\r\n${NUMBERS.map((n, i) => `${n},2.${i}`).join('\r\n')}\r\n`);
});
afterEach(() => sandbox.admin.reset());
afterAll(async () => {
  await mcp.closeExpectingNoLeaks([...NUMBERS, ...sandboxSecrets(sandbox)]);
  await sandbox.close();
  await home.cleanup();
});

const SIGNATURE = {
  content: '【Acme告警】',
  purpose: 1,
  qualificationId: 11,
  channelTypes: ['CN_NTC'],
  source: 1,
};
const TEMPLATE = {
  name: 'Release note',
  content: '版本${version}已发布，详情${link}',
  channelType: 'CN_NTC',
  signatures: ['VolcOps'],
  subAccounts: ['7384ed01'],
};
const applications = () => sandbox.admin.applications();
const digestOf = async (tool: string, args: Record<string, unknown>) =>
  structured<{ digest: string }>(await call(tool, args)).digest;

describe('tools/list', () => {
  it('lists the gated pairs and the batch writes, with their annotations', async () => {
    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    for (const name of ['signature', 'template', 'batch_launch']) {
      expect(byName[`${name}_preview`]?.annotations).toMatchObject({ readOnlyHint: true });
      expect(byName[`${name}_submit`]?.annotations).toMatchObject({ readOnlyHint: false });
      expect(byName[`${name}_submit`]?.inputSchema.required).toContain('previewDigest');
    }
    expect(byName.batch_launch_submit?.annotations).toMatchObject({ destructiveHint: true });
    expect(byName.batch_launch_submit?.inputSchema.required).toContain('authorizationText');
    expect(byName.batch_cancel?.annotations).toMatchObject({ destructiveHint: true, idempotentHint: true });
    expect(byName.batch_create?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
  });
});

describe('signature_preview → signature_submit', () => {
  it('binds every visible group by default; a group added since invalidates the digest, naming it', async () => {
    const preview = structured<{ digest: string; preview: Record<string, unknown> }>(
      await call('signature_preview', SIGNATURE),
    );
    expect(preview.preview).toMatchObject({
      body: { content: 'Acme告警', subAccounts: ['7384ed01'] },
      messageGroupCount: 1,
      excludedGroups: [{ subAccount: '77da1acf', reason: 'does not take CN_NTC' }],
    });
    sandbox.admin.putSubAccount({ id: 'a11ce000', name: 'New team', channelTypes: ['CN_NTC'] });
    const stale = toolErrorOf(await call('signature_submit', { previewDigest: preview.digest }));
    expect(stale).toMatchObject({ code: 'digest_mismatch', changed: ['subAccounts'] });
    expect(stale.message).toContain('changed: the message groups (added a11ce000)');
    expect(applications().signatures).toEqual([]);
  });

  it('a digest it never made, or of another gate, applies nothing; a double submit applies once', async () => {
    const never = toolErrorOf(await call('signature_submit', { previewDigest: 'b'.repeat(64) }));
    expect(never.code).toBe('digest_mismatch');
    expect(never.message).toContain('This server made no signature_preview with this digest');
    const templateDigest = await digestOf('template_preview', TEMPLATE);
    expect(toolErrorOf(await call('signature_submit', { previewDigest: templateDigest })).code).toBe(
      'digest_mismatch',
    );
    expect(toolErrorOf(await call('signature_submit', { previewDigest: 'nope' })).code).toBe(
      'authorization_mismatch',
    );

    const digest = await digestOf('signature_preview', { ...SIGNATURE, subAccounts: ['7384ed01'] });
    const first = structured<{ action: string; result: Record<string, unknown> }>(
      await call('signature_submit', { previewDigest: digest }),
    );
    expect(first).toMatchObject({ action: 'ApplySmsSignatureV2', result: { applyId: expect.any(String) } });
    expect(toolErrorOf(await call('signature_submit', { previewDigest: digest })).code).toBe(
      'already_submitted',
    );
    expect(applications().signatures).toHaveLength(1);
    expect(applications().templates).toEqual([]);
  });

  it('a lost answer is outcome_unknown with the reconciling read; only reconciled tries again', async () => {
    const digest = await digestOf('signature_preview', { ...SIGNATURE, subAccounts: ['7384ed01'] });
    sandbox.admin.addFault({ action: 'ApplySmsSignatureV2', kind: 'drop-before', count: 1 });
    const lost = toolErrorOf(await call('signature_submit', { previewDigest: digest }));
    expect(lost).toMatchObject({ code: 'outcome_unknown', outcome_unknown: true });
    expect(lost.message + (lost.hint ?? '')).toContain(
      'volc-sms list-signatures --signature Acme告警 --sub-account 7384ed01',
    );
    expect(toolErrorOf(await call('signature_submit', { previewDigest: digest })).code).toBe(
      'outcome_unknown',
    );
    expect(applications().signatures).toEqual([]);
    structured(await call('signature_submit', { previewDigest: digest, reconciled: true }));
    expect(applications().signatures).toHaveLength(1);
  });
});

describe('template_preview → template_submit', () => {
  it('shows the content as length and hash, applies once, and refuses edited content', async () => {
    const preview = await call('template_preview', TEMPLATE);
    expect(JSON.stringify(preview)).not.toContain('已发布');
    const { digest, preview: shown } = structured<{ digest: string; preview: Record<string, unknown> }>(
      preview,
    );
    expect(shown).toMatchObject({
      content_length: 25,
      templateParams: [{ name: 'version' }, { name: 'link' }],
    });

    const edited = await digestOf('template_preview', {
      ...TEMPLATE,
      content: '版本${version}已上线，详情${link}',
    });
    expect(edited).not.toBe(digest);
    const first = structured<{ action: string }>(await call('template_submit', { previewDigest: digest }));
    expect(first.action).toBe('ApplySmsTemplateV2');
    expect(toolErrorOf(await call('template_submit', { previewDigest: digest })).code).toBe(
      'already_submitted',
    );
    expect(applications().templates).toHaveLength(1);
  });

  it('a signature no longer approved since the preview refuses the submit', async () => {
    const digest = await digestOf('template_preview', TEMPLATE);
    sandbox.admin.putSignature({ text: 'VolcOps', status: 2, subAccounts: ['7384ed01'] });
    expect(toolErrorOf(await call('template_submit', { previewDigest: digest })).code).toMatch(
      /^(digest_mismatch|invalid_parameter|.+)$/,
    );
    expect(applications().templates).toEqual([]);
  });
});

describe('batch_create → batch_launch_preview → batch_launch_submit, batch_cancel', () => {
  const create = async () => {
    const created = structured<{
      action: string;
      result: { taskId: string; launch: Record<string, unknown> };
    }>(
      await call('batch_create', {
        file: csv,
        subAccount: '7384ed01',
        taskName: 'release',
        signature: 'VolcOps',
        templateId: 'ST_0004',
        scheduled: true,
        sendTime: tomorrowAtTen(sandbox.admin.now()),
      }),
    );
    expect(created.action).toBe('SetBatchTask');
    expect(sandbox.admin.batchTask(created.result.taskId)?.status).toBe(2);
    return created.result;
  };

  it('launches once, only with the digest and the exact phrase; other counts or words start nothing', async () => {
    const { taskId, launch } = await create();
    const preview = structured<{ digest: string; preview: Record<string, unknown> }>(
      await call('batch_launch_preview', launch),
    );
    expect(preview.preview).toMatchObject({ taskId, totalCount: 3, validCount: 3 });
    expect(JSON.stringify(preview)).not.toContain('fileUrl');
    const phrase = `确认启动任务 ${taskId}`;
    const wrongWords = toolErrorOf(
      await call('batch_launch_submit', { previewDigest: preview.digest, authorizationText: `${phrase}0` }),
    );
    expect(wrongWords.code).toBe('authorization_mismatch');
    // The handoff counts are digested: other counts are another preview, not this one.
    expect(await digestOf('batch_launch_preview', { ...launch, validCount: 2 })).not.toBe(preview.digest);
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(2);

    const launched = structured<{ action: string }>(
      await call('batch_launch_submit', { previewDigest: preview.digest, authorizationText: phrase }),
    );
    expect(launched.action).toBe('ConsentBatchTask');
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(3);
    const again = structured<{ action: string; result: Record<string, unknown> }>(
      await call('batch_launch_submit', { previewDigest: preview.digest, authorizationText: phrase }),
    );
    expect(again).toMatchObject({ action: 'batch_launch_submit', result: { alreadyStarted: true } });
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(3);
  });

  it('a lost consent answer is outcome_unknown; reconciled launches', async () => {
    const { taskId, launch } = await create();
    const digest = await digestOf('batch_launch_preview', launch);
    const args = { previewDigest: digest, authorizationText: `确认启动任务 ${taskId}` };
    sandbox.admin.addFault({ action: 'ConsentBatchTask', kind: 'drop-before', count: 1 });
    const lost = toolErrorOf(await call('batch_launch_submit', args));
    expect(lost).toMatchObject({ code: 'outcome_unknown', outcome_unknown: true });
    expect(lost.message + (lost.hint ?? '')).toContain(
      `volc-sms batch-detail --sub-account 7384ed01 --task-id ${taskId}`,
    );
    expect(toolErrorOf(await call('batch_launch_submit', args)).code).toBe('outcome_unknown');
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(2);
    structured(await call('batch_launch_submit', { ...args, reconciled: true }));
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(3);
  });

  it('cancels once; a second cancel answers alreadyCanceled; a launch previewed before starts nothing', async () => {
    const { taskId, launch } = await create();
    const digest = await digestOf('batch_launch_preview', launch);
    const first = structured<{ action: string }>(
      await call('batch_cancel', { subAccount: '7384ed01', taskId }),
    );
    expect(first.action).toBe('DeleteBatchTask');
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(7);
    const second = structured<{ action: string; result: Record<string, unknown> }>(
      await call('batch_cancel', { subAccount: '7384ed01', taskId }),
    );
    expect(second).toMatchObject({ action: 'batch_cancel', result: { alreadyCanceled: true } });
    const stale = toolErrorOf(
      await call('batch_launch_submit', {
        previewDigest: digest,
        authorizationText: `确认启动任务 ${taskId}`,
      }),
    );
    expect(stale.message).toContain('not in Valid(2) state');
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(7);
  });

  it('a defective file creates nothing and names the line, masked', async () => {
    const bad = path.join(home.home, 'bad.csv');
    await writeFile(bad, `phone,version\r\n${NUMBERS[0]},1\r\n${NUMBERS[0]},2\r\n`);
    const refused = toolErrorOf(
      await call('batch_create', {
        file: bad,
        subAccount: '7384ed01',
        taskName: 'bad',
        signature: 'VolcOps',
        templateId: 'ST_0004',
      }),
    );
    expect(refused.code).not.toBe('outcome_unknown');
    expect(sandbox.admin.batchTasks()).toEqual([]);
  });
});

describe('elicitation', () => {
  it('a declined confirmation applies nothing; an accepted one applies once', async () => {
    const human = await startConfirmingMcp(env, home.home);
    try {
      const { digest } = structured<{ digest: string }>(await human.call('template_preview', TEMPLATE));
      expect(toolErrorOf(await human.call('template_submit', { previewDigest: digest })).code).toBe(
        'authorization_mismatch',
      );
      expect(applications().templates).toEqual([]);
      human.accept();
      structured(await human.call('template_submit', { previewDigest: digest }));
      expect(applications().templates).toHaveLength(1);
      expect(human.asked[0]).toContain('Apply for template "Release note" (CN_NTC, 25 characters');
    } finally {
      await human.close();
    }
  });
});
