import { SmsInputError } from '../core/index.ts';
import type { SlackMessage } from './blocks.ts';
import { notice } from './blocks.ts';
import type { SmsCommand } from './command-parser.ts';
import { formatDateTime } from './report-messages.ts';
import { nextSlot, slotGap } from './stats-scheduler.ts';
import type { SlackStore } from './store.ts';
import { newId, type Schedule } from './store-tables.ts';

/** `/sms schedule add` and `remove`: the changes to the scheduled reports (admins only, audited by the caller). */

export interface ScheduleCommandDeps {
  store: SlackStore;
  timezone: string;
  now: () => number;
  /** The shortest gap allowed between two slots. */
  minSlotMs: number;
}

export async function addSchedule(
  command: Extract<SmsCommand, { kind: 'schedule-add' }>,
  createdBy: string,
  deps: ScheduleCommandDeps,
): Promise<{ schedule: Schedule; message: SlackMessage }> {
  const { timezone } = deps;
  const at = deps.now();
  const gap = slotGap(command.timing.cron, timezone, at);
  if (gap < deps.minSlotMs) {
    const message = `"${command.timing.cron}" fires every ${Math.round(gap / 1000)} s; reports can be at most once a minute`;
    throw new SmsInputError(`cron: ${message}`, [{ field: 'cron', message }]);
  }
  const schedule: Schedule = {
    id: newId('sch'),
    createdAt: at,
    createdBy,
    channelId: command.channelId,
    cron: command.timing.cron,
    label: command.timing.kind === 'daily' ? `daily ${command.timing.time}` : `cron ${command.timing.cron}`,
    timezone,
    window: command.window,
    filters: { ...command.filters },
    nextRunAt: nextSlot(command.timing.cron, timezone, at),
  };
  await deps.store.addSchedule(schedule);
  const message = notice(
    `:calendar: Scheduled ${schedule.id}: ${schedule.label} (${timezone}) → <#${schedule.channelId}>, stats for the last ${schedule.window}. ` +
      `First report: ${formatDateTime(Math.floor(schedule.nextRunAt / 1000), timezone)}. The bot must be able to post there (public channels work with chat:write.public; invite it to private ones).`,
  );
  return { schedule, message };
}

export async function removeSchedule(
  id: string,
  store: SlackStore,
): Promise<{ removed: boolean; message: SlackMessage }> {
  const removed = await store.removeSchedule(id);
  return {
    removed,
    message: notice(removed ? `Removed schedule ${id}.` : `No schedule ${id}; see \`/sms schedule list\`.`),
  };
}
