import {
  BATCH_LAUNCH_GATE,
  CONSENT_PHRASE,
  cancelBatchTask,
  previewBatchLaunch,
  submitBatchLaunch,
} from '../../core/index.ts';
import type { BatchLaunchRequest } from '../../core/index.ts';
import { EXIT } from '../exit-codes.ts';
import type { FlagSpecs } from '../flags.ts';
import { printSkillEnvelope, reportSkillFailure, skillSuccess } from '../output/skill-envelope.ts';
import { gateCommands } from './gate-command.ts';
import { batchCount, sha256Flag } from './gate-flags.ts';
import { requiredValue } from './gate-values.ts';
import { TASK_FLAGS, taskCommand, taskRef } from './skill-command.ts';

// `batch-launch-preview` / `batch-launch-submit` (ConsentBatchTask of a task in state 2, reference §4.4)
// and `batch-cancel` (DeleteBatchTask, §2.12).

const count = (what: string) =>
  ({
    type: 'string',
    required: true,
    value: 'N',
    description: `${what} (from batch-create).`,
    parse: batchCount,
  }) as const;

const LAUNCH_FLAGS = {
  ...TASK_FLAGS,
  'file-sha256': {
    type: 'string',
    required: true,
    value: 'HEX',
    description: "The file's SHA-256 (from batch-create).",
    parse: sha256Flag,
  },
  'total-count': {
    type: 'string',
    value: 'N',
    description: 'Rows in the file (from batch-create).',
    parse: batchCount,
  },
  'valid-count': count('Valid rows'),
  'invalid-count': count('Invalid rows'),
  'dup-count': count('Duplicate numbers'),
} as const satisfies FlagSpecs;

export const [batchLaunchPreviewCommand, batchLaunchSubmitCommand] = gateCommands({
  name: 'batch-launch',
  action: BATCH_LAUNCH_GATE.action,
  summary: {
    preview:
      'Check a created batch task (state 2) and show its launch summary and digest; starts nothing (skill 1.3).',
    submit: `Start a previewed batch task once, after the user wrote "${CONSENT_PHRASE} <taskId>" (skill 1.3).`,
  },
  description: {
    preview: [
      'Reads the task (it must be in state 2, Valid), re-checks group, signature and template, and prints the',
      'summary and the digest over the task, the handoff values and the template content. A task already',
      'started answers alreadyStarted.',
    ],
    submit: [
      `Takes the same flags, the digest and --authorization-text "${CONSENT_PHRASE} <taskId>" exactly. Reads the`,
      'task again, refuses on any difference, and calls ConsentBatchTask once.',
    ],
  },
  flags: LAUNCH_FLAGS,
  submitFlags: {
    'authorization-text': {
      type: 'string',
      required: true,
      value: 'TEXT',
      description: `The user's words, exactly "${CONSENT_PHRASE} <taskId>".`,
    },
  },
  example:
    '--sub-account 7384ed01 --task-id 90001 --file-sha256 HEX \\\n    --total-count 2 --valid-count 2 --invalid-count 0 --dup-count 0',
  request: (values, command): BatchLaunchRequest => ({
    ...taskRef(values, command),
    fileSha256: requiredValue(values['file-sha256'], '--file-sha256', command),
    totalCount: values['total-count'],
    validCount: requiredValue(values['valid-count'], '--valid-count', command),
    invalidCount: requiredValue(values['invalid-count'], '--invalid-count', command),
    dupCount: requiredValue(values['dup-count'], '--dup-count', command),
  }),
  authorization: (values) => ({ authorizationText: values['authorization-text'] }),
  preview: previewBatchLaunch,
  submit: submitBatchLaunch,
  previewLines: (s) => [
    ['Task', `${s.taskId} (${s.taskName})`],
    ['Message group', s.subAccount],
    ['Signature / template', `${s.signature} / ${s.templateId} (${s.channelType})`],
    [
      'Numbers',
      `${s.totalCount} (valid ${s.validCount}, invalid ${s.invalidCount}, duplicates ${s.dupCount})`,
    ],
    ['Send time', s.sendTime === 0 ? 'at once' : String(s.sendTime)],
  ],
  previewNote: (s) => `The user must answer exactly: ${CONSENT_PHRASE} ${s.taskId}`,
  printSubmitted(context, submitted) {
    const result = submitted.result as Record<string, unknown>;
    context.print(
      result.alreadyStarted
        ? `Task ${String(result.taskId)} had already started (state ${String(result.status)}).`
        : `Task ${String(result.taskId)} started (request id ${submitted.requestId ?? '-'}); receipts pending. Follow it with: volc-sms batch-wait --sub-account ${String(result.subAccount ?? '')} --task-id ${String(result.taskId)}`,
    );
  },
});

export const batchCancelCommand = taskCommand({
  name: 'batch-cancel',
  summary: 'Cancel a batch task that has not started sending (skill 1.3).',
  description: [
    'Reads the task: already canceled answers alreadyCanceled; states 6–9 are refused; a scheduled task only',
    'while its send time is more than one minute ahead. Then DeleteBatchTask, once.',
  ],
  flags: TASK_FLAGS,
  examples: ['volc-sms batch-cancel --sub-account 7384ed01 --task-id 90001'],
  async run(context, ref) {
    const outcome = await cancelBatchTask(context.client(), ref, context.now());
    if (!outcome.ok)
      return reportSkillFailure(context, outcome.attempted ? 'DeleteBatchTask' : 'batch-cancel', outcome);
    if (context.json)
      printSkillEnvelope(context, skillSuccess(outcome.action, outcome.requestId, outcome.result));
    else {
      const r = outcome.result;
      context.print(
        r.alreadyCanceled
          ? `Task ${ref.taskId} was already canceled.`
          : r.reconciled
            ? `Task ${ref.taskId} is canceled (found after a lost answer).`
            : `Task ${ref.taskId} canceled (request id ${outcome.requestId ?? '-'}).`,
      );
    }
    return EXIT.ok;
  },
});
