import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { SANDBOX_CREDENTIALS, deliverableNumbers, startActionSandbox } from './helpers/action-sandbox.ts';
import { runStep } from './helpers/run-step.ts';

// mode: batch through the committed bundle, as the runner runs it, against the sandbox's batch engine.
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startActionSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.admin.reset());

/** A workspace with one CSV file in it. */
function workspace(csv: string, name = 'recipients.csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'volc-sms-batch-ws-'));
  writeFileSync(join(dir, name), csv);
  return dir;
}

/** ST_0002 is `服务${service}告警：${message}` (CN_NTC) in group 7384ed01 with signature VolcOps. */
function alertCsv(numbers: readonly string[]): string {
  return ['phone,service,message', ...numbers.map((n, i) => `${n},api-${i},"latency high, p99 ${i} s"`)].join(
    '\r\n',
  );
}

function batchStep(target: Sandbox, dir: string, inputs: Record<string, string> = {}) {
  return runStep(
    {
      mode: 'batch',
      'access-key-id': SANDBOX_CREDENTIALS.accessKeyId,
      'secret-access-key': SANDBOX_CREDENTIALS.secretAccessKey,
      endpoint: target.url,
      'sub-account': '7384ed01',
      signature: 'VolcOps',
      'template-id': 'ST_0002',
      'batch-file': 'recipients.csv',
      'task-name': 'nightly alert drill',
      ...inputs,
    },
    { GITHUB_WORKSPACE: dir },
  );
}

const errorLine = (stdout: string) => stdout.split('\n').find((line) => line.startsWith('::error')) ?? '';

describe('mode: batch', () => {
  it('without launch: the task is created and validated, left in 2 Valid with its id as an output; nothing is sent', async () => {
    const numbers = ['13800000000', '+8613900000001'];
    const step = await batchStep(sandbox, workspace(alertCsv(numbers)));
    expect(step.stderr).toBe('');
    expect(step.code).toBe(0);
    const [task] = sandbox.admin.batchTasks();
    expect(task).toMatchObject({ status: 2, totalCount: 2, taskName: 'nightly alert drill' });
    expect(step.outputs).toMatchObject({
      status: 'created',
      'task-id': task?.taskId,
      'task-status': '2',
      'total-count': '2',
      'dup-count': '0',
    });
    expect(sandbox.admin.messages()).toEqual([]);
    expect(step.printed).toContain(
      `Task ${task?.taskId} awaits launch; nothing is sent until it is consented`,
    );
    expect(step.summary).toContain('**Awaiting launch: nothing has been sent.**');
    for (const number of ['13800000000', '13900000001'])
      expect(`${step.printed}${step.summary}`).not.toContain(number);
  });

  it('launch + wait: consents once, logs one line per progress step to Done, outputs the receipts, charts them', async () => {
    const numbers = deliverableNumbers(18);
    numbers.push('13800000007'); // a failed receipt
    const step = await batchStep(sandbox, workspace(alertCsv(numbers)), {
      launch: 'true',
      wait: 'true',
      'fail-on-delivery-error': 'false',
    });
    expect(step.stderr).toBe('');
    expect(step.code).toBe(0);
    const [task] = sandbox.admin.batchTasks();
    expect(task?.status).toBe(6);
    const sent = sandbox.admin.messages({ limit: 100 });
    expect(sent).toHaveLength(19);
    expect(sent.map((m) => m.text)).toContain('【VolcOps】服务api-0告警：latency high, p99 0 s');

    // One line per status the step saw, each once, in order, ending in Done.
    const progress = step.printed.split('\n').filter((line) => line.startsWith(`Task ${task?.taskId}: `));
    const seen = progress.map((line) => Number(/: (\d) /.exec(line)?.[1]));
    expect(seen.at(-1)).toBe(6);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
    expect(step.outputs).toMatchObject({
      status: 'partial',
      'task-status': '6',
      'delivered-count': '18',
      'delivery-failed-count': '1',
      'delivery-pending-count': '0',
      'receipt-rate': '0.9474',
    });
    expect(step.stdout).toMatch(
      /^::warning::Task \d+ is done: 1 delivery failure\(s\), 0 message\(s\) without a receipt/m,
    );
    expect(step.summary).toContain('| 6 Done | ✅ done |');
    expect(step.summary).toContain('pie showData title Receipts of task');
    expect(step.summary).toContain('"Delivered" : 18');
  });

  it('launch without wait: started once, the step ends with status launched', async () => {
    const step = await batchStep(sandbox, workspace(alertCsv(['13800000000'])), { launch: 'true' });
    expect(step.code).toBe(0);
    expect(step.outputs['status']).toBe('launched');
    const [task] = sandbox.admin.batchTasks();
    expect(task?.status).toBeGreaterThanOrEqual(3);
    expect(Number(step.outputs['task-status'])).toBeGreaterThanOrEqual(3);
  });

  it('a launch whose answer is lost: the task detail proves it started, so it is never consented twice', async () => {
    sandbox.admin.addFault({ action: 'ConsentBatchTask', kind: 'drop-after', count: 1 });
    const step = await batchStep(sandbox, workspace(alertCsv(['13800000000'])), {
      launch: 'true',
      wait: 'true',
    });
    expect(step.code).toBe(0);
    expect(step.printed).toMatch(/The launch's answer was lost; the task is [3-6] \w+, so it did start\./);
    expect(step.outputs['status']).toBe('ok');
    expect(sandbox.admin.messages()).toHaveLength(1);
  });

  it('wait-timeout: a task still sending fails the step and says it goes on', async () => {
    const slow = await startSandbox({ port: 0, receiptDelayMs: 150, rateLimitQps: 0, batchRate: 2 });
    try {
      const step = await batchStep(slow, workspace(alertCsv(deliverableNumbers(20))), {
        launch: 'true',
        wait: 'true',
        'wait-timeout': '2s',
      });
      expect(step.code).toBe(1);
      expect(step.outputs['status']).toBe('launched');
      expect(errorLine(step.stdout)).toMatch(
        /^::error::Task \d+ is still 5 Sending after 2\.0 s \(wait-timeout\); it goes on sending/,
      );
    } finally {
      await slow.close();
    }
  });

  it.each([
    ['no file', {}, '', /batch-file: recipients\.csv does not exist or cannot be read/],
    [
      'a header that is not the template’s',
      {},
      'phone,svc\n13800000000,x',
      /line 1 header is "phone,svc", the template needs "phone,service,message"/,
    ],
    [
      'a number twice',
      {},
      alertCsv(['13800000000', '13800000000']),
      /line 3 phone 138\*{4}0000 is on an earlier line too/,
    ],
    ['a bare 86 prefix', {}, alertCsv(['8613800000000']), /line 2 phone .* is not a mainland mobile/],
    ['an empty variable', {}, 'phone,service,message\n13800000000,api,', /line 2 message is empty/],
  ])(
    'bad batch file (%s): an annotation naming batch-file and the fix; nothing uploaded',
    async (_name, inputs, csv, message) => {
      const dir = csv === '' ? mkdtempSync(join(tmpdir(), 'volc-sms-batch-ws-')) : workspace(csv);
      const step = await batchStep(sandbox, dir, inputs);
      expect(step.code).toBe(1);
      const error = errorLine(step.stdout);
      expect(error).toMatch(/^::error title=Invalid input%3A batch-file::/);
      expect(error).toMatch(message);
      expect(step.outputs['status']).toBe('failed');
      expect(sandbox.admin.batchTasks()).toEqual([]);
      expect(step.stdout).not.toContain('13800000000');
    },
  );

  it('a verification template is refused before anything is uploaded, naming template-id', async () => {
    const step = await batchStep(sandbox, workspace('phone,code\n13800000000,123456'), {
      signature: '火山引擎',
      'template-id': 'ST_0001',
    });
    expect(step.code).toBe(1);
    expect(errorLine(step.stdout)).toMatch(
      /^::error title=Invalid input%3A template-id::.*ST_0001 is a verification template/,
    );
    expect(sandbox.admin.batchTasks()).toEqual([]);
  });

  it('missing inputs are named together', async () => {
    const step = await batchStep(sandbox, workspace(alertCsv(['13800000000'])), {
      'batch-file': '',
      'sub-account': '',
      wait: 'maybe',
    });
    expect(step.code).toBe(1);
    expect(errorLine(step.stdout)).toMatch(
      /^::error title=Invalid inputs%3A wait%2C sub-account%2C batch-file::/,
    );
  });

  /** `days` from now at `time` on the Asia/Shanghai calendar, as a workflow would write it (no offset). */
  function shanghaiTime(days: number, time: string): string {
    const date = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
    return `${date}T${time}`;
  }

  it('send-time schedules the task: created scheduled at that time, launched once, nothing sent before it', async () => {
    const sendTime = shanghaiTime(1, '10:00:00');
    const step = await batchStep(sandbox, workspace(alertCsv(['13800000000', '13800000001'])), {
      'send-time': sendTime,
      launch: 'true',
    });
    expect(step.stderr).toBe('');
    expect(step.code).toBe(0);
    const [task] = sandbox.admin.batchTasks();
    expect(task).toMatchObject({
      scheduled: true,
      sendTime: Date.parse(`${sendTime}+08:00`) / 1000,
      status: 3,
    });
    expect(step.outputs).toMatchObject({ status: 'launched', 'task-id': task?.taskId });
    expect(step.printed).toContain(
      `Task ${task?.taskId} is scheduled: the service sends at ${sendTime.replace('T', ' ')} once it is launched.`,
    );
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('a send time the service would refuse fails the step naming send-time and the fix; nothing is uploaded', async () => {
    const dir = workspace(alertCsv(['13800000000']));
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'send-time': '2020-01-01T10:00:00' }, /send-time::.*is not in the future: pick a later time/],
      [{ 'send-time': shanghaiTime(1, '22:00:00') }, /send-time::.*outside 08:00–21:30 Asia\/Shanghai/],
      [
        { 'send-time': shanghaiTime(40, '10:00:00') },
        /send-time::.*more than a month ahead: schedule no later than/,
      ],
      [{ 'send-time': 'tomorrow 10:00' }, /send-time::.*not an ISO 8601 time: write it like/],
      [
        { 'send-time': shanghaiTime(1, '10:00:00'), launch: 'true', wait: 'true' },
        /wait-timeout::.*30m ends before send-time, \d+ min from now/,
      ],
    ];
    for (const [inputs, expected] of cases) {
      const step = await batchStep(sandbox, dir, inputs);
      expect(step.code, JSON.stringify(inputs)).toBe(1);
      expect(decodeURIComponent(errorLine(step.stdout)), JSON.stringify(inputs)).toMatch(expected);
    }
    expect(sandbox.admin.batchTasks()).toEqual([]);
    const send = await runStep({
      'access-key-id': SANDBOX_CREDENTIALS.accessKeyId,
      'secret-access-key': SANDBOX_CREDENTIALS.secretAccessKey,
      endpoint: sandbox.url,
      'sub-account': '7384ed01',
      signature: 'VolcOps',
      'template-id': 'ST_0004',
      'template-param': 'version: 1',
      'phone-numbers': '13800000000',
      'send-time': shanghaiTime(1, '10:00:00'),
    });
    expect(decodeURIComponent(errorLine(send.stdout))).toMatch(/send-time::.*applies to mode batch only/);
    expect(sandbox.admin.messages()).toEqual([]);
  });

  describe('mode: send above batch-threshold', () => {
    function sendStep(numbers: readonly string[], inputs: Record<string, string> = {}) {
      return runStep({
        mode: 'send',
        'access-key-id': SANDBOX_CREDENTIALS.accessKeyId,
        'secret-access-key': SANDBOX_CREDENTIALS.secretAccessKey,
        endpoint: sandbox.url,
        'sub-account': '7384ed01',
        signature: 'VolcOps',
        'template-id': 'ST_0002',
        'template-param': 'service: api\nmessage: deploy 42 failed',
        'phone-numbers': numbers.join('\n'),
        'batch-threshold': '3',
        'task-name': 'on-call wave',
        ...inputs,
      });
    }

    it('goes to a batch task built from the inputs, left in 2 Valid without launch; nothing is sent', async () => {
      const numbers = deliverableNumbers(4);
      const step = await sendStep([...numbers, `+86 ${numbers[0]}`]); // a repeat is sent once
      expect(step.code).toBe(0);
      expect(step.outputs).toMatchObject({
        engine: 'batch',
        status: 'created',
        'task-status': '2',
        'total-count': '4',
      });
      expect(step.printed).toContain('Engine: batch task: 4 numbers, above the batch threshold of 3');
      expect(sandbox.admin.batchTasks()).toHaveLength(1);
      expect(sandbox.admin.messages()).toEqual([]);
    });

    it('with launch and wait-for-delivery: sent once each by the engine, receipts collected', async () => {
      const numbers = deliverableNumbers(5);
      const step = await sendStep(numbers, { launch: 'true', 'wait-for-delivery': 'true' });
      expect(step.code).toBe(0);
      expect(step.outputs).toMatchObject({ engine: 'batch', status: 'ok', 'delivered-count': '5' });
      const sent = sandbox.admin.messages({ limit: 100 });
      expect(sent.map((m) => m.mobile).sort()).toEqual([...numbers].sort());
      expect(new Set(sent.map((m) => m.text))).toEqual(new Set(['【VolcOps】服务api告警：deploy 42 failed']));
    });

    it('at or below the threshold the direct engine sends, as before', async () => {
      const step = await sendStep(deliverableNumbers(3));
      expect(step.code).toBe(0);
      expect(step.outputs).toMatchObject({ engine: 'direct', status: 'ok', 'sent-count': '3' });
      expect(sandbox.admin.batchTasks()).toEqual([]);
    });

    it('a verification template above the threshold is refused, naming batch-threshold; nothing is sent', async () => {
      const step = await sendStep(deliverableNumbers(4), {
        signature: '火山引擎',
        'template-id': 'ST_0001',
        'template-param': '{"code":"123456"}',
      });
      expect(step.code).toBe(1);
      expect(errorLine(step.stdout)).toMatch(
        /^::error title=Invalid input%3A batch-threshold::Invalid input batch-threshold: ST_0001 is a verification template and 4 numbers are above batch-threshold 3.*Hint: Send at most 3 numbers a step, or set batch-threshold: 4/,
      );
      expect(sandbox.admin.messages()).toEqual([]);
      expect(sandbox.admin.batchTasks()).toEqual([]);
    });
  });
});
