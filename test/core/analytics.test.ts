// The pure parts of analytics (agent-v2 reference §6): the window read in Asia/Shanghai, bucket
// boundaries at local hours and days, the query budget, rates recomputed from counts, and the send-log
// evidence (paging, de-duplication, limitations, receipt states, breakdowns).
import { describe, expect, it } from 'vitest';
import {
  LogCollector,
  analyticsBuckets,
  analyticsWindow,
  bucketMetrics,
  checkQueryBudget,
  groupRecords,
  parseAnalyticsTime,
  rateOf,
  shanghaiIso,
  statsTimes,
} from '../../src/core/index.ts';
import type { SendLogEntry } from '../../src/core/index.ts';

const JULY_1 = 1_782_835_200; // 2026-07-01T00:00:00+08:00
const HOUR = 3600;
const DAY = 86_400;

const iso = (buckets: Array<{ start: number; end: number }>) =>
  buckets.map((b) => [shanghaiIso(b.start), shanghaiIso(b.end)]);

describe('the window', () => {
  it('reads offset-free times in Asia/Shanghai and keeps an explicit offset', () => {
    expect(parseAnalyticsTime('2026-07-01T00:00:00', '--start')).toBe(JULY_1);
    expect(parseAnalyticsTime('2026-07-01 00:00', '--start')).toBe(JULY_1);
    expect(parseAnalyticsTime('2026-07-01', '--start')).toBe(JULY_1);
    expect(parseAnalyticsTime('2026-06-30T16:00:00Z', '--start')).toBe(JULY_1);
    expect(parseAnalyticsTime('2026-07-01T01:00:00+09:00', '--start')).toBe(JULY_1);
    expect(parseAnalyticsTime('2026-07-01T00:00:00.000', '--start')).toBe(JULY_1);
  });

  it.each([
    ['2026-07-01T00:00:00.5', 'must have whole seconds'],
    ['24h', 'must be an ISO 8601 time'],
    ['now', 'must be an ISO 8601 time'],
    ['1782835200', 'must be an ISO 8601 time'],
    ['2026-02-30T00:00:00', 'is not a date'],
  ])('refuses %s', (text, message) => {
    expect(() => parseAnalyticsTime(text, '--start')).toThrow(message);
  });

  it('is [start, end): end after start, at most 90 days (exactly 90 passes)', () => {
    expect(analyticsWindow('2026-07-01', '2026-09-29')).toEqual({ start: JULY_1, end: JULY_1 + 90 * DAY });
    expect(() => analyticsWindow('2026-07-01', '2026-09-29T00:00:01')).toThrow('at most 90 days');
    expect(() => analyticsWindow('2026-07-01', '2026-07-01')).toThrow('--end must be after --start');
    expect(() => analyticsWindow('2026-07-02', '2026-07-01')).toThrow('--end must be after --start');
  });
});

describe('buckets', () => {
  it('hours cut at local hour boundaries, clipped at both ends', () => {
    const window = analyticsWindow('2026-07-01T00:30:00', '2026-07-01T02:15:00');
    expect(iso(analyticsBuckets(window, 'hour'))).toEqual([
      ['2026-07-01T00:30:00+08:00', '2026-07-01T01:00:00+08:00'],
      ['2026-07-01T01:00:00+08:00', '2026-07-01T02:00:00+08:00'],
      ['2026-07-01T02:00:00+08:00', '2026-07-01T02:15:00+08:00'],
    ]);
  });

  it('days cut at local midnight (16:00 UTC), not at UTC midnight', () => {
    const window = analyticsWindow('2026-07-01T12:00:00', '2026-07-03T06:00:00');
    expect(iso(analyticsBuckets(window, 'day'))).toEqual([
      ['2026-07-01T12:00:00+08:00', '2026-07-02T00:00:00+08:00'],
      ['2026-07-02T00:00:00+08:00', '2026-07-03T00:00:00+08:00'],
      ['2026-07-03T00:00:00+08:00', '2026-07-03T06:00:00+08:00'],
    ]);
    // A window from 07:00 to 09:00 local crosses UTC midnight but no local one: one day bucket.
    expect(
      analyticsBuckets(analyticsWindow('2026-07-01T07:00:00', '2026-07-01T09:00:00'), 'day'),
    ).toHaveLength(1);
  });

  it('a window on the boundaries makes whole buckets; total is one bucket', () => {
    const window = analyticsWindow('2026-07-01', '2026-07-04');
    expect(analyticsBuckets(window, 'day')).toEqual([
      { start: JULY_1, end: JULY_1 + DAY },
      { start: JULY_1 + DAY, end: JULY_1 + 2 * DAY },
      { start: JULY_1 + 2 * DAY, end: JULY_1 + 3 * DAY },
    ]);
    expect(analyticsBuckets(window, 'total')).toEqual([window]);
  });

  it('at most 100 buckets: 100 hours pass, one second more does not; 90 days of hours do not', () => {
    const hundred = { start: JULY_1, end: JULY_1 + 100 * HOUR };
    expect(analyticsBuckets(hundred, 'hour')).toHaveLength(100);
    expect(() => analyticsBuckets({ ...hundred, end: hundred.end + 1 }, 'hour')).toThrow(
      'hour would need 101 aggregate queries, at most 100',
    );
    const ninety = analyticsWindow('2026-07-01', '2026-09-29');
    expect(analyticsBuckets(ninety, 'day')).toHaveLength(90);
    expect(() => analyticsBuckets(ninety, 'hour')).toThrow('at most 100');
    // Clipping counts: 99 whole hours plus a part at each end are 101 buckets.
    expect(() => analyticsBuckets({ start: JULY_1 - 1, end: JULY_1 + 99 * HOUR + 1 }, 'hour')).toThrow('101');
  });

  it("sends EndTime = the bucket's end − 1 s (the reference's own example hour)", () => {
    expect(statsTimes({ start: JULY_1, end: JULY_1 + HOUR })).toEqual({
      startTime: 1_782_835_200,
      endTime: 1_782_838_799,
    });
  });

  it('buckets plus send-log pages are at most 120 queries', () => {
    expect(() => checkQueryBudget(100, 20)).not.toThrow();
    expect(() => checkQueryBudget(100, 21)).toThrow('make 121 queries, at most 120');
  });
});

describe('rates from counts', () => {
  const counts = {
    TotalSendCount: 14,
    TotalAllSendCount: 12,
    TotalSendSuccessCount: 9,
    TotalReceiptSuccessCount: 6,
    TotalReceiptFailureCount: 2,
  };

  it('numerator, denominator and the fields they came from; percent rounded to 4 places', () => {
    const metrics = bucketMetrics(counts);
    expect(metrics.submission_success_rate).toEqual({
      status: 'available',
      numerator: 9,
      denominator: 12,
      percentage: 75,
      numerator_field: 'TotalSendSuccessCount',
      denominator_field: 'TotalAllSendCount',
    });
    expect(metrics.receipt_success_rate).toMatchObject({ numerator: 6, denominator: 9, percentage: 66.6667 });
    expect(metrics.receipts).toEqual({
      status: 'available',
      success: 6,
      failure: 2,
      outstanding: 1,
      denominator: 9,
      denominator_field: 'TotalSendSuccessCount',
    });
    expect(metrics.service_reported_send_count).toEqual({
      value: 14,
      source_field: 'TotalSendCount',
      semantic: 'not_used_as_recipient_or_rate_denominator',
    });
    expect(rateOf(1, 3, 'a', 'b').percentage).toBe(33.3333);
  });

  it("never reads the service's rate fields", () => {
    const metrics = bucketMetrics({ ...counts, TotalSendSuccessRate: 0.1, TotalReceiptSuccessRate: 0.2 });
    expect(metrics.submission_success_rate.percentage).toBe(75);
  });

  it.each([
    ['a missing count', { TotalAllSendCount: undefined }],
    ['a count as a string', { TotalAllSendCount: '12' }],
    ['a count as a boolean', { TotalAllSendCount: true }],
    ['a fractional count', { TotalAllSendCount: 12.5 }],
    ['a negative count', { TotalAllSendCount: -1 }],
    ['a zero denominator (a quiet hour)', { TotalAllSendCount: 0, TotalSendSuccessCount: 0 }],
    ['a numerator above its denominator', { TotalAllSendCount: 8 }],
  ])('insufficient_data for %s', (_case, change) => {
    const rate = bucketMetrics({ ...counts, ...change }).submission_success_rate;
    expect(rate.status).toBe('insufficient_data');
    expect(rate.percentage).toBeNull();
  });

  it('receipts that add up to more than the accepted messages are insufficient_data', () => {
    const receipts = bucketMetrics({ ...counts, TotalReceiptFailureCount: 4 }).receipts;
    expect(receipts).toMatchObject({
      status: 'insufficient_data',
      outstanding: null,
      success: 6,
      failure: 4,
    });
    expect(bucketMetrics({ ...counts, TotalReceiptFailureCount: 3 }).receipts).toMatchObject({
      status: 'available',
      outstanding: 0,
    });
  });
});

const entry = (id: string, change: Partial<SendLogEntry> = {}): SendLogEntry => ({
  MessageId: id,
  SubAccount: '7384ed01',
  Signature: 'VolcOps',
  TemplateId: 'ST_0002',
  ErrorCode: '',
  SendTime: 1_782_835_200_000,
  ReceiptTime: 1_782_835_201_000,
  Count: 1,
  ...change,
});

describe('send-log evidence', () => {
  it('de-duplicates by message id across pages and is complete at the total', () => {
    const logs = new LogCollector();
    expect(logs.add([entry('a'), entry('b')], 3, 2)).toBe(true);
    expect(logs.add([entry('b'), entry('c')], 3, 2)).toBe(false);
    expect(logs.evidence()).toMatchObject({
      complete: true,
      truncated: false,
      evidence_status: 'complete',
      limitations: [],
      pages_fetched: 2,
      service_total: 3,
      raw_records_fetched: 4,
      unique_records: 3,
      duplicate_count: 1,
    });
  });

  it('a short page ends paging: complete without a total, service_total_not_reached with one', () => {
    const unknown = new LogCollector();
    expect(unknown.add([entry('a')], undefined, 2)).toBe(false);
    expect(unknown.evidence()).toMatchObject({ complete: true, evidence_status: 'complete' });
    const short = new LogCollector();
    expect(short.add([entry('a')], 5, 2)).toBe(false);
    expect(short.evidence()).toMatchObject({
      complete: false,
      truncated: true,
      evidence_status: 'insufficient_data',
      limitations: ['service_total_not_reached', 'page_limit_reached'],
    });
  });

  it('pages still to come when the page limit is reached make it truncated', () => {
    const logs = new LogCollector();
    logs.add([entry('a'), entry('b')], 10, 2);
    expect(logs.evidence()).toMatchObject({ truncated: true, limitations: ['page_limit_reached'] });
  });

  it('a record without a message id is kept, once per appearance, and marked missing_message_id', () => {
    const logs = new LogCollector();
    logs.add([entry(''), entry('')], 2, 2);
    expect(logs.evidence()).toMatchObject({
      unique_records: 2,
      complete: true,
      evidence_status: 'insufficient_data',
      limitations: ['missing_message_id'],
    });
  });

  it('receipt states from the error code and receipt time; error codes summed by messages and segments', () => {
    const logs = new LogCollector();
    logs.add(
      [
        entry('ok', { ErrorCode: ' delivrd ' }),
        entry('zero', { ErrorCode: '0' }),
        entry('pending', { ReceiptTime: 0 }),
        entry('failed', { ErrorCode: 'NE:0105', Count: 2 }),
        entry('failed2', { ErrorCode: 'NE:0105', Count: 0 }),
      ],
      5,
      10,
    );
    const evidence = logs.evidence();
    expect(evidence.receipt_states).toEqual({ success: 2, failure: 2, outstanding: 1 });
    expect(evidence.error_codes).toEqual({
      'NE:0105': {
        messages: 2,
        segments: 3,
        explanation: 'unknown_public_code',
        recommendation: 'reconcile_with_the_customer_visible_send_log',
      },
    });
    expect(Object.keys(evidence.records[0] ?? {}).sort()).toEqual([
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

  it('records sorted by send time then id; breakdown by local date (ms or legacy seconds) and by field', () => {
    const logs = new LogCollector();
    logs.add(
      [
        entry('b', { SendTime: JULY_1 * 1000 - 1000 }), // 2026-06-30 23:59:59 local
        entry('a', { SendTime: JULY_1 * 1000 }),
        entry('c', { SendTime: JULY_1 + 60, TemplateId: 'ST_0004', ErrorCode: 'CR:0202' }), // seconds
      ],
      3,
      10,
    );
    const { records } = logs.evidence();
    expect(records.map((r) => r.messageId)).toEqual(['c', 'b', 'a']);
    expect(groupRecords(records, 'time')).toEqual([
      { value: '2026-06-30', messages: 1, segments: 1, success: 1, failure: 0, outstanding: 0 },
      { value: '2026-07-01', messages: 2, segments: 2, success: 1, failure: 1, outstanding: 0 },
    ]);
    expect(groupRecords(records, 'template').map((g) => [g.value, g.messages])).toEqual([
      ['ST_0002', 2],
      ['ST_0004', 1],
    ]);
  });
});
