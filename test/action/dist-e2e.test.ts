import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import {
  SANDBOX_CREDENTIALS,
  deliverableNumbers,
  sendInputs,
  startActionSandbox,
} from './helpers/action-sandbox.ts';
import { runStep, type StepResult } from './helpers/run-step.ts';
import { startForwardProxy } from '../helpers/forward-proxy.ts';

const SECRETS = [SANDBOX_CREDENTIALS.secretAccessKey, SANDBOX_CREDENTIALS.apiKey];

/** Nothing secret and no full number in what the step prints or writes to its summary. */
function expectNothingLeaked(step: StepResult, numbers: readonly string[]): void {
  const visible = `${step.printed}\n${step.stderr}\n${step.summary}`;
  for (const secret of SECRETS) expect(visible).not.toContain(secret);
  for (const number of numbers) expect(visible).not.toContain(number);
  expect(step.stdout).toContain(`::add-mask::${SANDBOX_CREDENTIALS.secretAccessKey}`);
}

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startActionSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.admin.reset());

describe('dist/action/index.js as the runner runs it', () => {
  it('runs on Node 24, like runs.using: node24', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('send: exit 0, outputs in the GITHUB_OUTPUT file, a summary table, nothing leaked', async () => {
    const numbers = ['13800000000', '13900000001'];
    const step = await runStep(sendInputs(sandbox, { 'phone-numbers': numbers.join('\n') }));
    expect(step.stderr).toBe('');
    expect(step.code).toBe(0);
    const received = sandbox.admin.messages();
    expect(JSON.parse(step.outputs['message-ids'] ?? '')).toEqual(received.map((m) => m.messageId));
    expect(step.outputs).toMatchObject({
      status: 'ok',
      'sent-count': '2',
      'failed-count': '0',
      'unknown-count': '0',
    });
    expect(JSON.parse(step.outputs['results'] ?? '')).toHaveLength(2);
    expect(step.summary).toContain('| 1 | 138****0000 | ✅ accepted |');
    expectNothingLeaked(step, numbers);
  });

  it("run-url and sha: the run's page and commit from the runner's variables, empty outside a runner", async () => {
    const step = await runStep(sendInputs(sandbox, { 'dry-run': 'true' }), {
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_REPOSITORY: 'volc-sms/volc-sms',
      GITHUB_RUN_ID: '4242',
      GITHUB_SHA: 'b5f8e3c0d1a2b3c4d5e6f708192a3b4c5d6e7f80',
    });
    expect(step.code).toBe(0);
    expect(step.outputs['run-url']).toBe('https://ghe.example.com/volc-sms/volc-sms/actions/runs/4242');
    expect(step.outputs['sha']).toBe('b5f8e3c0d1a2b3c4d5e6f708192a3b4c5d6e7f80');
    const local = await runStep(sendInputs(sandbox, { 'dry-run': 'true' }));
    expect([local.outputs['run-url'], local.outputs['sha']]).toEqual(['', '']);
  });

  it('stats: exit 0, totals and rates as outputs, a chart in the summary', async () => {
    await runStep(sendInputs(sandbox, { 'phone-numbers': '13800000000' }));
    const step = await runStep({
      mode: 'stats',
      'access-key-id': SANDBOX_CREDENTIALS.accessKeyId,
      'secret-access-key': SANDBOX_CREDENTIALS.secretAccessKey,
      endpoint: sandbox.url,
      window: '24h',
    });
    expect(step.code).toBe(0);
    expect(step.outputs['status']).toBe('ok');
    expect(step.outputs['total-all-send-count']).toBe('1');
    expect(step.outputs['total-send-success-rate']).toBe('1');
    expect(JSON.parse(step.outputs['stats'] ?? '{}')).toMatchObject({ totalAllSendCount: 1 });
    expect(step.summary).toContain('xychart-beta');
    expectNothingLeaked(step, ['13800000000']);
  });

  // The bundle reads libphonenumber's metadata on the first international number (src/core/sending/phone.ts).
  it('international numbers: a valid one is sent in E.164, an invalid one is refused before sending', async () => {
    const sent = await runStep(sendInputs(sandbox, { 'phone-numbers': '+65 9862 0548' }));
    expect(sent.code).toBe(0);
    expect(sandbox.admin.messages().map((m) => m.mobile)).toEqual(['+6598620548']);
    const refused = await runStep(sendInputs(sandbox, { 'phone-numbers': '+6512345' }));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /^::error title=Invalid input%3A phone-numbers::.*phone-numbers.*not a valid international number/m,
    );
    expect(sandbox.admin.messages()).toHaveLength(1);
  });

  it('a self-hosted runner behind a proxy: the proxy input is used and its password masked', async () => {
    const proxy = await startForwardProxy({ credentials: 'runner:pr0xy-pass' });
    try {
      const withInput = await runStep(
        sendInputs(sandbox, {
          'phone-numbers': '13800000000',
          proxy: proxy.url.replace('//', '//runner:pr0xy-pass@'),
        }),
      );
      expect(withInput.code).toBe(0);
      expect(withInput.stdout).toContain('::add-mask::pr0xy-pass');
      expect(withInput.printed).toContain(`through the proxy ${proxy.url} (input proxy)`);
      expect(withInput.printed).not.toContain('pr0xy-pass');
      expect(proxy.seen.filter((r) => r.proxyAuthorization !== undefined)).toHaveLength(1);
      expect(sandbox.admin.messages()).toHaveLength(1);
      // The runner's HTTP_PROXY is not used for a sandbox on the runner's loopback, which no proxy reaches.
      const loopback = await runStep(sendInputs(sandbox, { 'phone-numbers': '13800000001' }), {
        HTTP_PROXY: proxy.url.replace('//', '//runner:pr0xy-pass@'),
      });
      expect(loopback.code).toBe(0);
      expect(loopback.stdout).toContain('::add-mask::pr0xy-pass');
      expect(loopback.printed).not.toContain('through the proxy');
      expect(proxy.seen).toHaveLength(1);
      expect(sandbox.admin.messages()).toHaveLength(2);
    } finally {
      await proxy.close();
    }
  });

  it("a runner's HTTP_PROXY is used for an endpoint it must reach by name", async () => {
    // The proxy resolves sms.internal to the sandbox, as a corporate proxy resolves internal names.
    const proxy = await startForwardProxy({ hosts: { 'sms.internal': '127.0.0.1' } });
    try {
      const endpoint = sandbox.url.replace('127.0.0.1', 'sms.internal');
      const step = await runStep(sendInputs(sandbox, { 'phone-numbers': '13800000000', endpoint }), {
        HTTP_PROXY: proxy.url,
      });
      expect(step.code).toBe(0);
      expect(step.printed).toContain(`endpoint ${endpoint} through the proxy ${proxy.url} (HTTP_PROXY)`);
      expect(proxy.seen.map((r) => new URL(r.target).host)).toEqual([new URL(endpoint).host]);
      expect(sandbox.admin.messages()).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('dry-run: exit 0 and nothing reaches the API', async () => {
    const step = await runStep(sendInputs(sandbox, { 'dry-run': 'true', 'phone-numbers': '13800000000' }));
    expect(step.code).toBe(0);
    expect(sandbox.admin.messages()).toEqual([]);
    expect(step.outputs['results']).toBe('[{"mobile":"138****0000","status":"planned"}]');
    expect(step.outputs['status']).toBe('dry-run');
  });

  it('more than 200 numbers: every one sent once, in two requests', async () => {
    const numbers = deliverableNumbers(201);
    const step = await runStep(sendInputs(sandbox, { 'phone-numbers': numbers.join(',') }));
    expect(step.code).toBe(0);
    expect(step.outputs['sent-count']).toBe('201');
    expect(sandbox.admin.messages({ limit: 500 })).toHaveLength(201);
    expectNothingLeaked(step, numbers.slice(0, 20));
  });

  it('wait-for-delivery with a failing receipt (…7): exit 1 and an error annotation with the code', async () => {
    const step = await runStep(
      sendInputs(sandbox, { 'phone-numbers': '13800000000,13800000007', 'wait-for-delivery': 'true' }),
    );
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(/^::error::1 delivery failure\(s\): 138\*{4}0007 NE:0105/m);
    expect(step.outputs['delivery-failed-count']).toBe('1');
    // Both accepted, one not delivered: some messages went out.
    expect(step.outputs['status']).toBe('partial');
    expectNothingLeaked(step, ['13800000000', '13800000007']);
  });

  it('wait-for-delivery that times out (…6): exit 1, pending count in the outputs', async () => {
    const step = await runStep(
      sendInputs(sandbox, {
        'phone-numbers': '13800000006',
        'wait-for-delivery': 'true',
        'delivery-timeout': '1',
      }),
    );
    expect(step.code).toBe(1);
    expect(step.outputs['delivery-pending-count']).toBe('1');
    expect(step.stdout).toContain('::error::1 message(s) without a receipt');
  });

  it('fail-on-error: false keeps the step green with a warning annotation', async () => {
    const step = await runStep(sendInputs(sandbox, { 'sub-account': '5c0ffee0', 'fail-on-error': 'false' }));
    expect(step.code).toBe(0);
    expect(step.stdout).toMatch(/^::warning::1 of 1 recipient\(s\) not accepted: .*RE:0003/m);
    expect(step.outputs['failed-count']).toBe('1');
    expect(step.outputs['status']).toBe('failed');
  });

  it('an API error fails with the hint', async () => {
    const step = await runStep(sendInputs(sandbox, { signature: 'RejectedSign' }));
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(/^::error::1 of 1 recipient\(s\) not accepted: .*RE:0004.*Hint: /m);
  });

  it('bad inputs fail fast, each named', async () => {
    const step = await runStep({ mode: 'send', 'phone-numbers': '13800000000', 'delivery-timeout': 'soon' });
    expect(step.code).toBe(1);
    const error = step.stdout.split('\n').find((line) => line.startsWith('::error')) ?? '';
    // The annotation's title names every input to fix; the message says how.
    expect(error).toMatch(
      /^::error title=Invalid inputs%3A delivery-timeout%2C sub-account%2C signature%2C template-id::/,
    );
    for (const name of ['sub-account', 'signature', 'template-id', 'delivery-timeout'])
      expect(error.slice(error.indexOf('::', 2))).toContain(name);
    expect(step.outputs).toEqual({ status: 'failed', 'run-url': '', sha: '' });
    expect(step.stderr).toBe('');
    expect(step.stdout).not.toMatch(/\n\s+at /);
  });
});
