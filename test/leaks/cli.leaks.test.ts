// The leak-scan matrix, CLI part: every cell runs in table mode (a terminal on stdout, in process) and in
// JSON mode (stdout a pipe); stdout and stderr are scanned. One cell per kind also runs as a real process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { runCli } from '../cli/helpers/cli-process.ts';
import { runMain } from '../cli/helpers/in-process.ts';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { GOOD_NUMBERS, NUMBERS, SANDBOX_KEYS, SECRETS, expectNoLeaks } from './leak-scan.ts';

let sandbox: Sandbox;
let proxy: ForwardProxy;
let home: string;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, receiptDelayMs: 50, rateLimitQps: 0, ...SANDBOX_KEYS });
  // A proxy with a password that knows the sandbox as sms.internal (not loopback, so the proxy is used).
  proxy = await startForwardProxy({
    credentials: `runner:${SECRETS.proxyPassword}`,
    hosts: { 'sms.internal': '127.0.0.1' },
  });
  home = mkdtempSync(join(tmpdir(), 'volc-sms-leaks-'));
  writeFileSync(
    join(home, 'batch.csv'),
    `mobile,code\n"${NUMBERS.spaced.spelling}",111111\n"${NUMBERS.dashed.spelling}",222222\n${NUMBERS.failsDelivery.spelling},333333\n`,
  );
  writeFileSync(
    join(home, 'bad-batch.csv'),
    `mobile,code\n${NUMBERS.short.spelling},1\n${NUMBERS.bare.spelling},2\n`,
  );
});
afterAll(async () => {
  await proxy.close();
  await sandbox.close();
  rmSync(home, { recursive: true, force: true });
});
beforeEach(() => sandbox.admin.clearFaults());

const aksk = () => ({
  VOLCENGINE_ACCESS_KEY: SECRETS.accessKeyId,
  VOLCENGINE_SECRET_KEY: SECRETS.secretAccessKey,
  VOLCENGINE_SESSION_TOKEN: SECRETS.sessionToken,
  VOLC_SMS_ENDPOINT: sandbox.url,
  // Configured, and bypassed for the loopback sandbox: still never printed.
  HTTPS_PROXY: `http://runner:${SECRETS.proxyPassword}@127.0.0.1:9`,
});
const gateway = () => ({ ARK_SKILL_API_KEY: SECRETS.apiKey, ARK_SKILL_API_BASE: sandbox.url });
const throughProxy = () => ({
  ...aksk(),
  VOLC_SMS_ENDPOINT: `http://sms.internal:${new URL(sandbox.url).port}`,
  HTTP_PROXY: proxy.url.replace('//', `//runner:${SECRETS.proxyPassword}@`),
});

const TARGET = ['--sub-account', '7384ed01', '--signature', '火山引擎', '--template-id', 'ST_0001'];
const SEND = ['send_sms', ...TARGET];
const BATCH = ['send_batch_sms', ...TARGET];
const CODE = ['--template-param', '{"code":"482916"}'];
const LOG = ['list_sms_send_log', '--sub-account', '7384ed01', '--since', '1h'];
const mobiles = (...numbers: string[]) => ['--mobiles', numbers.join(',')];

interface Cell {
  kind: 'success' | 'api-error' | 'auth-error' | 'outcome-unknown' | 'bad-input';
  args: string[];
  env: () => Record<string, string>;
  exit: number;
  fault?: string;
  /** Also run as a real process (JSON mode). */
  process?: boolean;
}

const CELLS: Record<string, Cell> = {
  'send to every spelling': {
    kind: 'success',
    args: [...SEND, ...mobiles(...GOOD_NUMBERS), ...CODE, '--verbose'],
    env: aksk,
    exit: 0,
    process: true,
  },
  'send in gateway mode': {
    kind: 'success',
    args: [...SEND, ...mobiles(NUMBERS.bare.spelling), ...CODE],
    env: gateway,
    exit: 0,
  },
  'send through a proxy with a password': {
    kind: 'success',
    args: [...SEND, ...mobiles(NUMBERS.spaced.spelling), ...CODE, '--verbose'],
    env: throughProxy,
    exit: 0,
  },
  'send a dry run': {
    kind: 'success',
    args: [...SEND, ...mobiles(...GOOD_NUMBERS), ...CODE, '--dry-run'],
    env: aksk,
    exit: 0,
  },
  'send a batch file': { kind: 'success', args: [...BATCH, '--file', 'batch.csv'], env: aksk, exit: 0 },
  'send log by number': {
    kind: 'success',
    args: [...LOG, '--mobile', NUMBERS.dashed.spelling],
    env: aksk,
    exit: 0,
  },
  'send log of the hour': {
    kind: 'success',
    args: [...LOG, '--verbose'],
    env: aksk,
    exit: 0,
  },
  stats: { kind: 'success', args: ['list_total_send_count_stat', '--since', '1d'], env: aksk, exit: 0 },
  doctor: { kind: 'success', args: ['doctor'], env: aksk, exit: 0 },
  'unknown template': {
    kind: 'api-error',
    args: [
      ...SEND,
      ...mobiles(NUMBERS.spaced.spelling, NUMBERS.singapore.spelling),
      '--template-id',
      'ST_9999',
      ...CODE,
    ],
    env: aksk,
    exit: 1,
    process: true,
  },
  'unknown message group': {
    kind: 'api-error',
    args: [
      'list_sms_send_log',
      '--sub-account',
      'ffff0000',
      '--since',
      '1h',
      '--mobile',
      NUMBERS.bare.spelling,
    ],
    env: aksk,
    exit: 1,
  },
  'wrong access key': {
    kind: 'auth-error',
    args: [...SEND, ...mobiles(NUMBERS.bracketed.spelling), ...CODE],
    env: () => ({ ...aksk(), VOLCENGINE_ACCESS_KEY: `${SECRETS.accessKeyId}X` }),
    exit: 3,
    process: true,
  },
  'wrong secret key': {
    kind: 'auth-error',
    args: [...LOG, '--mobile', NUMBERS.prefixed.spelling, '--debug'],
    env: () => ({ ...aksk(), VOLCENGINE_SECRET_KEY: `${SECRETS.secretAccessKey}X` }),
    exit: 3,
  },
  'wrong gateway key': {
    kind: 'auth-error',
    args: [...SEND, ...mobiles(NUMBERS.bare.spelling), ...CODE],
    env: () => ({ ...gateway(), ARK_SKILL_API_KEY: `${SECRETS.apiKey}X` }),
    exit: 3,
  },
  'answer lost after the send': {
    kind: 'outcome-unknown',
    fault: 'SendSmsForAgent=drop-after',
    args: [...SEND, ...mobiles(NUMBERS.spaced.spelling, NUMBERS.britain.spelling), ...CODE, '--verbose'],
    env: aksk,
    exit: 5,
    process: true,
  },
  'answer cut short': {
    kind: 'outcome-unknown',
    fault: 'SendSmsForAgent=truncate',
    args: [...BATCH, '--file', 'batch.csv'],
    env: aksk,
    exit: 5,
  },
  'answer not JSON': {
    kind: 'outcome-unknown',
    fault: 'SendSmsForAgent=non-json:502',
    args: [...SEND, ...mobiles(NUMBERS.dashed.spelling), ...CODE],
    env: aksk,
    exit: 5,
  },
  'invalid, too long and repeated numbers': {
    kind: 'bad-input',
    args: [
      ...SEND,
      ...mobiles(NUMBERS.short.spelling, NUMBERS.long.spelling, NUMBERS.bare.spelling, NUMBERS.bare.spelling),
      ...CODE,
    ],
    env: aksk,
    exit: 2,
    process: true,
  },
  'a number as a template value': {
    kind: 'bad-input',
    args: [
      ...SEND,
      ...mobiles(NUMBERS.bare.spelling),
      '--template-param',
      `{"code":${NUMBERS.asTemplateValue.spelling}}`,
    ],
    env: aksk,
    exit: 2,
  },
  'an invalid number in a batch file': {
    kind: 'bad-input',
    args: [...BATCH, '--file', 'bad-batch.csv'],
    env: aksk,
    exit: 2,
  },
  'an invalid send log filter': {
    kind: 'bad-input',
    args: [...LOG, '--mobile', NUMBERS.long.spelling],
    env: aksk,
    exit: 2,
  },
};

describe('leak scan: the CLI', () => {
  it('covers success, API errors, auth errors, outcome-unknown faults and bad input', () => {
    const kinds = new Set(Object.values(CELLS).map((cell) => cell.kind));
    expect([...kinds].sort()).toEqual(['api-error', 'auth-error', 'bad-input', 'outcome-unknown', 'success']);
  });

  it.each(Object.entries(CELLS))(
    '%s: no secret and no full number in stdout or stderr',
    async (_name, cell) => {
      const outputs: Record<string, string> = {};
      const modes = [
        { label: 'table', tty: true },
        { label: 'json', tty: false },
      ];
      for (const { label, tty } of modes) {
        if (cell.fault) sandbox.admin.addFault(cell.fault);
        const run = await runMain(cell.args, { HOME: home, ...cell.env() }, { tty, cwd: home });
        sandbox.admin.clearFaults();
        expect({ mode: label, code: run.code, stderr: run.stderr }).toMatchObject({ code: cell.exit });
        outputs[`${label} stdout`] = run.stdout;
        outputs[`${label} stderr`] = run.stderr;
      }
      if (cell.process) {
        if (cell.fault) sandbox.admin.addFault(cell.fault);
        const run = await runCli(cell.args, { env: cell.env(), home, cwd: home, timeoutMs: 30_000 });
        expect(run.code).toBe(cell.exit);
        outputs['process stdout'] = run.stdout;
        outputs['process stderr'] = run.stderr;
      }
      expectNoLeaks(outputs);
    },
    60_000,
  );
});
