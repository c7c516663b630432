import { SmsInputError } from '../core/index.ts';
import { splitOptions } from './command-text.ts';

/**
 * `/sms batch …` text → a typed command (pure, like command-parser.ts). A task is named by its id; its
 * message group (`group=`) may be left out when the app knows the task or the account has one group.
 */

export type BatchCommand =
  | { kind: 'batch-list'; subAccount?: string }
  | { kind: 'batch-status'; taskId: string; subAccount?: string }
  | { kind: 'batch-launch'; taskId: string; subAccount?: string }
  | { kind: 'batch-cancel'; taskId: string; subAccount?: string }
  | {
      kind: 'batch-create';
      templateId: string;
      signature?: string;
      subAccount?: string;
      /** The task's name; default: the file's name. */
      name?: string;
      /** A Slack file id (`F…`), from `file=` or a file link; default: your newest CSV in the channel. */
      fileId?: string;
    };

export const BATCH_USAGE =
  '/sms batch create template=<id> [signature=<s>] [group=<sub-account>] [name=<task name>] [file=<file link or F… id>] · ' +
  '/sms batch list [group=<sub-account>] · /sms batch status|launch|cancel <task-id> [group=<sub-account>]';

function refuse(field: string, message: string): never {
  throw new SmsInputError(`${field}: ${message}`, [{ field, message }], { hint: `Usage: ${BATCH_USAGE}` });
}

/** A file id as typed (`F0123ABC`) or inside a Slack file link (`https://…/files/U…/F0123ABC/people.csv`). */
export function slackFileIdOf(value: string): string | undefined {
  if (/^F[A-Z0-9]{6,}$/.test(value)) return value;
  const link = /\/files\/[UW][A-Z0-9]+\/(F[A-Z0-9]{6,})(?:\/|$)/.exec(value);
  return link?.[1];
}

const CREATE_KEYS = {
  template: 'templateId',
  signature: 'signature',
  group: 'subAccount',
  name: 'name',
} as const;

export function parseBatch(tokens: readonly string[]): BatchCommand {
  const [action, ...rest] = tokens;
  const options: Record<string, string> = {};
  const { options: given, positional } = splitOptions(rest);
  for (const [key, value] of given) {
    if (value === '') refuse(key, 'has no value; write it as name=value (quote values with spaces)');
    options[key.toLowerCase()] = value;
  }
  const group = options.group === undefined ? {} : { subAccount: options.group };
  const only = (allowed: readonly string[]) => {
    const extra = Object.keys(options).find((key) => !allowed.includes(key));
    if (extra !== undefined) refuse(extra, `is not an option of batch ${action}; use ${allowed.join(', ')}`);
  };
  switch (action?.toLowerCase()) {
    case 'list':
    case undefined:
      only(['group']);
      if (positional.length > 0) refuse('batch list', `takes no task id (${positional.join(' ')})`);
      return { kind: 'batch-list', ...group };
    case 'status':
    case 'launch':
    case 'cancel': {
      only(['group']);
      const [taskId, ...more] = positional;
      if (taskId === undefined || more.length > 0 || !/^\d{1,20}$/.test(taskId)) {
        refuse('task', `give one task id (digits), e.g. /sms batch ${action.toLowerCase()} 90001`);
      }
      return { kind: `batch-${action.toLowerCase() as 'status' | 'launch' | 'cancel'}`, taskId, ...group };
    }
    case 'create':
      return parseCreate(options, positional);
    default:
      return refuse('batch', `"${action}" is not a batch action; use create, list, status, launch or cancel`);
  }
}

function parseCreate(options: Record<string, string>, positional: readonly string[]): BatchCommand {
  const fileText = options.file ?? (positional.length === 1 ? positional[0] : undefined);
  if (positional.length > (options.file === undefined ? 1 : 0)) {
    refuse('batch create', `unexpected "${positional.join(' ')}"; the file goes in file=<file link>`);
  }
  const fileId = fileText === undefined ? undefined : slackFileIdOf(fileText);
  if (fileText !== undefined && fileId === undefined) {
    refuse('file', 'give the link of a CSV file shared in this channel (⋮ → Copy link) or its id F…');
  }
  const command: Extract<BatchCommand, { kind: 'batch-create' }> = {
    kind: 'batch-create',
    templateId: '',
    ...(fileId === undefined ? {} : { fileId }),
  };
  for (const [key, value] of Object.entries(options)) {
    if (key === 'file') continue;
    const field = CREATE_KEYS[key as keyof typeof CREATE_KEYS];
    if (field === undefined)
      refuse(key, 'is not an option of batch create; use template, signature, group, name, file');
    command[field] = value;
  }
  if (command.templateId === '') refuse('template', 'is required (template=<id>, see /sms templates)');
  return command;
}
