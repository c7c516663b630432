// match-template through the real bin: the reference's exact-match rules against the sandbox (approved
// 3/5 only, same channel, group and signature, identical text, sorted by id: none / single / ambiguous),
// and against a stub the answers the sandbox never gives (a repeated page, a signature conflict).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome } from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import { akskEnv, startTestSandbox } from './helpers/sandbox-env.ts';
import { skillCli } from './helpers/skill-cli.ts';
import { startStubApi, stubEnvelope } from './helpers/stub-api.ts';

vi.setConfig({ testTimeout: 90_000 });

let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };

const DEPLOY = '部署已完成，版本${version}。';

beforeAll(async () => {
  sandbox = await startTestSandbox();
  home = await makeTempHome();
  const template = (id: string, change: Record<string, unknown>) =>
    sandbox.admin.putTemplate({
      id,
      name: id,
      channelType: 'CN_NTC',
      content: DEPLOY,
      status: 3,
      signatures: ['VolcOps'],
      subAccounts: ['7384ed01'],
      ...change,
    });
  // The same text as ST_0004: exempt (5) counts, and an id that sorts first.
  template('ST_0000A', { status: 5 });
  // The same text, but each fails one rule.
  template('ST_0101', { status: 1 });
  template('ST_0102', { status: 2 });
  template('ST_0103', { channelType: 'CN_MKT' });
  template('ST_0104', { subAccounts: ['77da1acf'] });
  template('ST_0105', { signatures: ['火山引擎'] });
  template('ST_0106', { content: `${DEPLOY} ` });
});
afterAll(async () => {
  await sandbox.close();
  await home.cleanup();
});

const { read, fail } = skillCli(
  () => sandbox,
  () => home.home,
);

const match = (content: string, extra: string[] = []) => [
  'match-template',
  '--sub-account',
  '7384ed01',
  '--signature',
  'VolcOps',
  '--channel-type',
  'CN_NTC',
  '--content',
  content,
  ...extra,
];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('match-template against the sandbox', () => {
  it('ambiguous: every approved (3 or 5) template with exactly this text, sorted by id', async () => {
    const envelope = await read(match(DEPLOY));
    expect(envelope.request_id).toBeNull();
    const candidate = (templateId: string) => ({
      templateId,
      signature: 'VolcOps',
      subAccount: '7384ed01',
      variableNames: ['version'],
      contentLength: [...DEPLOY].length,
      contentSha256: sha256(DEPLOY),
    });
    expect(envelope.result).toEqual({
      classification: 'ambiguous',
      candidates: [candidate('ST_0000A'), candidate('ST_0004')],
    });
  });

  it('single: one template, its variables sorted; the signature may come in brackets', async () => {
    const content = '服务${service}告警：${message}';
    const envelope = await read(match(content, ['--signature', '【VolcOps】']));
    expect(envelope.result).toEqual({
      classification: 'single',
      candidates: [
        {
          templateId: 'ST_0002',
          signature: 'VolcOps',
          subAccount: '7384ed01',
          variableNames: ['message', 'service'],
          contentLength: [...content].length,
          contentSha256: sha256(content),
        },
      ],
    });
  });

  it.each([
    ['the channel', ['--channel-type', 'CN_MKT'], DEPLOY, 'ST_0103'],
    ['every character, a trailing space too', [], `${DEPLOY} `, 'ST_0106'],
  ])('%s decides: single', async (_rule, extra, content, templateId) => {
    const envelope = await read(match(content, extra));
    expect(envelope.result).toMatchObject({ classification: 'single', candidates: [{ templateId }] });
  });

  it.each([
    ['a missing full stop', DEPLOY.slice(0, -1), []],
    ['the signature prefix typed in', `【VolcOps】${DEPLOY}`, []],
    ['only a template under review', '测试${x}', ['--signature', '火山引擎']],
  ])('none: %s', async (_case, content, extra) => {
    const envelope = await read(match(content, extra));
    expect(envelope.result).toEqual({ classification: 'none', candidates: [] });
  });

  it('on a terminal: the candidates and what the classification means', async () => {
    const env = { ...akskEnv(sandbox), HOME: home.home };
    const run = await runMain(match(DEPLOY), env, { tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^TEMPLATE +VARIABLES +LENGTH +CONTENT SHA-256$/m);
    expect(run.stdout).toMatch(
      new RegExp(`^ST_0004 +version +${[...DEPLOY].length} +${sha256(DEPLOY)}$`, 'm'),
    );
    expect(run.stdout).toContain('ambiguous: Several approved templates have exactly this text');
  });

  it.each([
    [['--channel-type', 'NTC'], '--channel-type must be one of CN_OTP, CN_NTC, CN_MKT'],
    [['--signature', '【V】'], '--signature must have 2–25 characters'],
    [['--content', '  '], '--content must not be empty'],
  ])('%j is an argument_error, exit 2', async (extra, message) => {
    const envelope = await fail(match(DEPLOY, extra), 'argument_error');
    expect(envelope.error?.message).toContain(message);
  });

  it('a missing required flag is an argument_error', async () => {
    const envelope = await fail(
      ['match-template', '--content', DEPLOY, '--signature', 'VolcOps'],
      'argument_error',
    );
    expect(envelope.error?.message).toContain('--sub-account is required');
  });
});

describe('match-template against answers the sandbox never gives', () => {
  const listed = (id: string) => ({ TemplateId: id, Status: 3, ChannelType: 'CN_NTC' });
  const detail = (change: Record<string, unknown>) => ({
    templateId: 'ST_1',
    content: `【VolcOps】${DEPLOY}`,
    templateParams: [{ name: 'version' }],
    channelType: 'CN_NTC',
    subAccounts: ['7384ed01'],
    signatures: ['VolcOps'],
    status: 3,
    ...change,
  });
  let pages: unknown[] = [];
  let details: unknown[] = [];
  let total: number | undefined;
  let stub: Awaited<ReturnType<typeof startStubApi>>;
  beforeAll(async () => {
    stub = await startStubApi((request) => ({
      body: stubEnvelope(request.action, {
        result:
          request.action === 'ListSecondTemplate'
            ? { total: details.length, list: details }
            : { Total: total ?? pages.length, List: pages },
      }),
    }));
  });
  afterAll(() => stub.close());
  const env = () => ({ ARK_SKILL_API_KEY: 'stub-key', ARK_SKILL_API_BASE: stub.url });

  it('a page that repeats the one before is resource_query_failed, and no detail is asked for', async () => {
    pages = Array.from({ length: 100 }, (_, i) => listed(`ST_${i}`));
    total = 1000;
    stub.requests.length = 0;
    const envelope = await fail(match(DEPLOY), 'resource_query_failed', 1, env());
    expect(envelope.error?.message).toContain('Template paging repeated a page (page 2)');
    expect(stub.requests.map((r) => r.action)).toEqual([
      'ListSmsTemplateForAgent',
      'ListSmsTemplateForAgent',
    ]);
  });

  it('signature and signatures that disagree are contract_conflict', async () => {
    pages = [listed('ST_1')];
    details = [detail({ signature: 'VolcOps', signatures: ['Other'] })];
    await fail(match(DEPLOY), 'contract_conflict', 1, env());
  });

  it('the group must be listed: `*` passes, an empty list fails', async () => {
    pages = [listed('ST_1')];
    details = [detail({ subAccounts: ['*'] })];
    expect((await read(match(DEPLOY), env())).result).toMatchObject({ classification: 'single' });
    details = [detail({ subAccounts: [] })];
    expect((await read(match(DEPLOY), env())).result).toMatchObject({ classification: 'none' });
  });

  it('a detail without declared parameters, or with a duplicate one, is no candidate', async () => {
    pages = [listed('ST_1')];
    details = [detail({ templateParams: undefined })];
    expect((await read(match(DEPLOY), env())).result).toMatchObject({ classification: 'none' });
    details = [detail({ templateParams: [{ name: 'version' }, { name: 'version' }] })];
    expect((await read(match(DEPLOY), env())).result).toMatchObject({ classification: 'none' });
  });
});
