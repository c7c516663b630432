import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { SANDBOX_CREDENTIALS, runAction, sendInputs, startActionSandbox } from './helpers/action-sandbox.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startActionSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.admin.reset());

function statsInputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'stats',
    'access-key-id': SANDBOX_CREDENTIALS.accessKeyId,
    'secret-access-key': SANDBOX_CREDENTIALS.secretAccessKey,
    endpoint: sandbox.url,
    ...overrides,
  };
}

describe('run(): stats', () => {
  it('reports every total and rate of the window as outputs, JSON and a summary with a per-day chart', async () => {
    const sent = await runAction(
      sendInputs(sandbox, {
        'phone-numbers': '13800000000,13800000001,13800000007',
        'wait-for-delivery': 'true',
      }),
    );
    expect(sent.outputs.get('delivery-failed-count')).toBe('1');

    const io = await runAction(statsInputs({ window: '7d' }));
    expect(io.failures).toEqual([]);
    expect(Object.fromEntries([...io.outputs].filter(([name]) => name !== 'stats'))).toEqual({
      'run-url': '',
      sha: '',
      status: 'ok',
      'total-send-count': '3',
      'total-all-send-count': '3',
      'total-send-success-count': '3',
      'total-receipt-success-count': '2',
      'total-receipt-failure-count': '1',
      'total-no-receipt-72-hour-count': '0',
      'total-send-success-rate': '1',
      'total-receipt-success-rate': '0.6667',
      // Recomputed from the counts (2 delivered of 3 accepted), not the API's rate field.
      'receipt-rate': '0.6667',
    });
    const stats = JSON.parse(io.outputs.get('stats') ?? '{}') as Record<string, unknown> & {
      dataPoints: { date: string; allSendCount: number }[];
    };
    expect(stats).toMatchObject({
      totalAllSendCount: 3,
      totalReceiptFailureCount: 1,
      totalReceiptSuccessRate: 0.6667,
    });
    expect((stats['endTime'] as number) - (stats['startTime'] as number)).toBe(7 * 86400);
    expect(stats.dataPoints.length).toBeGreaterThanOrEqual(7);
    expect(stats.dataPoints.reduce((sum, p) => sum + p.allSendCount, 0)).toBe(3);

    const summary = io.summary.join('\n');
    expect(summary).toMatch(/### 📊 SMS statistics, \d{4}-\d{2}-\d{2} \d{2}:\d{2} → .* \(Asia\/Shanghai\)/);
    expect(summary).toContain('| Receipt success rate | 66.7 % |');
    expect(summary).toContain('```mermaid\nxychart-beta');
    expect(summary).toMatch(/ {2}bar \[(\d+, ){6,}\d+\]/);
    expect(summary).toContain('All message groups, signatures and templates.');
  });

  it('a window with nothing sent shows no rates ("–", not "0.0 %")', async () => {
    const io = await runAction(statsInputs({ window: '1h', 'sub-account': '77da1acf' }));
    expect(io.failures).toEqual([]);
    const summary = io.summary.join('\n');
    expect(summary).toContain('| Send success rate | – |');
    expect(summary).toContain('| Receipt success rate | – |');
    expect(summary).not.toContain('0.0 %');
  });

  it('passes the filters to the API and names them in the summary', async () => {
    await runAction(sendInputs(sandbox, { 'phone-numbers': '13800000000' }));
    const io = await runAction(
      statsInputs({
        'sub-account': '77da1acf',
        'channel-type': 'CN_MKT',
        'start-time': '1d',
        'end-time': 'now',
      }),
    );
    expect(io.failures).toEqual([]);
    expect(io.outputs.get('total-all-send-count')).toBe('0');
    expect(io.summary.join('')).toContain('Filtered by message group `77da1acf` · channel `CN_MKT`.');
  });

  it('reads the same totals through the classic API (GetTotalSendCountStatV5)', async () => {
    await runAction(sendInputs(sandbox, { 'phone-numbers': '13800000000,13900000001' }));
    const io = await runAction(statsInputs({ api: 'classic' }));
    expect(io.failures).toEqual([]);
    expect(io.outputs.get('total-all-send-count')).toBe('2');
  });

  it('fails with the API words and hint when the stats call fails, and only warns with fail-on-error: false', async () => {
    sandbox.admin.addFault({ action: '*', kind: 'status', status: 503 });
    const failing = await runAction(statsInputs());
    expect(failing.failures).toHaveLength(1);
    expect(failing.failures[0]).toContain('Hint:');
    expect(Object.fromEntries(failing.outputs)).toEqual({ status: 'failed', 'run-url': '', sha: '' });

    const warned = await runAction(statsInputs({ 'fail-on-error': 'false' }));
    expect(warned.failures).toEqual([]);
    // The same words, apart from the request id of the new call.
    const withoutRequestId = (line: string | undefined) => line?.replace(/\(request id \w+\)/, '');
    expect(warned.warnings.map(withoutRequestId)).toEqual([withoutRequestId(failing.failures[0])]);
  });
});
