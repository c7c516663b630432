import {
  SmsInputError,
  formatErrorLine,
  isSmsError,
  maskPhone,
  maskPhonesInText,
  normalizePhone,
  parseWindow,
  type SmsClient,
} from '../core/index.ts';
import type { AccessConfig, LimitedCommand } from './access-config.ts';
import { limitsOf } from './access-config.ts';
import type { AccessPolicy } from './access-policy.ts';
import { auditDetail, displayedLookup } from './audit-detail.ts';
import type { SlackMessage } from './blocks.ts';
import { notice } from './blocks.ts';
import { errorMessage } from './error-message.ts';
import type { SmsCommand, StatsFilters } from './command-parser.ts';
import { parseSmsCommand } from './command-parser.ts';
import {
  auditMessage,
  formatDateTime,
  groupsMessage,
  helpMessage,
  schedulesMessage,
  sendLogMessage,
  signaturesMessage,
  statsMessage,
  templatesMessage,
} from './report-messages.ts';
import { confirmationMessage } from './send-messages.ts';
import { prepareSend } from './send-planner.ts';
import type { SmsCatalog } from './sms-catalog.ts';
import { nextSlot, slotGap } from './stats-scheduler.ts';
import { resolveWindow } from './stats-window.ts';
import type { SlackStore } from './store.ts';
import { newId, type Schedule } from './store-tables.ts';
import type { Tuning } from './tuning.ts';

/**
 * What `/sms` does, independent of Bolt: parse → permission → hourly limit → run → audit. Every path ends in
 * a message for the user; nothing here throws to the caller.
 */

export interface CommandServiceDeps {
  sms: SmsClient;
  store: SlackStore;
  catalog: SmsCatalog;
  policy: AccessPolicy;
  access: AccessConfig | undefined;
  timezone: string;
  tuning: Tuning;
  now: () => number;
  log: (line: string) => void;
}

export interface Invocation {
  userId: string;
  channelId: string;
  text: string;
}

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
};

/** Commands that change something; Slack's retried deliveries of these are dropped. */
export const NON_IDEMPOTENT: ReadonlySet<SmsCommand['kind']> = new Set([
  'send',
  'schedule-add',
  'schedule-remove',
]);

export class CommandService {
  readonly #deps: CommandServiceDeps;
  readonly #limits: Record<LimitedCommand, number>;

  constructor(deps: CommandServiceDeps) {
    this.#deps = deps;
    this.#limits = limitsOf(deps.access);
  }

  /** Parses only; used to decide about retries before any work. Undefined when the text does not parse. */
  peekKind(text: string): SmsCommand['kind'] | undefined {
    try {
      return parseSmsCommand(text).kind;
    } catch {
      return undefined;
    }
  }

  async run(invocation: Invocation): Promise<SlackMessage> {
    let command: SmsCommand;
    try {
      command = parseSmsCommand(invocation.text);
    } catch (err) {
      return errorMessage(err);
    }
    const { userId, channelId } = invocation;
    const decision = await this.#deps.policy.decide(command.kind, userId, channelId);
    if (!decision.allowed) {
      if (command.kind !== 'help') await this.#audit(invocation, command, `refused: ${decision.reason}`);
      return notice(`:no_entry: ${decision.reason}`);
    }
    if (command.kind === 'help') return helpMessage(decision.role);

    const group = LIMIT_GROUP[command.kind];
    if (group !== undefined) {
      const limit = this.#limits[group];
      const usage = await this.#deps.store.takeUsage(userId, group, limit, this.#deps.now());
      if (!usage.allowed) {
        const minutes = Math.max(1, Math.ceil(((usage.retryAt ?? 0) - this.#deps.now()) / 60_000));
        const reason =
          limit === 0
            ? `\`/sms ${group}\` is disabled by the app's limits.`
            : `You have used \`/sms ${group}\` ${limit} times in the last hour, the limit. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
        await this.#audit(invocation, command, `rate-limited (${limit}/h)`);
        return notice(`:hourglass: ${reason}`);
      }
    }

    try {
      return await this.#execute(command, invocation);
    } catch (err) {
      await this.#audit(invocation, command, `error: ${describeForAudit(err)}`);
      if (!isSmsError(err))
        this.#deps.log(
          `error: /sms ${command.kind} failed: ${maskPhonesInText(String((err as Error)?.stack ?? err))}`,
        );
      return errorMessage(err);
    }
  }

  async #execute(command: SmsCommand, invocation: Invocation): Promise<SlackMessage> {
    const { sms, store, catalog, timezone, now } = this.#deps;
    switch (command.kind) {
      case 'help':
        return helpMessage(undefined);
      case 'send':
        return this.#prepareSend(command, invocation);
      case 'stats': {
        const { startTime, endTime } = resolveWindow(command.window, now(), timezone);
        const { result } = await sms.getSendStats({ startTime, endTime, ...command.filters });
        await this.#audit(invocation, command, 'ok');
        return statsMessage({ stats: result, startTime, endTime, timezone, filters: command.filters });
      }
      case 'log': {
        const message = await this.#sendLog(command.query);
        await this.#audit(invocation, command, 'ok');
        return message;
      }
      case 'templates': {
        const message = templatesMessage(await catalog.templates());
        await this.#audit(invocation, command, 'ok');
        return message;
      }
      case 'signatures': {
        const message = signaturesMessage(await catalog.signatures());
        await this.#audit(invocation, command, 'ok');
        return message;
      }
      case 'groups': {
        const message = groupsMessage(await catalog.subAccounts());
        await this.#audit(invocation, command, 'ok');
        return message;
      }
      case 'schedule-list':
        await this.#audit(invocation, command, 'ok');
        return schedulesMessage(await store.listSchedules());
      case 'schedule-add': {
        const at = now();
        const gap = slotGap(command.timing.cron, timezone, at);
        if (gap < this.#deps.tuning.minSlotMs) {
          const message = `"${command.timing.cron}" fires every ${Math.round(gap / 1000)} s; reports can be at most once a minute`;
          throw new SmsInputError(`cron: ${message}`, [{ field: 'cron', message }]);
        }
        const schedule: Schedule = {
          id: newId('sch'),
          createdAt: at,
          createdBy: invocation.userId,
          channelId: command.channelId,
          cron: command.timing.cron,
          label:
            command.timing.kind === 'daily' ? `daily ${command.timing.time}` : `cron ${command.timing.cron}`,
          timezone,
          window: command.window,
          filters: { ...command.filters },
          nextRunAt: nextSlot(command.timing.cron, timezone, at),
        };
        await store.addSchedule(schedule);
        await this.#audit(invocation, command, `added ${schedule.id}`);
        return notice(
          `:calendar: Scheduled ${schedule.id}: ${schedule.label} (${timezone}) → <#${schedule.channelId}>, stats for the last ${schedule.window}. ` +
            `First report: ${formatDateTime(Math.floor(schedule.nextRunAt / 1000), timezone)}. The bot must be able to post there (public channels work with chat:write.public; invite it to private ones).`,
        );
      }
      case 'schedule-remove': {
        const removed = await store.removeSchedule(command.id);
        await this.#audit(invocation, command, removed ? `removed ${command.id}` : 'not found');
        return notice(
          removed
            ? `Removed schedule ${command.id}.`
            : `No schedule ${command.id}; see \`/sms schedule list\`.`,
        );
      }
      case 'audit':
        await this.#audit(invocation, command, 'ok');
        return auditMessage(await store.recentAudit(command.limit), timezone);
    }
  }

  async #prepareSend(
    command: Extract<SmsCommand, { kind: 'send' }>,
    invocation: Invocation,
  ): Promise<SlackMessage> {
    const { tuning, now, store } = this.#deps;
    const prepared = await prepareSend(command, {
      catalog: this.#deps.catalog,
      sms: this.#deps.sms,
      recipientGroups: this.#deps.access?.recipientGroups ?? {},
    });
    const at = now();
    // Confirmations nobody pressed take their numbers with them when they expire.
    await store.purgeExpiredPendingSends(at);
    const pendingId = newId('snd');
    await store.createPendingSend({
      id: pendingId,
      createdAt: at,
      expiresAt: at + tuning.pendingTtlMs,
      userId: invocation.userId,
      channelId: invocation.channelId,
      ...prepared,
    });
    await this.#audit(invocation, command, `awaiting confirmation (${pendingId})`, {
      recipients: [...prepared.groups, ...prepared.masked],
      templateId: prepared.templateId,
    });
    return confirmationMessage({
      pendingId,
      masked: prepared.masked,
      groups: prepared.groups,
      templateId: prepared.templateId,
      signature: prepared.signature,
      subAccount: prepared.subAccount,
      rendered: prepared.rendered,
      confirmAbove: tuning.confirmAbove,
      expiresInMinutes: Math.round(tuning.pendingTtlMs / 60_000),
    });
  }

  async #sendLog(query: string): Promise<SlackMessage> {
    const nowSeconds = Math.floor(this.#deps.now() / 1000);
    // The send log keeps 30 days; asking for exactly that keeps both lookups inside what the API allows.
    const window = { fromTime: nowSeconds - 30 * 86_400, toTime: nowSeconds, page: 1, pageSize: 20 };
    if (query.includes('*')) {
      const message = 'a masked number cannot be looked up; give the full number or the message id';
      throw new SmsInputError(`log: ${message}`, [{ field: 'log', message }]);
    }
    const phone = /^[+\d][\d\s-]{6,}$/.test(query) ? normalizePhone(query) : undefined;
    if (phone !== undefined && !phone.ok) {
      throw new SmsInputError(`log: ${maskPhone(query)} is not a phone number: ${phone.reason}`, [
        { field: 'log', message: `${maskPhone(query)} is not a phone number: ${phone.reason}` },
      ]);
    }
    const { result } = await this.#deps.sms.listSendLogs(
      phone?.ok ? { ...window, mobile: phone.mobile } : { ...window, messageId: query },
    );
    return sendLogMessage(
      phone?.ok ? maskPhone(phone.mobile) : displayedLookup(query),
      result.List,
      this.#deps.timezone,
    );
  }

  /** The report a schedule posts: stats for its window ending at the slot time. */
  async scheduledReport(schedule: Schedule, slotAt: number): Promise<SlackMessage> {
    const { startTime, endTime } = parseWindow(schedule.window, { now: slotAt });
    const filters = schedule.filters as StatsFilters;
    const { result } = await this.#deps.sms.getSendStats({ startTime, endTime, ...filters });
    return statsMessage({
      stats: result,
      startTime,
      endTime,
      timezone: schedule.timezone,
      filters,
      title: `SMS stats, last ${schedule.window}`,
    });
  }

  async #audit(
    invocation: Invocation,
    command: SmsCommand,
    outcome: string,
    extra: { recipients?: string[]; templateId?: string; messageIds?: string[] } = {},
  ): Promise<void> {
    const detail = auditDetail(command, this.#deps.access?.recipientGroups ?? {});
    const masked = maskPhonesInText(outcome);
    this.#deps.log(`info: /sms ${detail} by ${invocation.userId} in ${invocation.channelId}: ${masked}`);
    try {
      await this.#deps.store.addAudit({
        at: this.#deps.now(),
        userId: invocation.userId,
        channelId: invocation.channelId,
        command: command.kind,
        detail,
        outcome: masked,
        ...extra,
      });
    } catch (err) {
      // The audit log must not turn a finished command into an error for the user; the log line is the trail.
      this.#deps.log(`error: could not write the audit log: ${(err as Error).message}`);
    }
  }
}

function describeForAudit(err: unknown): string {
  return maskPhonesInText(formatErrorLine(err)).slice(0, 300);
}
