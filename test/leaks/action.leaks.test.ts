// The leak-scan matrix, Action part: the committed bundle run as the runner runs it; its log (stdout without
// the ::add-mask:: commands the runner consumes), stderr, every output written to GITHUB_OUTPUT and the
// GITHUB_STEP_SUMMARY are scanned.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { runStep } from '../action/helpers/run-step.ts';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { GOOD_NUMBERS, NUMBERS, SANDBOX_KEYS, SECRETS, expectNoLeaks } from './leak-scan.ts';

let sandbox: Sandbox;
let proxy: ForwardProxy;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, receiptDelayMs: 50, rateLimitQps: 0, ...SANDBOX_KEYS });
  proxy = await startForwardProxy({
    credentials: `runner:${SECRETS.proxyPassword}`,
    hosts: { 'sms.internal': '127.0.0.1' },
  });
});
afterAll(async () => {
  await proxy.close();
  await sandbox.close();
});
beforeEach(() => sandbox.admin.clearFaults());

const aksk = () => ({
  'access-key-id': SECRETS.accessKeyId,
  'secret-access-key': SECRETS.secretAccessKey,
  'session-token': SECRETS.sessionToken,
  endpoint: sandbox.url,
});
const send = (numbers: readonly string[], overrides: Record<string, string> = {}) => ({
  mode: 'send',
  ...aksk(),
  'sub-account': '7384ed01',
  signature: '火山引擎',
  'template-id': 'ST_0001',
  'template-param': '{"code":"482916"}',
  'phone-numbers': numbers.join('\n'),
  ...overrides,
});

/** A workspace holding a batch file of the given rows (`phone,service,message` for ST_0002). */
function batchWorkspace(rows: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'volc-sms-leak-ws-'));
  writeFileSync(join(dir, 'r.csv'), ['phone,service,message', ...rows].join('\n'));
  return dir;
}
const batch = (overrides: Record<string, string> = {}) => ({
  mode: 'batch',
  ...aksk(),
  'sub-account': '7384ed01',
  signature: 'VolcOps',
  'template-id': 'ST_0002',
  'batch-file': 'r.csv',
  ...overrides,
});

interface Cell {
  kind: 'success' | 'api-error' | 'auth-error' | 'outcome-unknown' | 'bad-input';
  inputs: () => Record<string, string>;
  env?: () => Record<string, string>;
  exit: number;
  status: string;
  fault?: string;
}

const CELLS: Record<string, Cell> = {
  'send to every spelling': { kind: 'success', inputs: () => send(GOOD_NUMBERS), exit: 0, status: 'ok' },
  'wait for receipts, one delivery fails': {
    kind: 'success',
    inputs: () =>
      send([NUMBERS.spaced.spelling, NUMBERS.failsDelivery.spelling, NUMBERS.singapore.spelling], {
        'wait-for-delivery': 'true',
        'delivery-timeout': '30s',
      }),
    exit: 1,
    status: 'partial',
  },
  'a dry run': {
    kind: 'success',
    inputs: () => send(GOOD_NUMBERS, { 'dry-run': 'true' }),
    exit: 0,
    status: 'dry-run',
  },
  'stats of the day': {
    kind: 'success',
    inputs: () => ({ mode: 'stats', ...aksk(), window: '24h' }),
    exit: 0,
    status: 'ok',
  },
  'send through a proxy with a password': {
    kind: 'success',
    inputs: () =>
      send([NUMBERS.dashed.spelling], {
        endpoint: `http://sms.internal:${new URL(sandbox.url).port}`,
        proxy: proxy.url.replace('//', `//runner:${SECRETS.proxyPassword}@`),
      }),
    exit: 0,
    status: 'ok',
  },
  'gateway credentials from the environment': {
    kind: 'success',
    inputs: () => ({
      ...send([NUMBERS.bare.spelling]),
      'access-key-id': '',
      'secret-access-key': '',
      'session-token': '',
      endpoint: '',
    }),
    env: () => ({ ARK_SKILL_API_KEY: SECRETS.apiKey, ARK_SKILL_API_BASE: sandbox.url }),
    exit: 0,
    status: 'ok',
  },
  'batch task launched and followed, one receipt fails': {
    kind: 'success',
    inputs: () => batch({ launch: 'true', wait: 'true', 'wait-timeout': '30s' }),
    env: () => ({
      GITHUB_WORKSPACE: batchWorkspace([
        `${NUMBERS.bare.digits},api,"down for ${NUMBERS.asTemplateValue.digits}"`,
        `+86${NUMBERS.failsDelivery.digits},db,slow`,
      ]),
    }),
    exit: 1,
    status: 'partial',
  },
  'batch file with a repeated number': {
    kind: 'bad-input',
    inputs: () => batch(),
    env: () => ({
      GITHUB_WORKSPACE: batchWorkspace([`${NUMBERS.bare.digits},api,x`, `+86${NUMBERS.bare.digits},db,y`]),
    }),
    exit: 1,
    status: 'failed',
  },
  'unknown template': {
    kind: 'api-error',
    inputs: () => send([NUMBERS.spaced.spelling, NUMBERS.britain.spelling], { 'template-id': 'ST_9999' }),
    exit: 1,
    status: 'failed',
  },
  'wrong secret key': {
    kind: 'auth-error',
    inputs: () => send([NUMBERS.bracketed.spelling], { 'secret-access-key': `${SECRETS.secretAccessKey}X` }),
    exit: 1,
    status: 'failed',
  },
  'wrong access key': {
    kind: 'auth-error',
    inputs: () => ({ mode: 'stats', ...aksk(), 'access-key-id': `${SECRETS.accessKeyId}X`, window: '24h' }),
    exit: 1,
    status: 'failed',
  },
  'answer lost after the send': {
    kind: 'outcome-unknown',
    fault: 'SendSmsForAgent=drop-after',
    inputs: () => send([NUMBERS.prefixed.spelling, NUMBERS.singapore.spelling]),
    exit: 1,
    status: 'partial',
  },
  'invalid and too long numbers': {
    kind: 'bad-input',
    inputs: () => send([NUMBERS.short.spelling, NUMBERS.long.spelling, NUMBERS.bare.spelling]),
    exit: 1,
    status: 'failed',
  },
  'a number as a template value': {
    kind: 'bad-input',
    inputs: () =>
      send([NUMBERS.bare.spelling], { 'template-param': `{"code":${NUMBERS.asTemplateValue.spelling}}` }),
    exit: 1,
    status: 'failed',
  },
};

describe('leak scan: the GitHub Action (dist bundle)', () => {
  it('covers success, API errors, auth errors, outcome-unknown faults and bad input', () => {
    const kinds = new Set(Object.values(CELLS).map((cell) => cell.kind));
    expect([...kinds].sort()).toEqual(['api-error', 'auth-error', 'bad-input', 'outcome-unknown', 'success']);
  });

  it.each(Object.entries(CELLS))(
    '%s: no secret and no full number in the log, outputs or summary',
    async (_name, cell) => {
      if (cell.fault) sandbox.admin.addFault(cell.fault);
      const step = await runStep(cell.inputs(), cell.env?.() ?? {});
      expect({ code: step.code, status: step.outputs['status'] }).toEqual({
        code: cell.exit,
        status: cell.status,
      });
      // The runner masks what the step registers; what it is given to mask is not output.
      expect(step.stdout).toContain('::add-mask::');
      expectNoLeaks({
        log: step.printed,
        stderr: step.stderr,
        outputs: JSON.stringify(step.outputs),
        summary: step.summary,
      });
    },
    60_000,
  );
});
