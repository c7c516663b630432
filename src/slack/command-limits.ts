import type { LimitedCommand } from './access-config.ts';
import type { SmsCommand } from './command-parser.ts';
import type { SlackStore } from './store.ts';

/** Uses per user per hour: which limit a command counts against, and taking one use of it. */

const LIMIT_GROUP: Partial<Record<SmsCommand['kind'], LimitedCommand>> = {
  send: 'send',
  stats: 'stats',
  log: 'log',
  templates: 'templates',
  signatures: 'signatures',
  groups: 'groups',
  'schedule-add': 'schedule',
  'schedule-list': 'schedule',
  'schedule-remove': 'schedule',
  audit: 'audit',
  'batch-create': 'batch',
  'batch-list': 'batch',
  'batch-status': 'batch',
  'batch-launch': 'batch',
  'batch-cancel': 'batch',
};

export type UseDecision = { allowed: true } | { allowed: false; limit: number; reason: string };

/** Counts one use of `kind` for `userId`, unless that would go over its hourly limit. */
export async function takeHourlyUse(
  kind: SmsCommand['kind'],
  userId: string,
  deps: { store: SlackStore; limits: Readonly<Record<LimitedCommand, number>>; now: () => number },
): Promise<UseDecision> {
  const group = LIMIT_GROUP[kind];
  if (group === undefined) return { allowed: true };
  const limit = deps.limits[group];
  const usage = await deps.store.takeUsage(userId, group, limit, deps.now());
  if (usage.allowed) return { allowed: true };
  const minutes = Math.max(1, Math.ceil(((usage.retryAt ?? 0) - deps.now()) / 60_000));
  const reason =
    limit === 0
      ? `\`/sms ${group}\` is disabled by the app's limits.`
      : `You have used \`/sms ${group}\` ${limit} times in the last hour, the limit. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  return { allowed: false, limit, reason };
}
