import { writeFile } from 'node:fs/promises';
import { SmsInputError, batchTaskStateName, maskPhonesInText } from '../../core/index.ts';
import type { BatchTask, TemplateUploadDemo } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { requireFlag, text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { formatTimeSeconds, pagingFooter, timesNote } from '../output/format.ts';
import { renderKeyValues, renderTable, type Column } from '../output/table.ts';
import { SKILL_PAGING_FLAGS, skillReadCommand } from './skill-read.ts';

// Skill 1.3's batch reads (reference §4.2): one task's authoritative state, a group's tasks, and the
// sample CSV of a template. Launching and cancelling are gated commands of their own.

const required = (value: string, description: string) =>
  ({ type: 'string', required: true, value, description, parse: text }) as const;
const optional = (value: string, description: string) =>
  ({ type: 'string', value, description, parse: text }) as const;

/** `2 (Valid)`; a status the reference does not name is shown as it is. */
const stateText = (status: number | undefined) => {
  const name = batchTaskStateName(status);
  return status === undefined ? undefined : name === undefined ? String(status) : `${status} (${name})`;
};

/** Unix seconds as a number, ISO 8601 as a string, 0 or empty for "immediately" (§2.9). */
function sendTimeText(task: BatchTask, zone: string): string | undefined {
  const { sendTime } = task;
  if (sendTime === undefined || sendTime === null || sendTime === 0 || sendTime === '') {
    return task.scheduled ? undefined : 'immediately';
  }
  return typeof sendTime === 'number' ? formatTimeSeconds(sendTime, zone) : sendTime;
}

export const batchDetailCommand = skillReadCommand({
  name: 'batch-detail',
  summary: "One batch task's authoritative state",
  description: [
    'The state to trust: a task in state 2 (Valid, awaiting consent) may be missing from batch-list.',
    'State 6 (Done) means processing finished, not that messages were delivered: the send log says that.',
  ],
  flags: {
    'sub-account': required('ID', 'The message group the task belongs to.'),
    'task-id': required('ID', 'The task id batch-create printed.'),
  } as const satisfies FlagSpecs,
  examples: ['volc-sms batch-detail --sub-account 7384ed01 --task-id 90001'],
  read: (client, flags, name) =>
    client.getBatchTaskDetail({
      subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
      taskId: requireFlag(flags['task-id'], '--task-id', name),
    }),
  show(context, task) {
    context.print(
      renderKeyValues([
        ['Task', task.taskId],
        ['Name', task.taskName],
        ['Sub account', task.subAccount],
        ['Status', stateText(task.status)],
        ['Signature', task.signature],
        ['Template', task.templateName ? `${task.templateId} (${task.templateName})` : task.templateId],
        ['Channel', task.channelType],
        ['Send time', sendTimeText(task, context.timeZone)],
        ['Numbers', task.totalCount],
        ['File key', task.fileUrl],
      ]),
    );
    context.print(timesNote(context.timeZone, context.now()));
  },
});

const taskColumns = (zone: string): Column<BatchTask>[] => [
  { header: 'Task', value: (t) => t.taskId },
  { header: 'Name', value: (t) => t.taskName, maxWidth: 30 },
  { header: 'Status', value: (t) => stateText(t.status) },
  { header: 'Template', value: (t) => t.templateId },
  { header: 'Signature', value: (t) => t.signature },
  { header: 'Numbers', value: (t) => t.totalCount },
  { header: 'Send time', value: (t) => sendTimeText(t, zone) },
];

export const batchListCommand = skillReadCommand({
  name: 'batch-list',
  summary: "A message group's batch tasks",
  description: ['A task in state 2 (Valid) may be missing here: ask batch-detail for it by id.'],
  flags: {
    'sub-account': required('ID', 'The message group.'),
    'task-name': optional('TEXT', 'Match on the task name.'),
    // Sent as typed (reference §4.2: batch-list passes --signature raw).
    signature: optional('TEXT', 'Only tasks of this signature (sent as typed).'),
    'template-id': optional('ID', 'Only tasks of this template.'),
    ...SKILL_PAGING_FLAGS,
  } as const satisfies FlagSpecs,
  examples: [
    'volc-sms batch-list --sub-account 7384ed01',
    'volc-sms batch-list --sub-account 7384ed01 --task-name aug',
  ],
  read: (client, flags, name) =>
    client.getBatchTaskList({
      subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
      taskName: flags['task-name'],
      signature: flags.signature,
      templateId: flags['template-id'],
      pageIndex: flags.page,
      pageSize: flags['page-size'],
    }),
  show(context, { list, total }, flags) {
    if (list.length > 0) {
      context.print(renderTable(taskColumns(context.timeZone), list));
      context.print(timesNote(context.timeZone, context.now()));
    }
    context.print(pagingFooter(list.length, total ?? list.length, flags.page, flags['page-size'], 'tasks'));
  },
});

// §2.7: sample phones in the CSV are masked as everywhere (so the sample cannot be uploaded by mistake),
// and the envelope's copy is cut at 1,024 characters as the skill's output is.
const MAX_VALUE = 1024;
const maskedCsv = (demo: TemplateUploadDemo) => maskPhonesInText(demo.value ?? '');
const cut = (value: string) => (value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 3)}...` : value);

async function writeCsv(context: CommandContext, file: string, csv: string): Promise<string> {
  const target = context.resolvePath(file);
  try {
    // Never over an existing file: it may be the filled-in list this sample was fetched for.
    await writeFile(target, csv, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EEXIST'
        ? `--output ${file} exists; name a new file or remove it first`
        : `--output ${file} cannot be written (${code ?? 'error'})`;
    throw new SmsInputError(message, [{ field: '--output', message }]);
  }
  return target;
}

export const batchTemplateDemoCommand = skillReadCommand({
  name: 'batch-template-demo',
  summary: "A template's sample batch CSV (header: phone, then its variables)",
  description: [
    '--output FILE writes the CSV to a new file; --output - prints the CSV itself on stdout.',
    'Sample numbers in it are masked (138****0000), as in every output.',
  ],
  flags: {
    'sub-account': required('ID', 'The message group.'),
    'template-id': required('ID', 'A notification or marketing template of the group.'),
    'force-update': { type: 'boolean', description: 'Ask the service to rebuild the sample.' },
    output: optional('FILE', 'Write the CSV to FILE (a new file), or "-" for stdout.'),
  } as const satisfies FlagSpecs,
  examples: [
    'volc-sms batch-template-demo --sub-account 7384ed01 --template-id ST_0002 --output recipients.csv',
  ],
  read: (client, flags, name) =>
    client.templateUploadDemo({
      subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
      templateId: requireFlag(flags['template-id'], '--template-id', name),
      forceUpdate: flags['force-update'] === true,
    }),
  async deliver(context, demo, flags) {
    if (flags.output === '-') {
      context.io.stdout.write(maskedCsv(demo));
      return true;
    }
    if (flags.output !== undefined) await writeCsv(context, flags.output, maskedCsv(demo));
    return false;
  },
  envelope: (demo, flags) =>
    flags.output === undefined
      ? { ...demo, value: cut(maskedCsv(demo)) }
      : { fileName: demo.fileName, contentType: demo.contentType, size: demo.size, output: flags.output },
  show(context, demo, flags) {
    context.print(
      renderKeyValues([
        ['File name', demo.fileName],
        ['Content type', demo.contentType],
        ['Size', demo.size === undefined ? undefined : `${demo.size} bytes`],
        ...(flags.output === undefined ? [] : [['Written to', flags.output] as const]),
      ]),
    );
    if (flags.output === undefined) context.print(maskedCsv(demo));
  },
});
