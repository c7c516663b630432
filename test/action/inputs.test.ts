import { describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/index.ts';
import { INPUT_NAMES, parseActionInputs } from '../../src/action/inputs.ts';
import { parseTemplateParamInput, splitRecipients } from '../../src/action/input-recipients.ts';
import type { RawInputs } from '../../src/action/inputs.ts';

const NOW = new Date('2026-11-25T12:00:00Z');
const NOW_S = NOW.getTime() / 1000;

function raw(values: Partial<RawInputs>): RawInputs {
  const all = Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])) as RawInputs;
  return { ...all, ...values };
}

const SEND = {
  'sub-account': '7384ed01',
  signature: '火山引擎',
  'template-id': 'ST_0001',
  'phone-numbers': '13800000000, +86 139-0000-0001\n13700000002',
};

function issuesOf(
  values: Partial<RawInputs>,
  readFile?: (path: string) => string | undefined,
): { field: string; message: string }[] {
  try {
    parseActionInputs(raw(values), { now: NOW, readFile });
  } catch (err) {
    expect(err).toBeInstanceOf(SmsInputError);
    return [...(err as SmsInputError).issues];
  }
  throw new Error('expected the inputs to be rejected');
}

describe('parseActionInputs: send', () => {
  it('defaults mode to send and the switches to their documented defaults', () => {
    const inputs = parseActionInputs(raw({ ...SEND, 'template-param': '{"code":"123456"}' }), { now: NOW });
    expect(inputs).toMatchObject({
      mode: 'send',
      subAccount: '7384ed01',
      signature: '火山引擎',
      templateId: 'ST_0001',
      phoneNumbers: ['13800000000', '+86 139-0000-0001', '13700000002'],
      templateParam: { code: '123456' },
      dryRun: false,
      failOnError: true,
      waitForDelivery: false,
      deliveryTimeoutMs: 120_000,
      failOnDeliveryError: true,
    });
  });

  it('splits phone numbers on commas and new lines, keeping spaces inside a number', () => {
    expect(splitRecipients('13800000000,13900000001\n 138 0000 0002;\r\n')).toEqual([
      '13800000000',
      '13900000001',
      '138 0000 0002',
    ]);
    expect(splitRecipients('13800000000 13900000001')).toEqual(['13800000000', '13900000001']);
    expect(splitRecipients('  ')).toEqual([]);
    // A single line that reads as one number stays one, spaces and all.
    expect(splitRecipients('+65 9862 0548')).toEqual(['+65 9862 0548']);
    expect(splitRecipients(' +86 138 0000 0000 ')).toEqual(['+86 138 0000 0000']);
  });

  it('reads booleans the way getBooleanInput does and durations in seconds or units', () => {
    const inputs = parseActionInputs(
      raw({
        ...SEND,
        'dry-run': 'TRUE',
        'fail-on-error': 'False',
        'wait-for-delivery': 'true',
        'delivery-timeout': '5m',
      }),
      { now: NOW },
    );
    expect(inputs).toMatchObject({
      dryRun: true,
      failOnError: false,
      waitForDelivery: true,
      deliveryTimeoutMs: 300_000,
    });
  });

  it('names every missing required input at once', () => {
    const issues = issuesOf({});
    expect(issues.map((i) => i.field).sort()).toEqual([
      'phone-numbers',
      'signature',
      'sub-account',
      'template-id',
    ]);
    expect(issues[0]?.message).toBe('is required when mode is send');
  });

  it('rejects an unknown mode, a bad boolean, a bad duration and a bad endpoint, naming each input', () => {
    const issues = issuesOf({
      ...SEND,
      mode: 'sned',
      'dry-run': 'yes',
      'delivery-timeout': 'forever',
      endpoint: 'localhost:8787',
      api: 'graphql',
    });
    expect(Object.fromEntries(issues.map((i) => [i.field, i.message]))).toEqual({
      mode: 'must be send, batch or stats',
      'dry-run': 'must be true or false',
      'delivery-timeout': expect.stringContaining('"forever" is not a duration'),
      endpoint: expect.stringContaining('must be an absolute http(s) URL'),
      api: 'must be agent or classic',
    });
  });

  it('rejects template-param that is not a JSON object of strings, with the fix', () => {
    const [issue] = issuesOf({ ...SEND, 'template-param': '{"code":123456}' });
    expect(issue).toEqual({
      field: 'template-param',
      message: expect.stringContaining('"code" is a number; quote it'),
    });
    expect(issue?.message).not.toContain('123456');
    expect(issuesOf({ ...SEND, 'template-param': "{code:'1'}" })[0]?.field).toBe('template-param');
  });

  it('takes template-param as one name: value per line, values verbatim (quotes and all)', () => {
    expect(
      parseTemplateParamInput('service: api\nmessage: deploy "v2" failed: C:\\tmp\n\nversion=1.2'),
    ).toEqual({
      service: 'api',
      message: 'deploy "v2" failed: C:\\tmp',
      version: '1.2',
    });
    expect(issuesOf({ ...SEND, 'template-param': 'code: 1\njust text' })).toEqual([
      { field: 'template-param', message: expect.stringMatching(/^line 2 is not "name: value"/) },
    ]);
  });

  it('adds the numbers of phone-numbers-file after the inline ones, skipping comments', () => {
    const files: Record<string, string> = {
      'oncall.txt': '\uFEFF# on-call rota\n13900000001\n+86 137 0000 0002\n',
    };
    const inputs = parseActionInputs(
      raw({ ...SEND, 'phone-numbers': '13800000000', 'phone-numbers-file': 'oncall.txt' }),
      { now: NOW, readFile: (path) => files[path] },
    );
    expect(inputs.mode === 'send' && inputs.phoneNumbers).toEqual([
      '13800000000',
      '13900000001',
      '+86 137 0000 0002',
    ]);
  });

  it('names phone-numbers-file when it is missing, empty or holds a bad number', () => {
    const read = (path: string) => ({ 'empty.txt': '# nobody\n', 'bad.txt': '13900000001\n12345' })[path];
    const issuesWith = (file: string) =>
      issuesOf({ ...SEND, 'phone-numbers': '', 'phone-numbers-file': file }, read);
    expect(issuesWith('nope.txt')).toEqual([
      { field: 'phone-numbers-file', message: 'nope.txt does not exist or cannot be read' },
    ]);
    expect(issuesWith('empty.txt')).toEqual([
      { field: 'phone-numbers-file', message: 'empty.txt lists no phone number' },
    ]);
    expect(issuesWith('bad.txt')).toEqual([
      { field: 'phone-numbers-file', message: expect.stringMatching(/^entry 2 /) },
    ]);
  });

  it('names a bad phone number by position without echoing it', () => {
    const issues = issuesOf({ ...SEND, 'phone-numbers': '13800000000\n1380000000\n+86 12345678901' });
    expect(issues.map((i) => i.field)).toEqual(['phone-numbers', 'phone-numbers']);
    expect(issues[0]?.message).toMatch(/^entry 2 /);
    expect(issues[1]?.message).toMatch(/^entry 3 /);
    expect(JSON.stringify(issues)).not.toContain('1380000000');
  });

  it('builds one error whose message names the single bad input', () => {
    try {
      parseActionInputs(raw({ ...SEND, 'wait-for-delivery': 'on' }), { now: NOW });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toBe('Invalid input wait-for-delivery: must be true or false');
      expect((err as SmsInputError).hint).toContain('docs/action.md');
    }
  });
});

describe('parseActionInputs: stats', () => {
  it('defaults to the 24 hours before now', () => {
    const inputs = parseActionInputs(raw({ mode: 'stats' }), { now: NOW });
    expect(inputs).toMatchObject({ mode: 'stats', startTime: NOW_S - 86400, endTime: NOW_S });
  });

  it('takes a window, optionally ending at end-time, and the filters', () => {
    const inputs = parseActionInputs(
      raw({
        mode: 'stats',
        window: '7d',
        'end-time': '2026-11-20',
        'channel-type': 'CN_OTP',
        'sub-account': 'x',
      }),
      { now: NOW },
    );
    const end = Date.parse('2026-11-20T00:00:00+08:00') / 1000;
    expect(inputs).toMatchObject({
      startTime: end - 7 * 86400,
      endTime: end,
      channelType: 'CN_OTP',
      subAccount: 'x',
    });
  });

  it('takes start-time and end-time in any of the core time formats', () => {
    const inputs = parseActionInputs(
      raw({ mode: 'stats', 'start-time': '1773113285', 'end-time': '1773213285' }),
      {
        now: NOW,
      },
    );
    expect(inputs).toMatchObject({ startTime: 1773113285, endTime: 1773213285 });
  });

  it('does not require the send inputs', () => {
    expect(() => parseActionInputs(raw({ mode: 'stats' }), { now: NOW })).not.toThrow();
  });

  it('rejects a bad window, a reversed range, an over-long range and window plus start-time', () => {
    expect(issuesOf({ mode: 'stats', window: 'yesterday' })).toEqual([
      { field: 'window', message: expect.stringContaining('is not a window') },
    ]);
    expect(issuesOf({ mode: 'stats', 'start-time': '1d', 'end-time': '2d' })).toEqual([
      { field: 'start-time', message: 'must be before end-time' },
    ]);
    expect(issuesOf({ mode: 'stats', window: '91d' })).toEqual([
      { field: 'window', message: 'the stats API allows at most 90 days' },
    ]);
    expect(issuesOf({ mode: 'stats', window: '7d', 'start-time': '1d' })[0]?.field).toBe('window');
    expect(issuesOf({ mode: 'stats', 'end-time': 'tomorrow' })[0]?.field).toBe('end-time');
  });
});
