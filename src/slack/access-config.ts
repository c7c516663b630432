import { readFileSync } from 'node:fs';
import { isNode, parseDocument, visit } from 'yaml';
import { z } from 'zod';
import { SmsConfigError, maskPhone, normalizePhone } from '../core/index.ts';

/**
 * The permissions and recipient-groups file named by SMS_SLACK_CONFIG (JSON). Slack ids only, never names:
 * names can be renamed by anyone, ids cannot (users `U…`/`W…`, user groups `S…`, channels `C…`/`G…`/`D…`).
 */

const userOrGroupId = z
  .string()
  .regex(/^[UWS][A-Z0-9]{2,}$/, 'must be a Slack user id (U…/W…) or user-group id (S…)');
const channelId = z.string().regex(/^[CGD][A-Z0-9]{2,}$/, 'must be a Slack channel id (C…/G…/D…)');
const recipientGroupName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'names are lowercase letters, digits, "-" or "_" (e.g. "oncall")');

/** Commands that have their own hourly limit; anything not listed uses `default`. */
const LIMITED_COMMANDS = [
  'send',
  'stats',
  'log',
  'templates',
  'signatures',
  'groups',
  'schedule',
  'audit',
  'batch',
] as const;
export type LimitedCommand = (typeof LIMITED_COMMANDS)[number];

const DEFAULT_LIMITS_PER_HOUR: Readonly<Record<LimitedCommand, number>> = {
  // Sends cost money and reach people; reads are cheap but still hit the SMS API's 5 QPS budget.
  send: 10,
  stats: 60,
  log: 60,
  templates: 60,
  signatures: 60,
  groups: 60,
  schedule: 30,
  audit: 60,
  // create, list, status, launch and cancel together; each task can reach a million numbers.
  batch: 30,
};

const perHour = z.number().int().min(0, 'use 0 to forbid a command, or a positive count per hour');

export const AccessConfigSchema = z.strictObject({
  senders: z.array(userOrGroupId).default([]),
  readers: z.array(userOrGroupId).default([]),
  admins: z.array(userOrGroupId).default([]),
  /** Channels where `send` is allowed; empty means any channel. */
  channels: z.array(channelId).default([]),
  recipientGroups: z
    .record(
      recipientGroupName,
      z
        .array(
          z.string().superRefine((number, ctx) => {
            const normalized = normalizePhone(number);
            // Masked even here: this message is printed at start-up, into process logs.
            if (!normalized.ok) {
              ctx.addIssue({
                code: 'custom',
                message: `${maskPhone(number)} is not a phone number: ${normalized.reason}`,
              });
            }
          }),
        )
        .min(1, 'list at least one number'),
    )
    .default({}),
  /** IANA time zone for schedules and report labels. */
  timezone: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone such as "Asia/Shanghai"')
    .optional(),
  limits: z
    .strictObject({
      send: perHour.optional(),
      stats: perHour.optional(),
      log: perHour.optional(),
      templates: perHour.optional(),
      signatures: perHour.optional(),
      groups: perHour.optional(),
      schedule: perHour.optional(),
      audit: perHour.optional(),
      batch: perHour.optional(),
      /** Ask once more (Block Kit confirm dialog) when a send has more recipients than this. */
      confirmAbove: z.number().int().min(0).optional(),
      /** Above this many recipients `/sms send` goes through a batch task (default 10,000). */
      batchThreshold: z.number().int().min(1).optional(),
    })
    .optional(),
  /** SQLite file for the audit log, pending sends and schedules. */
  auditDb: z.string().min(1).optional(),
});

export type AccessConfig = z.output<typeof AccessConfigSchema>;

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Hourly limits with the defaults filled in. */
export function limitsOf(config: AccessConfig | undefined): Record<LimitedCommand, number> {
  const out = { ...DEFAULT_LIMITS_PER_HOUR };
  const given: Partial<Record<LimitedCommand, number | undefined>> = config?.limits ?? {};
  for (const command of LIMITED_COMMANDS) {
    const value = given[command];
    if (value !== undefined) out[command] = value;
  }
  return out;
}

/**
 * A `.yaml`/`.yml` file's data. Numbers under `recipientGroups` keep their text as written: YAML reads a
 * plain `+6598620548` as the integer 6598620548 (no `+`) and `0086…` without its zeros.
 */
function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) {
    throw new SmsConfigError(`SMS_SLACK_CONFIG ${file} is not valid YAML: ${error.message}`, {
      hint: 'Fix the YAML syntax; see docs/slack.md for the shape (senders, readers, admins, channels, …).',
    });
  }
  const groups = doc.get('recipientGroups', true);
  if (isNode(groups)) {
    visit(groups, {
      Scalar(_key, node) {
        if (typeof node.value === 'number' && node.source !== undefined) node.value = node.source;
      },
    });
  }
  return doc.toJS();
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SmsConfigError(`SMS_SLACK_CONFIG ${file} is not valid JSON: ${(err as Error).message}`, {
      hint: 'Fix the JSON syntax; see docs/slack.md for the shape ({"senders": [...], "readers": [...], ...}).',
    });
  }
}

/**
 * Parses the file's text: YAML for a `.yaml`/`.yml` file, else JSON. Throws SmsConfigError naming the file
 * and the field (`limits.send`, `recipientGroups.oncall[0]`), never a zod stack.
 */
export function parseAccessConfig(text: string, file: string): AccessConfig {
  const data = /\.ya?ml$/i.test(file) ? parseYaml(text, file) : parseJson(text, file);
  const parsed = AccessConfigSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
    throw new SmsConfigError(`SMS_SLACK_CONFIG ${file} is invalid: ${problems.join('; ')}`, {
      hint: 'Fix the named field; see docs/slack.md for the documented shape.',
    });
  }
  return parsed.data;
}

export function loadAccessConfig(file: string): AccessConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SmsConfigError(
      `Cannot read SMS_SLACK_CONFIG ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
      {
        hint: 'Point SMS_SLACK_CONFIG at an existing JSON or YAML file, or unset it to start with every command but help refused.',
      },
    );
  }
  return parseAccessConfig(text, file);
}

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
