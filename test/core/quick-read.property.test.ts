import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  quickSendLogList,
  quickSendSmsResult,
  quickSuccessEnvelope,
  SEND_LOG_ENTRY_FIELDS,
  SEND_SMS_FOR_AGENT_BODY_KEYS,
  sendSmsForAgentBodyPasses,
} from '../../src/core/internal.ts';
import {
  SendLogEntrySchema,
  SendLogListSchema,
  SendSmsForAgentBodySchema,
  SendSmsResultSchema,
} from '../../src/core/schemas/agent.ts';
import { EnvelopeSchema } from '../../src/core/schemas/envelope.ts';

// The zod-free readers of quick-read.ts against their zod schemas, over generated values rather than
// hand-picked ones: whenever a reader answers, its answer is the schema's (soundness), and on the usual
// shapes it does answer (otherwise it would be dead weight). Shapes lean on what confuses them: other
// spellings of the schema's keys (the schemas match keys case-insensitively), wrong types, extra keys.

const RUNS = { numRuns: 400 };

/** Anything JSON.parse can give, a little deeper than fc's default. */
const leaf = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

/** A record whose keys come mostly from `keys` (several spellings of each), and some random ones. */
const recordOf = (keys: readonly string[], value: fc.Arbitrary<unknown>) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 5 })), value, { maxKeys: 5 });

const spellings = (...keys: string[]) => keys.flatMap((k) => [k, k.toLowerCase(), k.toUpperCase()]);

/** Mostly `usual`, sometimes anything: values close to valid, where a reader's mistakes show. */
const mostly = <T>(usual: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: leaf });

/**
 * A valid-looking `base` with, now and then, `extras` mixed in (other spellings of its keys, strangers),
 * before or after its own keys: a schema that matches keys case-insensitively keeps the later of two.
 */
const perturbed = (
  base: fc.Arbitrary<Record<string, unknown>>,
  extras: fc.Arbitrary<Record<string, unknown>>,
) =>
  fc
    .tuple(base, fc.option(extras, { freq: 2 }), fc.boolean())
    .map(([own, more, moreFirst]) =>
      more === null ? own : moreFirst ? { ...more, ...own } : { ...own, ...more },
    );

/** What the client sends or reads, once through JSON (undefined values dropped, as on the wire). */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

describe('quickSendSmsResult vs SendSmsResultSchema', () => {
  const idKeys = [...spellings('MessageIds', 'MessageId', 'MessageID'), 'Extra', 'Total'];
  const ids = fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 });
  const results = fc.oneof(
    perturbed(
      fc.record({ MessageIds: mostly(ids) }, { requiredKeys: [] }),
      recordOf(idKeys, fc.oneof(ids, fc.string({ maxLength: 4 }), leaf)),
    ),
    leaf,
  );

  it('answers only what the schema gives', () => {
    fc.assert(
      fc.property(results, (value) => {
        const quick = quickSendSmsResult(value);
        if (quick === undefined) return;
        const parsed = SendSmsResultSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(quick).toEqual(parsed.data);
      }),
      RUNS,
    );
  });

  it('answers the usual result, whatever other keys come with it', () => {
    const extra = fc.dictionary(
      fc.string({ maxLength: 5 }).filter((k) => !k.toLowerCase().startsWith('messageid')),
      leaf,
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), extra, (ids, rest) => {
        const value = { ...rest, MessageIds: ids };
        expect(quickSendSmsResult(value)).toEqual(SendSmsResultSchema.parse(value));
      }),
      RUNS,
    );
  });
});

describe('quickSuccessEnvelope vs EnvelopeSchema', () => {
  const errorObject = recordOf(['Code', 'code', 'Message', 'CodeN'], leaf);
  const text = mostly(fc.string({ maxLength: 6 }));
  const metadata = perturbed(
    fc.record(
      {
        RequestId: text,
        Action: text,
        Version: text,
        Service: text,
        Region: text,
        Error: mostly(errorObject),
      },
      { requiredKeys: [] },
    ),
    recordOf([...spellings('RequestId', 'Action', 'Error'), 'Extra'], fc.oneof(leaf, errorObject)),
  );
  const envelopes = fc.oneof(
    perturbed(
      fc.record({ ResponseMetadata: mostly(metadata), Result: leaf }, { requiredKeys: [] }),
      recordOf([...spellings('ResponseMetadata', 'Result'), 'Extra'], fc.oneof(metadata, leaf)),
    ),
    leaf,
  );

  it('answers only a success, and then what the schema gives', () => {
    fc.assert(
      fc.property(envelopes, (raw) => {
        const quick = quickSuccessEnvelope(raw);
        if (quick === undefined) return;
        const parsed = EnvelopeSchema.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(parsed.data?.ResponseMetadata.Error).toBeUndefined();
        expect(quick).toEqual({
          requestId: parsed.data?.ResponseMetadata.RequestId,
          result: parsed.data?.Result,
        });
      }),
      RUNS,
    );
  });

  it('answers every success in the schema’s own spelling', () => {
    const text = fc.option(fc.string(), { nil: undefined });
    const usual = fc.record(
      {
        RequestId: text,
        Action: text,
        Version: text,
        Service: text,
        Region: text,
        Extra: leaf,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(usual, leaf, (meta, result) => {
        const raw = wire({ ResponseMetadata: meta, Result: result });
        const parsed = EnvelopeSchema.parse(raw);
        expect(quickSuccessEnvelope(raw)).toEqual({
          requestId: parsed.ResponseMetadata.RequestId,
          result: parsed.Result,
        });
      }),
      RUNS,
    );
  });
});

describe('sendSmsForAgentBodyPasses vs SendSmsForAgentBodySchema', () => {
  const keys = [...SEND_SMS_FOR_AGENT_BODY_KEYS];
  const field = fc.oneof(
    { weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: leaf },
  );
  const bodies = fc.oneof(
    perturbed(
      fc.record(Object.fromEntries(keys.map((key) => [key, field])), { requiredKeys: [] }),
      recordOf([...keys.flatMap((k) => spellings(k)), 'Extra'], field),
    ),
    leaf,
  );

  it('passes only a body the schema accepts unchanged (it is sent as built)', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        if (!sendSmsForAgentBodyPasses(body)) return;
        const parsed = SendSmsForAgentBodySchema.safeParse(body);
        expect(parsed.success).toBe(true);
        expect(isDeepStrictEqual(wire(parsed.data), wire(body))).toBe(true);
      }),
      RUNS,
    );
  });

  it('passes every well-formed body', () => {
    const filled = fc.string({ minLength: 1 });
    const body = fc.record(
      {
        SubAccount: filled,
        Signature: filled,
        TemplateId: filled,
        Mobiles: filled,
        TemplateParam: fc.string(),
        Account: fc.string(),
      },
      { requiredKeys: ['SubAccount', 'Signature', 'TemplateId', 'Mobiles'] },
    );
    fc.assert(
      fc.property(body, (value) => {
        expect(SendSmsForAgentBodySchema.safeParse(value).success).toBe(true);
        expect(sendSmsForAgentBodyPasses(value)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('quickSendLogList vs SendLogListSchema', () => {
  const { text, nullableText, int, nullableInt } = SEND_LOG_ENTRY_FIELDS;
  const entryKeys = ['MessageId', ...text, ...nullableText, ...int, ...nullableInt];
  const number = fc.oneof(fc.integer(), fc.constant(2 ** 53), fc.double({ noNaN: true }));
  const fieldOf = (key: string): fc.Arbitrary<unknown> =>
    mostly<unknown>(
      (text as readonly string[]).includes(key) || key === 'MessageId'
        ? fc.string({ maxLength: 4 })
        : (nullableText as readonly string[]).includes(key)
          ? fc.option(fc.string({ maxLength: 4 }), { nil: null })
          : (int as readonly string[]).includes(key)
            ? number
            : fc.option(number, { nil: null }),
    );
  const entry = perturbed(
    fc.record(Object.fromEntries(entryKeys.map((key) => [key, fieldOf(key)])), {
      requiredKeys: ['MessageId'],
    }),
    recordOf([...spellings('MessageId', 'Status', 'SendTime'), 'Extra'], leaf),
  );
  const pages = fc.oneof(
    perturbed(
      fc.record(
        { Total: mostly(number), List: mostly(fc.option(fc.array(entry, { maxLength: 4 }), { nil: null })) },
        { requiredKeys: [] },
      ),
      recordOf([...spellings('Total', 'List'), 'Extra'], fc.oneof(leaf, fc.array(entry, { maxLength: 2 }))),
    ),
    leaf,
  );

  it('names the schema’s keys, no more and no fewer', () => {
    expect(entryKeys.sort()).toEqual(
      Object.keys((SendLogEntrySchema.def.out as unknown as { shape: object }).shape).sort(),
    );
  });

  it('answers only what the schema gives', () => {
    fc.assert(
      fc.property(pages, (raw) => {
        const value = wire(raw);
        const quick = quickSendLogList(value);
        if (quick === undefined) return;
        const parsed = SendLogListSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(quick).toEqual(parsed.data);
      }),
      RUNS,
    );
  });

  it('answers every page the service sends', () => {
    const usual = fc.record(
      {
        MessageId: fc.string(),
        SubAccount: fc.string(),
        Mobile: fc.string(),
        Status: fc.integer({ min: 1, max: 3 }),
        ErrorCode: fc.option(fc.string(), { nil: null }),
        SendTime: fc.option(fc.integer({ min: 0 }), { nil: null }),
        ReceiptTime: fc.option(fc.integer({ min: 0 }), { nil: null }),
        Count: fc.integer({ min: 1, max: 9 }),
      },
      { requiredKeys: ['MessageId'] },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0 }), fc.array(usual, { maxLength: 5 }), (total, list) => {
        const value = wire({ Total: total, List: list });
        expect(quickSendLogList(value)).toEqual(SendLogListSchema.parse(value));
      }),
      RUNS,
    );
  });
});
