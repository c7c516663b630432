import { describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/errors/errors.ts';
import {
  quickSendSmsResult,
  quickSuccessEnvelope,
  SEND_SMS_FOR_AGENT_BODY_KEYS,
  sendSmsForAgentBodyPasses,
} from '../../src/core/schemas/quick-read.ts';
import { SendSmsForAgentBodySchema, SendSmsResultSchema } from '../../src/core/schemas/agent.ts';
import {
  parseTemplateParam,
  serializeTemplateParam,
  templateParamJson,
} from '../../src/core/sending/template.ts';
import { EnvelopeSchema } from '../../src/core/schemas/envelope.ts';

// The hot path reads the usual answers without zod; it must never disagree with the schemas.

const results: unknown[] = [
  { MessageIds: ['m1'] },
  { MessageIds: ['m1', 'm2'], Extra: 1 },
  { MessageIds: [] },
  { MessageIds: ['m1', 2] },
  { MessageIds: 'm1' },
  { messageIds: ['m1'] },
  { MessageId: 'm1' },
  { MessageId: ['m1', 'm2'] },
  { MessageID: ['m1'] },
  { MessageIds: ['m1'], MessageID: ['m2'] },
  {},
  null,
  ['m1'],
  'm1',
];

describe('quickSendSmsResult', () => {
  it.each(results.map((r) => [JSON.stringify(r), r]))('agrees with SendSmsResultSchema on %s', (_, value) => {
    const quick = quickSendSmsResult(value);
    const parsed = SendSmsResultSchema.safeParse(value);
    if (quick !== undefined) {
      expect(parsed.success).toBe(true);
      expect(quick).toEqual(parsed.data);
    }
  });

  it('takes the usual answer itself, and copies it', () => {
    const value = { MessageIds: ['m1'] };
    const quick = quickSendSmsResult(value);
    expect(quick).toEqual({ MessageIds: ['m1'] });
    expect(quick?.MessageIds).not.toBe(value.MessageIds);
  });

  it('leaves other spellings to the schema, which reads every one of them', () => {
    expect(quickSendSmsResult({ MessageId: 'm1' })).toBeUndefined();
    expect(SendSmsResultSchema.parse({ MessageId: 'm1' }).MessageIds).toEqual(['m1']);
    expect(SendSmsResultSchema.parse({ MessageId: ['m1', 'm2'] }).MessageIds).toEqual(['m1', 'm2']);
    expect(SendSmsResultSchema.parse({ MessageID: ['m1'] }).MessageIds).toEqual(['m1']);
    expect(SendSmsResultSchema.parse({ messageIds: ['m1'] }).MessageIds).toEqual(['m1']);
  });
});

const meta = { RequestId: 'R1', Action: 'SendSmsForAgent', Version: '2026-01-01' };
const envelopes: unknown[] = [
  { ResponseMetadata: meta, Result: { MessageIds: ['m1'] } },
  { ResponseMetadata: meta },
  { ResponseMetadata: { ...meta, Region: 'cn-north-1', Extra: true }, Result: [] },
  { ResponseMetadata: {}, Result: {} },
  { ResponseMetadata: { ...meta, RequestId: 7 }, Result: {} },
  { ResponseMetadata: { ...meta, Action: 1 }, Result: {} },
  { ResponseMetadata: { ...meta, Error: { Code: 'RE:0001', Message: 'x' } } },
  { ResponseMetadata: { ...meta, error: { Code: 'RE:0001' } } },
  { ResponseMetadata: { ...meta, requestId: 'R2' }, Result: {} },
  { responseMetadata: meta, result: { MessageIds: ['m1'] } },
  { ResponseMetadata: null },
  { Result: {} },
  [],
  'text',
  null,
];

describe('quickSuccessEnvelope', () => {
  it.each(envelopes.map((e) => [JSON.stringify(e), e]))('agrees with EnvelopeSchema on %s', (_, raw) => {
    const quick = quickSuccessEnvelope(raw);
    const parsed = EnvelopeSchema.safeParse(raw);
    if (quick !== undefined) {
      expect(parsed.success).toBe(true);
      expect(parsed.data?.ResponseMetadata.Error).toBeUndefined();
      expect(quick).toEqual({
        requestId: parsed.data?.ResponseMetadata.RequestId,
        result: parsed.data?.Result,
      });
    }
  });

  it('takes the usual success itself and leaves errors and respellings to the schema', () => {
    expect(quickSuccessEnvelope(envelopes[0])).toEqual({ requestId: 'R1', result: { MessageIds: ['m1'] } });
    expect(quickSuccessEnvelope({ ResponseMetadata: {}, Result: {} })).toEqual({ requestId: '', result: {} });
    expect(quickSuccessEnvelope(envelopes[6])).toBeUndefined();
    expect(quickSuccessEnvelope(envelopes[7])).toBeUndefined();
    expect(quickSuccessEnvelope(envelopes[9])).toBeUndefined();
  });
});

const sendBody = { SubAccount: 'a', Signature: 's', TemplateId: 't', Mobiles: '13800000000' };
const bodies: Array<Record<string, unknown>> = [
  sendBody,
  { ...sendBody, TemplateParam: '{"code":"1"}', Account: 'acc' },
  { ...sendBody, SubAccount: '' },
  { ...sendBody, Mobiles: 13800000000 },
  { ...sendBody, TemplateParam: { code: '1' } },
  { ...sendBody, Account: null },
  { ...sendBody, Extra: 'x' },
  { Signature: 's', TemplateId: 't', Mobiles: '1' },
];

describe('sendSmsForAgentBodyPasses', () => {
  it.each(bodies.map((b) => [JSON.stringify(b), b]))(
    'agrees with SendSmsForAgentBodySchema on %s',
    (_, body) => {
      const parsed = SendSmsForAgentBodySchema.safeParse(body);
      // Passing means the schema accepts the body unchanged (it is sent as built).
      const unchanged = parsed.success && JSON.stringify(parsed.data) === JSON.stringify(body);
      expect(sendSmsForAgentBodyPasses(body)).toBe(unchanged);
    },
  );

  it("knows exactly the schema's keys", () => {
    expect([...SEND_SMS_FOR_AGENT_BODY_KEYS].sort()).toEqual(
      Object.keys(SendSmsForAgentBodySchema.shape).sort(),
    );
  });
});

const params: unknown[] = [
  { code: '1234' },
  { code: '1234', name: '张三', empty: '' },
  {},
  Object.assign(Object.create(null) as object, { code: '1' }),
  '{"code":"1"}',
  '',
  { code: 1234 },
  { code: null },
  ['1'],
  null,
  new (class Params {
    code = '1';
  })(),
];

describe('templateParamJson', () => {
  it.each(params.map((p) => [String(JSON.stringify(p)), p]))(
    'is serialize(parse(value)) for %s',
    (_, value) => {
      const expected = (() => {
        try {
          return serializeTemplateParam(parseTemplateParam(value));
        } catch (err) {
          return err;
        }
      })();
      if (expected instanceof SmsInputError) {
        expect(() => templateParamJson(value)).toThrow(expected.message);
      } else expect(templateParamJson(value)).toBe(expected);
    },
  );
});
