import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import {
  SANDBOX_CREDENTIALS,
  containsFullNumber,
  deliverableNumbers,
  runAction,
  sendInputs,
  startActionSandbox,
} from './helpers/action-sandbox.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startActionSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.admin.reset());

const json = (text: string | undefined) => JSON.parse(text ?? 'null') as unknown;

describe('run(): send', () => {
  it('sends, writes every output in input order, masks numbers and registers the secrets', async () => {
    const numbers = ['13800000000', '+86 139-0000-0001', '13700000002'];
    const io = await runAction(sendInputs(sandbox, { 'phone-numbers': numbers.join('\n') }));

    expect(io.failures).toEqual([]);
    const received = sandbox.admin.messages();
    expect(received.map((m) => m.mobile)).toEqual(['13800000000', '13900000001', '13700000002']);
    expect(received[0]?.text).toBe('【火山引擎】您的验证码是123456，5分钟内有效。');
    expect(json(io.outputs.get('message-ids'))).toEqual(received.map((m) => m.messageId));
    expect(json(io.outputs.get('results'))).toEqual([
      { mobile: '138****0000', status: 'sent', messageId: received[0]?.messageId },
      { mobile: '139****0001', status: 'sent', messageId: received[1]?.messageId },
      { mobile: '137****0002', status: 'sent', messageId: received[2]?.messageId },
    ]);
    expect(io.outputs.get('sent-count')).toBe('3');
    expect(io.outputs.get('failed-count')).toBe('0');
    expect(io.outputs.get('unknown-count')).toBe('0');
    expect(io.outputs.has('delivered-count')).toBe(false);

    expect(io.secrets).toEqual(
      expect.arrayContaining([SANDBOX_CREDENTIALS.secretAccessKey, SANDBOX_CREDENTIALS.accessKeyId]),
    );
    const summary = io.summary.join('\n');
    expect(summary).toContain('### 📱 SMS: 3 of 3 accepted');
    expect(summary).toContain('| 2 | 139****0001 | ✅ accepted |');
    const everything = io.everything();
    expect(containsFullNumber(everything, ['13800000000', '13900000001', '13700000002'])).toBeUndefined();
    expect(everything).not.toContain(SANDBOX_CREDENTIALS.secretAccessKey);
  });

  it('reads phone-numbers-file relative to GITHUB_WORKSPACE', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'volc-sms-workspace-'));
    writeFileSync(join(workspace, 'stakeholders.txt'), '# release list\n13900000001\n13900000002\n');
    const io = await runAction(
      sendInputs(sandbox, { 'phone-numbers': '', 'phone-numbers-file': 'stakeholders.txt' }),
      { env: { GITHUB_WORKSPACE: workspace } },
    );
    expect(io.failures).toEqual([]);
    expect(sandbox.admin.messages().map((m) => m.mobile)).toEqual(['13900000001', '13900000002']);
  });

  it('dry-run validates and plans but sends nothing', async () => {
    const io = await runAction(
      sendInputs(sandbox, { 'dry-run': 'true', 'phone-numbers': '13800000000,13800000000,13900000001' }),
    );
    expect(io.failures).toEqual([]);
    expect(sandbox.admin.messages()).toEqual([]);
    expect(json(io.outputs.get('results'))).toEqual([
      { mobile: '138****0000', status: 'planned' },
      { mobile: '139****0001', status: 'planned' },
    ]);
    expect(io.outputs.get('message-ids')).toBe('[]');
    expect(io.outputs.get('sent-count')).toBe('0');
    expect(io.summary.join('')).toContain('SMS dry run: 2 recipients would be sent, nothing was sent');
    expect(io.summary.join('')).toContain('1 duplicate number(s) were sent once.');
  });

  it('sends more than 200 numbers in requests of 200 and loses none', async () => {
    const numbers = deliverableNumbers(250);
    const io = await runAction(sendInputs(sandbox, { 'phone-numbers': [...numbers, numbers[0]].join(',') }));
    expect(io.failures).toEqual([]);
    const received = sandbox.admin.messages({ limit: 1000 });
    expect(received).toHaveLength(250);
    expect(new Set(received.map((m) => m.requestId)).size).toBe(2);
    expect(io.outputs.get('sent-count')).toBe('250');
    const ids = json(io.outputs.get('message-ids')) as string[];
    expect(new Set(ids)).toEqual(new Set(received.map((m) => m.messageId)));
    expect(ids).toHaveLength(250);
    expect(io.logs.join('\n')).toContain('(2 request(s))');
    expect(io.logs.filter((line) => line.startsWith('  1'))).toHaveLength(200);
    expect(io.logs).toContain('  …and 50 more (see the results output)');
  });

  it('sends 450 numbers and collects every receipt over several log pages under the default 5 QPS limit', async () => {
    const limited = await startSandbox({ port: 0, receiptDelayMs: 100 });
    try {
      const io = await runAction(
        sendInputs(limited, {
          'phone-numbers': deliverableNumbers(450).join('\n'),
          'wait-for-delivery': 'true',
        }),
      );
      expect(io.failures).toEqual([]);
      expect(io.outputs.get('sent-count')).toBe('450');
      expect(io.outputs.get('delivered-count')).toBe('450');
      expect(limited.admin.messages({ limit: 1000 })).toHaveLength(450);
    } finally {
      await limited.close();
    }
  });

  it('waits for delivery and fails the step on a failed receipt, naming the masked number and code', async () => {
    const io = await runAction(
      sendInputs(sandbox, { 'phone-numbers': '13800000000\n13800000007', 'wait-for-delivery': 'true' }),
    );
    expect(io.outputs.get('delivered-count')).toBe('1');
    expect(io.outputs.get('delivery-failed-count')).toBe('1');
    expect(io.outputs.get('delivery-pending-count')).toBe('0');
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toMatch(/^1 delivery failure\(s\): 138\*\*\*\*0007 NE:0105/);
    const results = json(io.outputs.get('results')) as { delivery: string; deliveryError?: string }[];
    expect(results.map((r) => r.delivery)).toEqual(['delivered', 'failed']);
    expect(results[1]?.deliveryError).toMatch(/^NE:0105/);
    expect(io.summary.join('')).toContain('❌ failed');
    expect(containsFullNumber(io.everything(), ['13800000007', '13800000000'])).toBeUndefined();
  });

  it('only warns about a failed receipt with fail-on-delivery-error: false', async () => {
    const io = await runAction(
      sendInputs(sandbox, {
        'phone-numbers': '13800000009',
        'wait-for-delivery': 'true',
        'fail-on-delivery-error': 'false',
      }),
    );
    expect(io.failures).toEqual([]);
    expect(io.warnings).toEqual([expect.stringMatching(/^1 delivery failure\(s\): 138\*{4}0009 CR:0202/)]);
  });

  it('stops waiting at delivery-timeout and fails for the message without a receipt', async () => {
    const started = Date.now();
    const io = await runAction(
      sendInputs(sandbox, {
        'phone-numbers': '13800000000,13800000006',
        'wait-for-delivery': 'true',
        'delivery-timeout': '1s',
      }),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(io.outputs.get('delivered-count')).toBe('1');
    expect(io.outputs.get('delivery-pending-count')).toBe('1');
    expect(io.failures).toEqual(['1 message(s) without a receipt (Some receipts did not arrive within 1 s)']);
    expect(io.summary.join('')).toContain('⏳ no receipt');
  });

  it('fails with the API code, request id and hint when the message group does not exist', async () => {
    const io = await runAction(
      sendInputs(sandbox, { 'sub-account': '5c0ffee0', 'phone-numbers': '13800000000,13900000001' }),
    );
    expect(io.outputs.get('sent-count')).toBe('0');
    expect(io.outputs.get('failed-count')).toBe('2');
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toMatch(
      /^2 of 2 recipient\(s\) not accepted: .*RE:0003.*\(request id \w+\)\. Hint: /,
    );
    const results = json(io.outputs.get('results')) as { status: string; error: string }[];
    expect(results.every((r) => r.status === 'failed' && r.error.includes('RE:0003'))).toBe(true);
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('reports an unknown outcome (answer lost after the send) without re-sending, and fails', async () => {
    sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'drop-after', count: 1 });
    const io = await runAction(sendInputs(sandbox, { 'phone-numbers': '13800000000' }));
    expect(sandbox.admin.messages()).toHaveLength(1);
    expect(io.outputs.get('unknown-count')).toBe('1');
    expect(io.outputs.get('sent-count')).toBe('0');
    expect((JSON.parse(io.outputs.get('results') ?? '[]') as { status: string }[])[0]?.status).toBe(
      'unknown',
    );
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toContain('check the send log before re-sending');
    expect(io.summary.join('')).toContain('⚠️ unknown');
  });

  it.each([
    ['RE:0500 with HTTP 200, after the send went out', 'SendSmsForAgent=error-after:RE:0500x1'],
    ['an HTML 400 that is not the API envelope', 'SendSmsForAgent=non-json:400x1'],
  ])('reports %s as unknown, not rejected: status partial', async (_name, fault) => {
    sandbox.admin.addFault(fault);
    const io = await runAction(sendInputs(sandbox, { 'phone-numbers': '13800000000' }));
    expect(sandbox.admin.messages()).toHaveLength(1);
    expect(io.outputs.get('status')).toBe('partial');
    expect(io.outputs.get('unknown-count')).toBe('1');
    expect(io.outputs.get('failed-count')).toBe('0');
    expect((json(io.outputs.get('results')) as { status: string }[])[0]?.status).toBe('unknown');
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toContain('check the send log before re-sending');
    expect(io.summary.join('')).toContain('**0 rejected, 1 with unknown outcome.**');
  });

  it('reports a code that proves nothing was processed as rejected: status failed', async () => {
    sandbox.admin.addFault('SendSmsForAgent=error:RE:0013x1');
    const io = await runAction(sendInputs(sandbox, { 'phone-numbers': '13800000000' }));
    expect(sandbox.admin.messages()).toEqual([]);
    expect(io.outputs.get('status')).toBe('failed');
    expect(io.outputs.get('failed-count')).toBe('1');
    expect(io.failures[0]).toMatch(/^1 of 1 recipient\(s\) not accepted: .*RE:0013/);
  });

  it('turns the same failure into a warning with fail-on-error: false, outputs still written', async () => {
    const io = await runAction(
      sendInputs(sandbox, {
        signature: 'RejectedSign',
        'fail-on-error': 'false',
        'phone-numbers': '13800000000',
      }),
    );
    expect(io.failures).toEqual([]);
    expect(io.warnings).toHaveLength(1);
    expect(io.warnings[0]).toContain('RE:0004');
    expect(io.outputs.get('failed-count')).toBe('1');
  });

  it('fails on a wrong secret key with the auth hint, without echoing any key', async () => {
    const io = await runAction(sendInputs(sandbox, { 'secret-access-key': 'wrong-secret-key-value' }));
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toMatch(/SignatureDoesNotMatch|signature/i);
    expect(io.failures[0]).toContain('Hint:');
    expect(io.secrets).toContain('wrong-secret-key-value');
    expect(io.everything()).not.toContain('wrong-secret-key-value');
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('sends through the gateway with api-key and api-base', async () => {
    const inputs = sendInputs(sandbox, { 'api-key': SANDBOX_CREDENTIALS.apiKey, 'api-base': sandbox.url });
    delete inputs['access-key-id'];
    delete inputs['secret-access-key'];
    delete inputs.endpoint;
    const io = await runAction(inputs);
    expect(io.failures).toEqual([]);
    expect(io.logs[0]).toContain('gateway API key from inputs (api-key, api-base)');
    expect(io.secrets).toContain(SANDBOX_CREDENTIALS.apiKey);
    expect(sandbox.admin.messages()).toHaveLength(1);
  });

  it('sends through the classic API (SendSms) with api: classic, same outputs', async () => {
    const io = await runAction(
      sendInputs(sandbox, { api: 'classic', 'phone-numbers': '13800000000,13900000001' }),
    );
    expect(io.failures).toEqual([]);
    const received = sandbox.admin.messages();
    expect(received.map((m) => m.api)).toEqual(['classic', 'classic']);
    expect(JSON.parse(io.outputs.get('message-ids') ?? '[]')).toEqual(received.map((m) => m.messageId));
    expect(io.outputs.get('sent-count')).toBe('2');
  });

  it('falls back to the CLI environment variables when no credential input is given', async () => {
    const inputs = sendInputs(sandbox);
    delete inputs['access-key-id'];
    delete inputs['secret-access-key'];
    const io = await runAction(inputs, {
      env: {
        VOLC_ACCESSKEY: SANDBOX_CREDENTIALS.accessKeyId,
        VOLC_SECRETKEY: SANDBOX_CREDENTIALS.secretAccessKey,
      },
    });
    expect(io.failures).toEqual([]);
    expect(io.logs[0]).toContain('AK/SK from environment (VOLC_ACCESSKEY, VOLC_SECRETKEY)');
    expect(io.secrets).toContain(SANDBOX_CREDENTIALS.secretAccessKey);
  });
});

describe('run(): bad inputs and configuration fail fast, naming the input', () => {
  it('an unknown mode, also said in the job summary', async () => {
    const io = await runAction(sendInputs(sandbox, { mode: 'sms' }));
    expect(io.summary).toEqual([
      expect.stringMatching(/^### ❌ SMS step failed\n\nInvalid input mode: must be send, batch or stats/),
    ]);
    expect(io.failures).toEqual([
      'Invalid input mode: must be send, batch or stats. Hint: Fix the named inputs in the step\'s "with:" block; see docs/action.md for every input.',
    ]);
  });

  it('every missing required input at once, even with fail-on-error: false', async () => {
    const io = await runAction({ mode: 'send', 'fail-on-error': 'false' });
    expect(io.failures).toHaveLength(1);
    for (const name of ['sub-account', 'signature', 'template-id', 'phone-numbers']) {
      expect(io.failures[0]).toContain(`${name}: is required when mode is send`);
    }
  });

  it('a template-param that is not JSON', async () => {
    const io = await runAction(sendInputs(sandbox, { 'template-param': '{code:123456}' }));
    expect(io.failures[0]).toMatch(/^Invalid input template-param: is not valid JSON/);
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('a phone number that is not one, without echoing it', async () => {
    const io = await runAction(sendInputs(sandbox, { 'phone-numbers': '13800000000,1380000000' }));
    expect(io.failures[0]).toMatch(/^Invalid input phone-numbers: entry 2 /);
    expect(io.failures[0]).not.toContain('1380000000');
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('no credentials anywhere: names the inputs and the variables', async () => {
    const inputs = sendInputs(sandbox);
    delete inputs['access-key-id'];
    delete inputs['secret-access-key'];
    const io = await runAction(inputs);
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toMatch(/VOLCENGINE_ACCESS_KEY|ARK_SKILL_API_KEY/);
    expect(io.failures[0]).toContain(
      'Hint: Pass access-key-id and secret-access-key (or api-key and api-base)',
    );
  });

  it('an empty secret input (a misspelled secret) names the input', async () => {
    const io = await runAction(sendInputs(sandbox, { 'secret-access-key': '' }));
    expect(io.failures[0]).toMatch(/^Input secret-access-key is empty/);
  });

  it('both kinds of credentials at once', async () => {
    const io = await runAction(sendInputs(sandbox, { 'api-key': 'k', 'api-base': sandbox.url }));
    expect(io.failures[0]).toMatch(/^Give either access-key-id\/secret-access-key or api-key\/api-base/);
  });

  it('a non-Error throw still fails the step', async () => {
    const io = await runAction(sendInputs(sandbox), {
      createClient: () => {
        throw 'client exploded';
      },
    });
    expect(io.failures).toEqual(['client exploded']);
  });
});
