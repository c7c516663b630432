// `analytics` through the real bin: against the sandbox (messages really sent, receipts really due), and
// against a stub for what the sandbox never answers (a count missing or a string, a failing query). The
// requests it sends are checked too: one stats query per bucket, EndTime = the bucket's end − 1 s.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSmsClient, shanghaiIso } from '../../src/core/index.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome } from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import { akskEnv, startTestSandbox } from './helpers/sandbox-env.ts';
import { skillCli } from './helpers/skill-cli.ts';
import { startStubApi, stubEnvelope } from './helpers/stub-api.ts';

vi.setConfig({ testTimeout: 90_000 });

let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };
// The local hour the messages were sent in, as epoch seconds (Asia/Shanghai hours are UTC hours).
let hour: number;
const at = (seconds: number) => shanghaiIso(seconds).slice(0, 19);

// Delivery in the default seed: …7 fails (NE:0105), …6 never gets a receipt, the others are delivered.
const NUMBERS = ['13800000001', '13800000002', '13800000003', '13800000006', '13800000007'];

beforeAll(async () => {
  sandbox = await startTestSandbox({ receiptDelayMs: 0 });
  home = await makeTempHome();
  const client = createSmsClient({ auth: { kind: 'aksk', ...sandbox.credentials }, endpoint: sandbox.url });
  hour = Math.floor(Date.now() / 3_600_000) * 3600;
  for (const [templateId, mobiles] of [
    ['ST_0002', NUMBERS.slice(0, 3)],
    ['ST_0004', NUMBERS.slice(3)],
  ] as const) {
    const params = templateId === 'ST_0002' ? { service: 'db', message: 'slow' } : { version: '1.2' };
    const sent = await client.sendSms({
      subAccount: '7384ed01',
      signature: 'VolcOps',
      templateId,
      mobiles,
      templateParam: params,
    });
    expect(sent.sentCount).toBe(mobiles.length);
  }
  await client.close();
  // If the hour turned while sending, the messages are in the hour before: take the hour they are in.
  hour = Math.floor(sandbox.admin.messages({ limit: 1 })[0]!.sendTime / 3_600_000) * 3600;
});
afterAll(async () => {
  await sandbox.close();
  await home.cleanup();
});

const { read, fail } = skillCli(
  () => sandbox,
  () => home.home,
  NUMBERS,
);

type Report = Record<string, unknown> & {
  status: string;
  trend: Array<{ window: { start_inclusive: string }; metrics: Record<string, Record<string, unknown>> }>;
  send_logs?: Record<string, unknown> & { records: Array<Record<string, unknown>> };
};
const report = async (args: string[]) => (await read(['analytics', ...args])).result as unknown as Report;
/** The hour the messages were sent in, and the send log of their group. */
const theHour = () => ['--start', at(hour), '--end', at(hour + 3600)];
const LOGS = ['--sub-account', '7384ed01', '--include-logs'];

describe('analytics against the sandbox', () => {
  it('total: the counts of the window and rates recomputed from them, fields named', async () => {
    const envelope = await read(['analytics', ...theHour(), '--bucket', 'total']);
    expect(envelope.request_id).toBeNull();
    expect(envelope.result).toMatchObject({
      status: 'complete',
      aggregate_population: 'submission_level',
      timezone: 'Asia/Shanghai',
      window: { start_inclusive: shanghaiIso(hour), end_exclusive: shanghaiIso(hour + 3600) },
      data_cutoff_exclusive: shanghaiIso(hour + 3600),
      scope: {
        subAccount: null,
        channelType: null,
        signature: null,
        templateId: null,
        sendLogsMobileFilterApplied: false,
      },
      bucket: 'total',
    });
    const [bucket] = (envelope.result as unknown as Report).trend;
    expect(bucket?.metrics).toEqual({
      service_reported_send_count: {
        value: 5,
        source_field: 'TotalSendCount',
        semantic: 'not_used_as_recipient_or_rate_denominator',
      },
      submission_success_rate: {
        status: 'available',
        numerator: 5,
        denominator: 5,
        percentage: 100,
        numerator_field: 'TotalSendSuccessCount',
        denominator_field: 'TotalAllSendCount',
      },
      receipt_success_rate: {
        status: 'available',
        numerator: 3,
        denominator: 5,
        percentage: 60,
        numerator_field: 'TotalReceiptSuccessCount',
        denominator_field: 'TotalSendSuccessCount',
      },
      receipts: {
        status: 'available',
        success: 3,
        failure: 1,
        outstanding: 1,
        denominator: 5,
        denominator_field: 'TotalSendSuccessCount',
      },
    });
  });

  it('hour: buckets at local hours; the quiet hour before makes the report insufficient_data', async () => {
    const result = await report(['--start', at(hour - 5400), '--end', at(hour + 3600), '--bucket', 'hour']);
    expect(result.trend.map((b) => b.window)).toEqual([
      { start_inclusive: shanghaiIso(hour - 5400), end_exclusive: shanghaiIso(hour - 3600) },
      { start_inclusive: shanghaiIso(hour - 3600), end_exclusive: shanghaiIso(hour) },
      { start_inclusive: shanghaiIso(hour), end_exclusive: shanghaiIso(hour + 3600) },
    ]);
    expect(result.trend[0]?.metrics.submission_success_rate).toMatchObject({
      status: 'insufficient_data',
      numerator: 0,
      denominator: 0,
      percentage: null,
    });
    expect(result.trend[2]?.metrics.submission_success_rate).toMatchObject({ status: 'available' });
    expect(result.status).toBe('insufficient_data');
  });

  it('filters reach the stats query: a template, a channel', async () => {
    const window = [...theHour(), '--bucket', 'total'];
    const alerts = await report([...window, '--template-id', 'ST_0004']);
    expect(alerts.trend[0]?.metrics.submission_success_rate).toMatchObject({ denominator: 2 });
    expect(alerts.scope).toMatchObject({ templateId: 'ST_0004' });
    const marketing = await report([...window, '--channel-type', 'CN_MKT']);
    expect(marketing.trend[0]?.metrics.submission_success_rate).toMatchObject({ denominator: 0 });
    expect(marketing.status).toBe('insufficient_data');
  });

  it('--include-logs: every page, de-duplicated, receipt states and error codes, no number', async () => {
    const result = await report([
      ...theHour(),
      '--bucket',
      'total',
      ...LOGS,
      '--page-size',
      '2',
      '--dimension',
      'template',
    ]);
    expect(result.status).toBe('complete');
    expect(result.send_logs).toMatchObject({
      population: 'message_level',
      complete: true,
      truncated: false,
      evidence_status: 'complete',
      limitations: [],
      pages_fetched: 3,
      service_total: 5,
      raw_records_fetched: 5,
      unique_records: 5,
      duplicate_count: 0,
      receipt_states: { success: 3, failure: 1, outstanding: 1 },
      error_codes: { 'NE:0105': { messages: 1, segments: 1 } },
      dimension: 'template',
      breakdown: [
        { value: 'ST_0002', messages: 3, success: 3, failure: 0, outstanding: 0 },
        { value: 'ST_0004', messages: 2, success: 0, failure: 1, outstanding: 1 },
      ],
    });
    expect(Object.keys(result.send_logs?.records[0] ?? {}).sort()).toEqual([
      'errorCode',
      'messageId',
      'receiptState',
      'receiptTime',
      'segments',
      'sendTime',
      'signature',
      'subAccount',
      'templateId',
    ]);
  });

  it('--mobile filters the send log only and is never shown', async () => {
    const run = await read(['analytics', ...theHour(), ...LOGS, '--mobile', '+8613800000007']);
    const result = run.result as unknown as Report;
    expect(result.scope).toMatchObject({ sendLogsMobileFilterApplied: true });
    expect(result.send_logs).toMatchObject({ unique_records: 1, receipt_states: { failure: 1 } });
    expect(JSON.stringify(run)).not.toContain('0000007');
  });

  it('a page limit short of the total is truncated: page_limit_reached, insufficient_data', async () => {
    const result = await report([...theHour(), ...LOGS, '--page-size', '2', '--max-pages', '1']);
    expect(result.status).toBe('insufficient_data');
    expect(result.send_logs).toMatchObject({
      complete: false,
      truncated: true,
      limitations: ['page_limit_reached'],
      unique_records: 2,
    });
  });

  it('on a terminal: a bar per bucket, the rates, the zone named; the send log summed up', async () => {
    const env = { ...akskEnv(sandbox), HOME: home.home };
    const args = ['analytics', '--start', at(hour - 3600), '--end', at(hour + 3600), '--bucket', 'hour'];
    const run = await runMain([...args, '--sub-account', '7384ed01', '--include-logs'], env, { tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('by hour: insufficient data.');
    expect(run.stdout).toMatch(/^FROM \(ASIA\/SHANGHAI\) +SUBMITTED +ACCEPTED +DELIVERED +PENDING$/m);
    expect(run.stdout).toMatch(
      new RegExp(
        `^${at(hour - 3600)
          .slice(0, 16)
          .replace('T', ' ')} +0 +– +– +0$`,
        'm',
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(`^${at(hour).slice(0, 16).replace('T', ' ')} +█{20} 5 +100\\.0% +60\\.0% +1$`, 'm'),
    );
    expect(run.stdout).toContain('Times in Asia/Shanghai, UTC+08:00.');
    expect(run.stdout).toContain(
      'Send log: 5 message(s) in 1 page(s) of 5, complete; delivered 3, failed 1, pending 1.',
    );
    expect(run.stdout).toMatch(/^NE:0105 +1 +1$/m);
  });
});

describe('analytics refuses what the contract forbids, before any query', () => {
  it.each([
    [['--start', '2026-07-01T00:00:00.5', '--end', '2026-07-02'], '--start must have whole seconds'],
    [['--start', '2026-07-01', '--end', '2026-09-29T00:00:01'], 'at most 90 days'],
    [['--start', '2026-07-02', '--end', '2026-07-01'], '--end must be after --start'],
    [['--start', '2026-07-01', '--end', '2026-09-29', '--bucket', 'hour'], 'at most 100'],
    [['--start', '2026-07-01', '--end', '2026-07-02', '--include-logs'], '--sub-account is required'],
    [
      [
        '--start',
        '2026-07-01',
        '--end',
        '2026-07-02',
        '--include-logs',
        '--sub-account',
        'g',
        '--channel-type',
        'CN_NTC',
      ],
      '--channel-type cannot be combined with --include-logs',
    ],
    [
      ['--start', '2026-07-01', '--end', '2026-07-02', '--mobile', '13800000001'],
      '--mobile needs --include-logs',
    ],
    [
      [
        '--start',
        '2026-07-01',
        '--end',
        '2026-07-05',
        '--bucket',
        'hour',
        '--include-logs',
        '--sub-account',
        'g',
        '--max-pages',
        '30',
      ],
      'and 96 bucket(s) make 126 queries, at most 120',
    ],
  ])('%j: analytics_validation_error, exit 2', async (args, message) => {
    const envelope = await fail(['analytics', ...args], 'analytics_validation_error');
    expect(envelope.error?.message).toContain(message);
  });

  it('a bad flag value is an argument_error', async () => {
    const envelope = await fail(
      ['analytics', '--start', '2026-07-01', '--end', '2026-07-02', '--bucket', 'week'],
      'argument_error',
    );
    expect(envelope.error?.message).toContain('--bucket must be one of total, hour, day');
  });
});

describe('analytics against answers the sandbox never gives', () => {
  let stats: (body: Record<string, unknown>) => unknown;
  let stub: Awaited<ReturnType<typeof startStubApi>>;
  beforeAll(async () => {
    stub = await startStubApi((request) =>
      request.action === 'ListTotalSendCountStatForAgent'
        ? { body: stats(request.body) }
        : { status: 404, body: {} },
    );
  });
  afterAll(() => stub.close());
  const env = () => ({ ARK_SKILL_API_KEY: 'stub-key', ARK_SKILL_API_BASE: stub.url });
  const failedQuery = () =>
    fail(['analytics', '--start', '2026-07-01', '--end', '2026-07-02'], 'analytics_query_failed', 1, env());
  const counts = {
    TotalAllSendCount: 4,
    TotalSendSuccessCount: 4,
    TotalReceiptSuccessCount: 3,
    TotalReceiptFailureCount: 1,
  };

  it('one query per bucket, EndTime the last second of the bucket (the reference hour)', async () => {
    stats = () => stubEnvelope('ListTotalSendCountStatForAgent', { result: counts });
    stub.requests.length = 0;
    const run = await read(
      [
        'analytics',
        '--start',
        '2026-07-01T00:00:00',
        '--end',
        '2026-07-01T02:00:00',
        '--bucket',
        'hour',
        '--signature',
        '【VolcOps】',
      ],
      env(),
    );
    expect(run.result).toMatchObject({ status: 'complete' });
    expect(stub.requests.map((r) => r.body)).toEqual([
      { StartTime: 1_782_835_200, EndTime: 1_782_838_799, Signature: '【VolcOps】' },
      { StartTime: 1_782_838_800, EndTime: 1_782_842_399, Signature: '【VolcOps】' },
    ]);
  });

  it.each([
    ['missing', { ...counts, TotalAllSendCount: undefined }],
    ['inconsistent', { ...counts, TotalReceiptFailureCount: 2 }],
  ])('a count %s is insufficient_data, not zero traffic', async (_case, result) => {
    stats = () => stubEnvelope('ListTotalSendCountStatForAgent', { result });
    const run = await read(['analytics', '--start', '2026-07-01', '--end', '2026-07-02'], env());
    expect(run.result).toMatchObject({ status: 'insufficient_data' });
  });

  it('a count that is not a number fails the answer: analytics_query_failed, never counted', async () => {
    stats = () =>
      stubEnvelope('ListTotalSendCountStatForAgent', { result: { ...counts, TotalAllSendCount: '4' } });
    const envelope = await failedQuery();
    expect(envelope.error?.message).toContain('TotalAllSendCount');
  });

  it('a failing query is analytics_query_failed with the service in the message', async () => {
    stats = () =>
      stubEnvelope('ListTotalSendCountStatForAgent', {
        error: { Code: 'RE:0001', Message: 'not activated' },
      });
    const envelope = await failedQuery();
    expect(envelope.request_id).toMatch(/^20261125120000/);
  });
});
