import { rateOutput, receiptRate } from '../../src/action/receipt-rate.ts';
import { describe, expect, it } from 'vitest';
import { boundedJson, sendStatus } from '../../src/action/send-mode.ts';
import { outcomeReports, sendSummary } from '../../src/action/send-report.ts';
import { SmsApiError } from '../../src/core/index.ts';
import type { SendSmsOutcome } from '../../src/core/index.ts';
import type { RecipientReport } from '../../src/action/send-report.ts';
import { dailyChart, shanghaiTime, statsJson } from '../../src/action/stats-report.ts';
import { capSummary, cell, code, percent } from '../../src/action/summary-markdown.ts';

describe('summary markdown', () => {
  it('keeps table cells and inline code intact whatever the text holds', () => {
    expect(cell('a|b\nc')).toBe('a\\|b c');
    expect(cell(undefined)).toBe('—');
    expect(code('ST_0001')).toBe('`ST_0001`');
    expect(code('a`b')).toBe('`` a`b ``');
  });

  it('cuts a summary above the limit at a line end, with a note', () => {
    const long = Array.from({ length: 100 }, (_, i) => `| ${i} | 火山引擎 |`).join('\n');
    const capped = capSummary(long, 1000);
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(1000);
    expect(capped).toMatch(/\| 火山引擎 \|\n\n_Summary truncated/);
    expect(capSummary('short', 1000)).toBe('short');
  });

  it('shows rates as percentages', () => {
    expect(percent(0.6667)).toBe('66.7 %');
    expect(percent(1)).toBe('100.0 %');
    expect(percent(87.5)).toBe('87.5 %');
    // Nothing to count: no rate, not a made-up 0.0 %.
    expect(percent(0, 0)).toBe('–');
    expect(percent(0, 3)).toBe('0.0 %');
  });
});

describe('send summary', () => {
  const context = { subAccount: '7384ed01', signature: '火山引擎', templateId: 'ST_0001', dryRun: false };

  it('lists at most 1000 recipients and says where the rest are', () => {
    const reports: RecipientReport[] = Array.from({ length: 1005 }, () => ({
      mobile: '138****0000',
      status: 'sent',
    }));
    const summary = sendSummary({
      context,
      reports,
      counts: { sent: 1005, failed: 0, unknown: 0 },
      duplicates: 0,
    });
    expect(summary.match(/^\| \d+ \| 138/gm)).toHaveLength(1000);
    expect(summary).toContain('…and 5 more recipients; the `results` output lists all.');
  });

  it('groups identical errors so one rejected request is one line', () => {
    const error = 'SmsAccount not exist (RE:0003)';
    const reports: RecipientReport[] = [
      { mobile: '138****0000', status: 'failed', error },
      { mobile: '139****0001', status: 'failed', error },
    ];
    const summary = sendSummary({
      context,
      reports,
      counts: { sent: 0, failed: 2, unknown: 0 },
      duplicates: 0,
    });
    expect(summary).toContain(`- 2 × ${error}`);
    expect(summary).toContain('**2 rejected, 0 with unknown outcome.**');
  });
});

describe('stats report', () => {
  it('formats Shanghai time without Intl (UTC+8, no DST)', () => {
    expect(shanghaiTime(Date.parse('2026-11-24T16:30:00Z') / 1000)).toBe('2026-11-25 00:30');
  });

  it('charts the last 62 days at most and copes with no data', () => {
    const points = Array.from({ length: 90 }, (_, i) => ({
      Date: `2026-${String(8 + Math.floor(i / 30)).padStart(2, '0')}-${String((i % 30) + 1).padStart(2, '0')}`,
      AllSendCount: i,
      SendSuccessCount: i,
      ReceiptSuccessCount: i - 1,
      ReceiptFailureCount: 1,
      NoReceipt72HourCount: 0,
      SendSuccessRate: 1,
      ReceiptSuccessRate: 0.9,
    }));
    const chart = dailyChart(points);
    expect((/x-axis \[(.*)\]/.exec(chart)?.[1] ?? '').split(', ')).toHaveLength(62);
    expect(chart).toContain('y-axis "Messages" 0 --> 89');
    expect(chart).toContain('"10-30"');
    expect(dailyChart([])).toBe('_The API returned no per-day data for this window._');
  });

  it('writes the stats output with camelCase totals and the window', () => {
    const json = JSON.parse(
      statsJson(
        { startTime: 1, endTime: 2 },
        {
          TotalSendCount: 4,
          TotalAllSendCount: 3,
          TotalSendSuccessCount: 3,
          TotalReceiptSuccessCount: 2,
          TotalReceiptFailureCount: 1,
          TotalNoReceipt72HourCount: 0,
          TotalSendSuccessRate: 1,
          TotalReceiptSuccessRate: 0.6667,
          DataPoints: [],
        },
      ),
    );
    expect(json).toEqual({
      startTime: 1,
      endTime: 2,
      totalSendCount: 4,
      totalAllSendCount: 3,
      totalSendSuccessCount: 3,
      totalReceiptSuccessCount: 2,
      totalReceiptFailureCount: 1,
      totalNoReceipt72HourCount: 0,
      totalSendSuccessRate: 1,
      totalReceiptSuccessRate: 0.6667,
      dataPoints: [],
    });
  });
});

describe('list outputs under the job output limit', () => {
  it('keeps everything that fits and a prefix of what does not', () => {
    expect(boundedJson(['a', 'b'], 100)).toEqual({ json: '["a","b"]', kept: 2 });
    const ids = Array.from({ length: 1000 }, (_, i) => `message-${i}`);
    const bounded = boundedJson(ids, 2000);
    expect(Buffer.byteLength(bounded.json)).toBeLessThanOrEqual(2000);
    expect(bounded.kept).toBeGreaterThan(100);
    expect(JSON.parse(bounded.json)).toEqual(ids.slice(0, bounded.kept));
  });
});

describe('recipient reports', () => {
  it('mask a number the API quotes in an error or a receipt message', () => {
    const error = new SmsApiError('Mobile 13800000001 is blacklisted', {
      status: 200,
      apiCode: 'RE:0006',
      apiMessage: 'Mobile 13800000001 is blacklisted',
    });
    const outcome = {
      recipients: [
        { input: '13800000001', mobile: '13800000001', masked: '138****0001', status: 'failed', error },
        {
          input: '13800000002',
          mobile: '13800000002',
          masked: '138****0002',
          status: 'sent',
          messageId: 'm2',
        },
      ],
    } as unknown as SendSmsOutcome;
    const reports = outcomeReports(
      outcome,
      new Map([['m2', { status: 'failed' as const, error: 'CR:0201 13800000002 on blacklist' }]]),
    );
    expect(JSON.stringify(reports)).not.toMatch(/1380000000[12]/);
    expect(reports[0]?.error).toContain('Mobile 138****0001 is blacklisted');
    expect(reports[1]?.deliveryError).toBe('CR:0201 138****0002 on blacklist');
  });
});

describe('the status output', () => {
  it.each([
    [{ sent: 3, failed: 0, unknown: 0 }, undefined, 'ok'],
    [{ sent: 3, failed: 0, unknown: 0 }, { delivered: 3 }, 'ok'],
    [{ sent: 3, failed: 0, unknown: 0 }, { delivered: 2 }, 'partial'],
    [{ sent: 3, failed: 0, unknown: 0 }, { delivered: 0 }, 'partial'],
    [{ sent: 2, failed: 1, unknown: 0 }, undefined, 'partial'],
    [{ sent: 0, failed: 2, unknown: 1 }, undefined, 'partial'],
    [{ sent: 0, failed: 0, unknown: 1 }, undefined, 'partial'],
    [{ sent: 0, failed: 3, unknown: 0 }, undefined, 'failed'],
  ] as const)('%j with deliveries %j is %s', (counts, delivery, expected) => {
    expect(sendStatus(counts, delivery)).toBe(expected);
  });
});

describe('receiptRate', () => {
  it('is recomputed from the counts, never taken from the API rate field', () => {
    const stats = {
      TotalReceiptSuccessCount: 912,
      TotalSendSuccessCount: 1000,
      TotalReceiptSuccessRate: 0.99,
    };
    expect(receiptRate(stats)).toEqual({ delivered: 912, accepted: 1000, rate: 0.912 });
    expect(rateOutput(receiptRate({ TotalReceiptSuccessCount: 2, TotalSendSuccessCount: 3 }))).toBe('0.6667');
  });

  it('has no value when nothing was accepted or the counts contradict each other', () => {
    expect(receiptRate({ TotalReceiptSuccessCount: 0, TotalSendSuccessCount: 0 })).toBeUndefined();
    expect(receiptRate({ TotalReceiptSuccessCount: 5, TotalSendSuccessCount: 4 })).toBeUndefined();
    expect(receiptRate({ TotalReceiptSuccessCount: 1.5, TotalSendSuccessCount: 4 })).toBeUndefined();
    expect(rateOutput(undefined)).toBe('');
  });
});
