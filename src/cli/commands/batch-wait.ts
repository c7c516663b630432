import {
  canonicalJson,
  checkDuration,
  describeTaskStatus,
  followBatchTask,
  waitForReceiptSummary,
} from '../../core/index.ts';
import type { ReceiptSummary, TaskProgress } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { EXIT } from '../exit-codes.ts';
import type { FlagParse } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { ProgressBar } from '../output/progress.ts';
import { printSkillEnvelope, skillSuccess } from '../output/skill-envelope.ts';
import { renderKeyValues } from '../output/table.ts';
import { TASK_FLAGS, taskCommand } from './skill-command.ts';

// `batch-wait` (this project's, beyond the skill): follows a launched task to a final state, then counts
// its receipts in the send log. Ctrl-C stops the waiting, never the task.

/** A duration flag (`5s`, `2m`) within bounds, as milliseconds. */
const durationFlag =
  (rules: { minMs: number; maxMs: number }): FlagParse<number> =>
  (raw) => {
    const checked = checkDuration(String(Array.isArray(raw) ? raw.at(-1) : raw).trim(), rules);
    return checked.ok ? { value: checked.ms } : { problem: checked.problem };
  };

const FLAGS = {
  ...TASK_FLAGS,
  'task-id': { ...TASK_FLAGS['task-id'], description: 'The launched task.' },
  interval: {
    type: 'string',
    value: 'DURATION',
    description: 'How often the task is read (default 5s, at least 1s).',
    parse: durationFlag({ minMs: 1000, maxMs: 600_000 }),
    default: 5000,
  },
  since: {
    type: 'string',
    value: 'DURATION',
    description:
      "An immediate task's messages are counted from this long ago (default 24h; a scheduled task's from its send time).",
    parse: durationFlag({ minMs: 60_000, maxMs: 7 * 86_400_000 }),
    default: 86_400_000,
  },
  'receipt-timeout': {
    type: 'string',
    value: 'DURATION',
    description:
      'After the final state, how long to wait for the last receipts (default 2m; 0s: count once).',
    parse: durationFlag({ minMs: 0, maxMs: 72 * 3_600_000 }),
    default: 120_000,
  },
} as const satisfies FlagSpecs;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

function progressLine(p: TaskProgress): Record<string, unknown> {
  return {
    event: 'progress',
    taskId: p.taskId,
    status: p.status,
    state: p.state ?? null,
    sentCount: p.sentCount ?? null,
    totalCount: p.totalCount ?? null,
    final: p.final,
  };
}

function label(p: TaskProgress): string {
  return `Task ${p.taskId} ${describeTaskStatus(p.status)}`;
}

function printSummary(context: CommandContext, p: TaskProgress, receipts: ReceiptSummary): void {
  context.print(
    renderKeyValues([
      ['Task', `${p.taskId}: ${describeTaskStatus(p.status)}`],
      [
        'Messages in the send log',
        `${receipts.messages}${receipts.complete ? '' : ' (page limit reached; more exist)'}`,
      ],
      ['Delivered', receipts.delivered],
      [
        'Failed',
        `${receipts.failed}${receipts.failures.length ? ` (${receipts.failures.map((f) => `${f.code} ×${f.count}`).join(', ')})` : ''}`,
      ],
      ['Without a receipt yet', receipts.pending],
    ]),
  );
}

export const batchWaitCommand = taskCommand({
  name: 'batch-wait',
  summary: "Follow a launched batch task to its end, then count its receipts (this project's).",
  description: [
    'Reads the task every --interval until it is final (6 Done, 7 Canceled, 8 Failed, 9 Killed): a progress bar',
    'on a terminal, one JSON line per change in a pipe. Then counts the receipts in the send log (group,',
    "template and signature since the task's start; the send log has no task id), waiting up to",
    '--receipt-timeout for the last ones. Ctrl-C stops the waiting, never the task.',
  ],
  flags: FLAGS,
  examples: ['volc-sms batch-wait --sub-account 7384ed01 --task-id 90001'],
  async run(context, ref, flags) {
    const client = context.client();
    const stop = new AbortController();
    void context.io.waitForShutdown?.().then(() => stop.abort());
    // The bar's total is the task's, learnt from its first detail.
    let bar: ProgressBar | undefined;
    const drawBar = (p: TaskProgress) => {
      if (context.json || context.io.stderr.isTTY !== true || p.totalCount === undefined) return false;
      bar ??= new ProgressBar(context.io.stderr, p.totalCount, label(p));
      bar.set(p.final ? p.totalCount : (p.sentCount ?? 0), label(p));
      return true;
    };
    let followed;
    try {
      followed = await followBatchTask(
        {
          client,
          now: () => context.now(),
          sleep,
          signal: stop.signal,
          onChange(p) {
            if (context.json) context.io.stdout.write(`${canonicalJson(progressLine(p))}\n`);
            else if (!drawBar(p))
              context.note(
                `${label(p)}${p.sentCount === undefined ? '' : `: ${p.sentCount} of ${p.totalCount ?? '?'} sent`}`,
              );
          },
        },
        ref,
        { intervalMs: flags.interval, since: Math.floor(context.now() / 1000 - flags.since / 1000) },
      );
    } finally {
      bar?.finish();
    }
    if (!followed.final) {
      context.note(
        `volc-sms: stopped waiting; task ${ref.taskId} goes on (${describeTaskStatus(followed.progress.status)}). Run batch-wait again to follow it.`,
      );
      return EXIT.error;
    }
    const scope = {
      subAccount: ref.subAccount,
      templateId: followed.task.templateId ?? '',
      signature: followed.task.signature,
      sentAt: followed.startedAt,
    };
    const receipts = await waitForReceiptSummary(
      { client, now: () => context.now(), sleep, signal: stop.signal },
      scope,
      { pauseMs: flags.interval, timeoutMs: flags['receipt-timeout'] },
    );
    const result = {
      ...progressLine(followed.progress),
      event: undefined,
      receipts,
      matchedBy: 'subAccount, templateId, signature and time',
    };
    if (context.json) printSkillEnvelope(context, skillSuccess('batch-wait', undefined, result));
    else printSummary(context, followed.progress, receipts);
    return EXIT.ok;
  },
});
