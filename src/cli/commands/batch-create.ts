import {
  CONSENT_PHRASE,
  createBatchTask,
  precheckBatchCsv,
  precheckError,
  toGateFailure,
} from '../../core/index.ts';
import type { BatchPrecheckReport, BatchTaskHandoff } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { EXIT } from '../exit-codes.ts';
import { requireFlag, text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { printSkillEnvelope, reportSkillFailure, skillSuccess } from '../output/skill-envelope.ts';
import { renderKeyValues } from '../output/table.ts';
import { skillCommand } from './skill-command.ts';

// `batch-precheck` (local, streamed) and `batch-create` (precheck → upload → SetBatchTask, never consent).

const FILE_FLAG = {
  file: {
    type: 'string',
    required: true,
    value: 'FILE',
    description: 'The batch CSV: phone, then the template variables in order.',
    parse: text,
  },
} as const satisfies FlagSpecs;

const PRECHECK_FLAGS = {
  ...FILE_FLAG,
  'template-param': {
    type: 'string',
    multiple: true,
    value: 'NAME',
    description: 'A template variable, in template order (repeat); none for a fixed text.',
  },
} as const satisfies FlagSpecs;

export const batchPrecheckCommand = skillCommand({
  name: 'batch-precheck',
  summary: 'Check a batch CSV locally (header, numbers, duplicates, limits); sends nothing (skill 1.3).',
  description: [
    'Streams the file: the header must be phone and the --template-param names in order; every row a mainland',
    'mobile (+86 allowed) with no empty variable, no number twice, 1 to 1,000,000 rows, at most 50 MiB.',
    'Every defect is fatal; the first ones are named with their line.',
  ],
  flags: PRECHECK_FLAGS,
  examples: ['volc-sms batch-precheck --file numbers.csv --template-param version'],
  async run(context, flags) {
    const file = requireFlag(flags.file, '--file', 'batch-precheck');
    const variableNames = (flags['template-param'] ?? []).map((n) => n.trim()).filter((n) => n !== '');
    const check = await precheckBatchCsv({ path: file }, { variableNames });
    if (!check.ok)
      return reportSkillFailure(context, 'batch-precheck', toGateFailure(precheckError(check), 'check'));
    if (context.json) printSkillEnvelope(context, skillSuccess('batch-precheck', undefined, check.report));
    else printReport(context, check.report);
    return EXIT.ok;
  },
});

function printReport(context: CommandContext, r: BatchPrecheckReport) {
  context.print(
    renderKeyValues([
      ['Columns', r.columns.join(', ')],
      [
        'Rows',
        `${r.totalCount} (valid ${r.validCount}, invalid ${r.invalidCount}, duplicates ${r.dupCount})`,
      ],
      ['Size', `${r.fileSize} bytes`],
      ['SHA-256', r.fileSha256],
    ]),
  );
}

const CREATE_FLAGS = {
  ...FILE_FLAG,
  'sub-account': {
    type: 'string',
    required: true,
    value: 'ID',
    description: 'The message group.',
    parse: text,
  },
  'task-name': {
    type: 'string',
    required: true,
    value: 'NAME',
    description: 'A name for the task.',
    parse: text,
  },
  signature: {
    type: 'string',
    required: true,
    value: 'TEXT',
    description: 'An approved signature bound to the group.',
    parse: text,
  },
  'template-id': {
    type: 'string',
    required: true,
    value: 'ID',
    description: 'An approved notification or marketing template.',
    parse: text,
  },
  scheduled: { type: 'boolean', description: 'Send at --send-time instead of at once.' },
  'send-time': {
    type: 'string',
    value: 'TIME',
    description: 'With --scheduled: ISO 8601, Asia/Shanghai unless an offset is given, 08:00–21:30.',
  },
} as const satisfies FlagSpecs;

/** The next command, with every handoff value it needs (the detail does not return them, §1.3). */
export function launchPreviewCommand(r: BatchTaskHandoff): string {
  return (
    `volc-sms batch-launch-preview --sub-account ${r.subAccount} --task-id ${r.taskId} --file-sha256 ${r.fileSha256} ` +
    `--total-count ${r.totalCount} --valid-count ${r.validCount} --invalid-count ${r.invalidCount} --dup-count ${r.dupCount}`
  );
}

export const batchCreateCommand = skillCommand({
  name: 'batch-create',
  summary: 'Precheck, upload and create a batch task; never starts it (skill 1.3).',
  description: [
    'Checks the schedule, the group, signature and template (notification or marketing only), prechecks the',
    'file, uploads it and calls SetBatchTask. The task waits in state 2; start it with batch-launch-preview',
    `and batch-launch-submit after the user writes "${CONSENT_PHRASE} <taskId>".`,
  ],
  flags: CREATE_FLAGS,
  examples: [
    "volc-sms batch-create --file numbers.csv --sub-account 7384ed01 --task-name 'v2.1 notice' \\\n    --signature VolcOps --template-id ST_0004",
  ],
  async run(context, flags) {
    const need = (value: string | undefined, flag: string) => requireFlag(value, flag, 'batch-create');
    const outcome = await createBatchTask(
      context.client(),
      {
        file: need(flags.file, '--file'),
        subAccount: need(flags['sub-account'], '--sub-account'),
        taskName: need(flags['task-name'], '--task-name'),
        signature: need(flags.signature, '--signature'),
        templateId: need(flags['template-id'], '--template-id'),
        scheduled: flags.scheduled === true,
        sendTime: flags['send-time'],
      },
      context.now(),
    );
    if (!outcome.ok)
      return reportSkillFailure(context, outcome.attempted ? 'SetBatchTask' : 'batch-create', outcome);
    const next = launchPreviewCommand(outcome.result);
    if (context.json) {
      printSkillEnvelope(
        context,
        skillSuccess('SetBatchTask', outcome.requestId, { ...outcome.result, next }),
      );
      return EXIT.ok;
    }
    context.print(
      `Task ${outcome.result.taskId} created (state ${outcome.result.status ?? 'unknown'}); nothing is sent yet.`,
    );
    printReport(context, outcome.result);
    context.print(`Show the launch summary to the user with:\n  ${next}`);
    return EXIT.ok;
  },
});
