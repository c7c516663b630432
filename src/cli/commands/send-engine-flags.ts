import { DEFAULT_BATCH_THRESHOLD, DEFAULT_SEND_QPS, type EngineChoice } from '../../core/index.ts';
import { text, wholeNumber, type FlagParse } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';

// The flags of issue 14 that send_sms and send_batch_sms share: which engine, its pace, the journal.

const engine: FlagParse<EngineChoice> = (raw) => {
  const value = String(raw).trim();
  return value === 'auto' || value === 'direct' || value === 'batch'
    ? { value }
    : { problem: 'must be auto, direct or batch' };
};

const qps: FlagParse<number> = (raw) => {
  const value = Number(String(raw).trim());
  return Number.isFinite(value) && value > 0 && value <= 1000
    ? { value }
    : { problem: 'must be a number of requests per second above 0 and at most 1000' };
};

/** Pace and journal: every direct send. */
export const DIRECT_FLAGS = {
  qps: {
    type: 'string',
    value: 'N',
    description: `Direct requests started per second (default ${DEFAULT_SEND_QPS}, the API's limit per customer).`,
    parse: qps,
    default: DEFAULT_SEND_QPS,
  },
  journal: {
    type: 'string',
    value: 'FILE',
    description:
      "Write each request's numbers before it is sent and its result after (a new file, mode 0600: it holds numbers), so --resume can finish a killed send.",
    parse: text,
  },
  resume: {
    type: 'string',
    value: 'JOURNAL',
    description:
      'Finish the send a --journal file recorded: send the numbers never attempted, look up the unanswered ones in the send log, report every number.',
    parse: text,
  },
  'resend-unknown': {
    type: 'boolean',
    description:
      'With --resume: also resend the numbers whose send had no answer and that the send log does not show (they may still arrive twice).',
  },
} as const satisfies FlagSpecs;

/** The engine choice: send_sms above the threshold goes through a batch task. */
export const ENGINE_FLAGS = {
  engine: {
    type: 'string',
    value: 'auto|direct|batch',
    description: `auto (default): direct requests up to --threshold numbers, a batch task above it.`,
    parse: engine,
    default: 'auto',
  },
  threshold: {
    type: 'string',
    value: 'N',
    description: `Numbers above which auto uses a batch task (default ${DEFAULT_BATCH_THRESHOLD}).`,
    parse: wholeNumber(1, 1_000_000),
    default: DEFAULT_BATCH_THRESHOLD,
  },
  'task-name': {
    type: 'string',
    value: 'TEXT',
    description: 'The batch task\'s name (default "volc-sms <template> <time>").',
    parse: text,
  },
  yes: {
    type: 'boolean',
    description:
      'Launch the batch task once it is created (the consent); without it a terminal asks, else the task waits.',
  },
} as const satisfies FlagSpecs;
