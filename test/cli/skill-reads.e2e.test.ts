// Skill 1.3's read commands through the real bin against the sandbox: the one-line envelope in a pipe
// (template content as length + SHA-256, phones masked, ids and digests as they are), tables on a
// terminal, and bad flags refused as argument_error with exit 2.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { parseJson, type TempHome } from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import { akskEnv, CODE_TEMPLATE, gatewayEnv, useSandboxWithHome } from './helpers/sandbox-env.ts';
import { skillCli, type SkillEnvelope } from './helpers/skill-cli.ts';

// Many real CLI processes: on a loaded 2-core machine each may take seconds to start.
vi.setConfig({ testTimeout: 90_000 });

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

const MOBILE = '13800138000';

const { cli, read: readEnvelope } = skillCli(
  () => sandbox,
  () => home.home,
  [MOBILE],
);

/** A success whose request id is the sandbox's. */
async function read(args: readonly string[], env = akskEnv(sandbox)): Promise<SkillEnvelope> {
  const envelope = await readEnvelope(args, env);
  expect(envelope.request_id).toMatch(/^\d{14}[0-9A-F]{20}$/);
  return envelope;
}

const ids = (envelope: SkillEnvelope, key: string) => envelope.result.List?.map((item) => item[key]);

describe.each([
  ['AK/SK', (s: Sandbox) => akskEnv(s)],
  ['gateway key', (s: Sandbox) => gatewayEnv(s)],
])('the skill 1.3 reads with %s credentials', (_mode, envFor) => {
  it('list-message-groups, with --name', async () => {
    const all = await read(['list-message-groups'], envFor(sandbox));
    expect(ids(all, 'SubAccount')?.sort()).toEqual(['7384ed01', '77da1acf']);
    const named = await read(['list-message-groups', '--name', 'Marketing'], envFor(sandbox));
    expect(ids(named, 'SubAccount')).toEqual(['77da1acf']);
  });

  it('message-group-detail: status and the channel → industry map', async () => {
    const detail = await read(['message-group-detail', '--sub-account', '7384ed01'], envFor(sandbox));
    expect(detail.result).toMatchObject({
      subAccountId: '7384ed01',
      subAccountName: 'Ops alerts',
      status: 1,
    });
    expect(detail.result.channelTypeToIndustryConfig).toContainEqual(
      expect.objectContaining({ channelType: 'CN_OTP', industry: 'internet' }),
    );
  });

  it('list-signatures, with a repeatable --sub-account and paging', async () => {
    const marketing = await read(['list-signatures', '--sub-account', '77da1acf'], envFor(sandbox));
    expect(ids(marketing, 'Signature')).toContain('火山引擎');
    expect(ids(marketing, 'Signature')).not.toContain('VolcOps');
    const paged = await read(['list-signatures', '--page-size', '1', '--page', '2'], envFor(sandbox));
    expect(paged.result.List).toHaveLength(1);
    expect(paged.result.Total).toBeGreaterThan(1);
  });
});

describe('list-qualifications', () => {
  it('filters by --status (repeatable), --id and pages', async () => {
    const all = await read(['list-qualifications']);
    expect(all.result.total).toBe(4);
    const approved = await read(['list-qualifications', '--status', '3', '--page-size', '1']);
    expect(approved.result).toMatchObject({ total: 2, list: [{ id: 11, auditStatus: 3 }] });
    const both = await read(['list-qualifications', '--status', '1', '--status', '2']);
    expect((both.result.list as Array<{ id: number }>).map((q) => q.id).sort()).toEqual([13, 14]);
    const one = await read(['list-qualifications', '--id', '12']);
    expect(one.result).toMatchObject({ list: [{ id: 12, materialName: 'Acme Trading Ltd' }] });
  });
});

describe('a --signature in brackets (reference §4.2: one outer pair removed, then 2–25 characters)', () => {
  it('list-signatures and list-templates find the signature the brackets hold', async () => {
    for (const typed of ['【VolcOps】', '[VolcOps]', '［VolcOps］']) {
      const signatures = await read(['list-signatures', '--signature', typed]);
      expect(ids(signatures, 'Signature')).toEqual(['VolcOps']);
    }
    const templates = await read([
      'list-templates',
      '--signature',
      '【VolcOps】',
      '--sub-account',
      '7384ed01',
    ]);
    expect(ids(templates, 'TemplateId')?.sort()).toEqual(['ST_0001', 'ST_0002', 'ST_0004']);
  });

  it('a signature of one character inside the brackets is an argument_error', async () => {
    const run = await cli(['list-templates', '--signature', 'VolcOps', '--signature', '【V】']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stderr).error).toMatchObject({ code: 'argument_error' });
    expect(JSON.parse(run.stderr).error.message).toContain('--signature "【V】" must have 2–25 characters');
  });
});

describe('list-templates', () => {
  it('shows content only as ContentLength + ContentSha256 (of the very text the classic list shows)', async () => {
    const envelope = await read(['list-templates', '--sub-account', '7384ed01', '--signature', 'VolcOps']);
    const classic = parseJson(await cli(['list_sms_template', '--template-id', 'ST_0002'])) as {
      Result: { List: Array<{ TemplateId: string; Content: string }> };
    };
    const content = classic.Result.List.find((t) => t.TemplateId === 'ST_0002')?.Content ?? '';
    expect(content).not.toBe('');
    const st2 = envelope.result.List?.find((t) => t.TemplateId === 'ST_0002');
    expect(st2).toMatchObject({
      ContentLength: [...content].length,
      ContentSha256: createHash('sha256').update(content).digest('hex'),
    });
    for (const template of envelope.result.List ?? []) {
      expect(template).not.toHaveProperty('Content');
      expect(template.Signatures).toContain('VolcOps');
    }
    expect(JSON.stringify(envelope)).not.toContain(content);
  });
});

describe('send-status', () => {
  it('finds a sent message by id, with no time window, the number masked and the id as it is', async () => {
    const sent = parseJson(
      await cli(['send_sms', ...CODE_TEMPLATE, '--mobiles', MOBILE, '--template-param', '{"code":"246810"}']),
    ) as { Result: { MessageIds: string[] } };
    const [messageId] = sent.Result.MessageIds;
    const status = await read(['send-status', '--sub-account', '7384ed01', '--message-id', messageId ?? '']);
    expect(status.result.Total).toBe(1);
    expect(status.result.List?.[0]).toMatchObject({ MessageId: messageId, Mobile: '138****8000' });
    const none = await read(['send-status', '--sub-account', '7384ed01', '--message-id', 'no-such-id']);
    expect(none.result).toMatchObject({ List: [], Total: 0 });
  });
});

describe('on a terminal', () => {
  const env = () => ({ ...akskEnv(sandbox), HOME: home.home, VOLC_SMS_TZ: 'Asia/Shanghai' });

  it('prints tables, times labelled with their zone', async () => {
    const groups = await runMain(['list-message-groups'], env(), { tty: true });
    expect(groups.code).toBe(0);
    expect(groups.stdout).toMatch(/^SUB ACCOUNT +NAME +CHANNEL TYPES +CREATED$/m);
    expect(groups.stdout).toMatch(/^7384ed01 +Ops alerts +CN_OTP, CN_NTC +\d{4}-\d{2}-\d{2} \d{2}:\d{2}/m);
    expect(groups.stdout).toContain('Times in Asia/Shanghai');
    const detail = await runMain(['message-group-detail', '--sub-account', '7384ed01'], env(), { tty: true });
    expect(detail.stdout).toMatch(/^Status: +1 \(usable\)$/m);
    expect(detail.stdout).toMatch(/^Channel CN_OTP: +互联网$/m);
    const signatures = await runMain(['list-signatures', '--sub-account', '7384ed01'], env(), { tty: true });
    expect(signatures.stdout).toMatch(/^VolcOps +approved +7384ed01/m);
    const templates = await runMain(['list-templates', '--template-id', 'ST_0002'], env(), { tty: true });
    expect(templates.stdout).toMatch(/^ST_0002 +CN_NTC +approved +service, message /m);
    expect(templates.stdout).toMatch(/Templates 1–1 of 1 \(page 1\)\./);
    const qualifications = await runMain(['list-qualifications', '--id', '11'], env(), { tty: true });
    expect(qualifications.stdout).toMatch(
      /^11 +北京火山引擎科技有限公司 +北京火山引擎科技有限公司 +3 +true$/m,
    );
  });
});

describe('bad input', () => {
  it.each([
    [['message-group-detail'], '--sub-account is required'],
    [['send-status', '--sub-account', '7384ed01'], '--message-id is required'],
    [['list-signatures', '--page', '100001'], '--page must be at most 100000'],
    [['list-templates', '--page-size', '101'], '--page-size must be at most 100'],
    [['list-qualifications', '--status', 'x'], '--status must be a whole number'],
    [['list-qualifications', '--id', '0'], '--id must be at least 1'],
  ])('%j is an argument_error, exit 2', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const envelope = JSON.parse(run.stderr.trim()) as SkillEnvelope;
    expect(envelope).toMatchObject({ action: args[0], success: false, result: null });
    expect(envelope.error).toMatchObject({ code: 'argument_error', retryable: false });
    expect(envelope.error?.message).toContain(message);
  });

  it('a terminal gets the one-line error instead', async () => {
    const run = await runMain(['send-status'], { ...akskEnv(sandbox), HOME: home.home }, { tty: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^volc-sms: .*--sub-account is required/);
  });
});
