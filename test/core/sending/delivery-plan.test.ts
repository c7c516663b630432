import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BATCH_THRESHOLD,
  isVerificationTemplate,
  planDelivery,
  SmsInputError,
  templateFactsNeeded,
  type TemplateFacts,
} from '../../../src/core/index.ts';

const notice: TemplateFacts = {
  templateId: 'ST_0004',
  name: 'Deploy done',
  channelType: 'CN_NTC',
  content: '部署已完成，版本${version}。',
  variables: ['version'],
};
const code: TemplateFacts = {
  templateId: 'ST_0001',
  name: 'Login code',
  channelType: 'CN_OTP',
  content: '您的验证码是${code}，5分钟内有效。',
  variables: ['code'],
};

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(SmsInputError);
    return err as SmsInputError;
  }
  throw new Error('expected a refusal');
};

describe('planDelivery', () => {
  it('sends up to the threshold directly, in requests of 200 paced to the QPS', () => {
    const plan = planDelivery({ numbers: DEFAULT_BATCH_THRESHOLD });
    expect(plan).toMatchObject({ engine: 'direct', forced: false, requests: 50, qps: 5, minimumSeconds: 10 });
    expect(plan.reason).toMatch(/direct sends: 10000 numbers, at most the batch threshold of 10000/);
  });

  it('goes to a batch task above the threshold, and says why', () => {
    const plan = planDelivery({ numbers: DEFAULT_BATCH_THRESHOLD + 1, template: notice });
    expect(plan).toMatchObject({ engine: 'batch', forced: false, requests: 0 });
    expect(plan.reason).toMatch(
      /above the batch threshold of 10000 \(direct would take at least 11 s at 5\/s\)/,
    );
  });

  it('follows the caller when the engine is forced', () => {
    expect(planDelivery({ numbers: 50_000, engine: 'direct' })).toMatchObject({
      engine: 'direct',
      forced: true,
      requests: 250,
      minimumSeconds: 50,
    });
    expect(planDelivery({ numbers: 3, engine: 'batch', template: notice })).toMatchObject({
      engine: 'batch',
      forced: true,
    });
    expect(planDelivery({ numbers: 500, threshold: 400, qps: 2, template: notice }).engine).toBe('batch');
  });

  it('refuses a verification template above the threshold, naming the fix', () => {
    const error = refusal(() => planDelivery({ numbers: 12_000, template: code }));
    expect(error.message).toBe(
      'engine: template ST_0001 is a verification template (CN_OTP), which the batch engine refuses, and 12000 numbers are above the batch threshold of 10000; nothing was sent',
    );
    expect(error.hint).toBe(
      'Send at most 10000 numbers at a time, or pass --engine direct to send all 12000 as direct requests (at least 12 s at 5/s).',
    );
    // Below the threshold, or forced direct, it goes out directly.
    expect(planDelivery({ numbers: 10_000, template: code }).engine).toBe('direct');
    expect(planDelivery({ numbers: 12_000, engine: 'direct', template: code }).engine).toBe('direct');
  });

  it('refuses a verification template forced to batch, even for one number', () => {
    const error = refusal(() => planDelivery({ numbers: 1, engine: 'batch', template: code }));
    expect(error.message).toMatch(/ST_0001 is a verification template \(CN_OTP\).*nothing was sent/);
    expect(error.hint).toMatch(/--engine direct/);
  });

  it('treats text that reads like a code as a verification template whatever its channel', () => {
    expect(isVerificationTemplate({ channelType: 'CN_NTC', content: '您的验证码是${code}' })).toBe(true);
    expect(
      isVerificationTemplate({ channelType: undefined, content: 'Your verification code is ${c}' }),
    ).toBe(true);
    expect(isVerificationTemplate(notice)).toBe(false);
    const error = refusal(() =>
      planDelivery({ numbers: 1, engine: 'batch', template: { ...notice, content: '动态码${x}' } }),
    );
    expect(error.message).toMatch(/its text reads like one/);
  });

  it('asks for the template only when the batch engine is in question', () => {
    expect(templateFactsNeeded({ numbers: 10_000 })).toBe(false);
    expect(templateFactsNeeded({ numbers: 10_001 })).toBe(true);
    expect(templateFactsNeeded({ numbers: 10_001, engine: 'direct' })).toBe(false);
    expect(templateFactsNeeded({ numbers: 1, engine: 'batch' })).toBe(true);
    expect(() => planDelivery({ numbers: 10_001 })).toThrow(TypeError);
  });

  it('names each bad option', () => {
    const error = refusal(() =>
      planDelivery({ numbers: 1, engine: 'fast' as never, threshold: 0, qps: Number.NaN }),
    );
    expect(error.issues.map((i) => i.field)).toEqual(['engine', 'threshold', 'qps']);
  });
});
