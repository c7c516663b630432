import { isSmsError, maskPhonesInText, parseWindow, type SmsClient } from '../core/index.ts';
import type { AccessConfig, LimitedCommand } from './access-config.ts';
import { limitsOf } from './access-config.ts';
import type { AccessPolicy } from './access-policy.ts';
import { runBatchCommand, type SlackSide } from './batch-commands.ts';
import type { SlackMessage } from './blocks.ts';
import { notice } from './blocks.ts';
import { commandAudit, describeForAudit, type AuditCommand, type Invocation } from './command-audit.ts';
import { takeHourlyUse } from './command-limits.ts';
import { errorMessage } from './error-message.ts';
import type { SmsCommand, StatsFilters } from './command-parser.ts';
import { parseSmsCommand } from './command-parser.ts';
import {
  auditMessage,
  groupsMessage,
  helpMessage,
  schedulesMessage,
  signaturesMessage,
  statsMessage,
  templatesMessage,
} from './report-messages.ts';
import { addSchedule, removeSchedule } from './schedule-commands.ts';
import { confirmationMessage } from './send-messages.ts';
import { lookUpSendLog } from './send-log-lookup.ts';
import { createSendBatch, planSlackSend } from './send-engine.ts';
import { prepareSend } from './send-planner.ts';
import type { SmsCatalog } from './sms-catalog.ts';
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
  /** Files shared in channels, and posting there (batch tasks). */
  slack: SlackSide;
}

export type { Invocation } from './command-audit.ts';

/** Commands that change something; Slack's retried deliveries of these are dropped. */
export const NON_IDEMPOTENT: ReadonlySet<SmsCommand['kind']> = new Set([
  'send',
  'schedule-add',
  'schedule-remove',
  'batch-create',
  'batch-launch',
  'batch-cancel',
]);

export class CommandService {
  readonly #deps: CommandServiceDeps;
  readonly #limits: Record<LimitedCommand, number>;
  readonly #audit: AuditCommand;

  constructor(deps: CommandServiceDeps) {
    this.#deps = deps;
    this.#limits = limitsOf(deps.access);
    this.#audit = commandAudit(deps);
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

    const use = await takeHourlyUse(command.kind, userId, { ...this.#deps, limits: this.#limits });
    if (!use.allowed) {
      await this.#audit(invocation, command, `rate-limited (${use.limit}/h)`);
      return notice(`:hourglass: ${use.reason}`);
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
    // Each read is audited after it answered; the changes audit what they did.
    const answered = async (message: SlackMessage) => {
      await this.#audit(invocation, command, 'ok');
      return message;
    };
    switch (command.kind) {
      case 'help':
        return helpMessage(undefined);
      case 'send':
        return this.#prepareSend(command, invocation);
      case 'stats': {
        const { startTime, endTime } = resolveWindow(command.window, now(), timezone);
        const { result } = await sms.getSendStats({ startTime, endTime, ...command.filters });
        return answered(
          statsMessage({ stats: result, startTime, endTime, timezone, filters: command.filters }),
        );
      }
      case 'log':
        return answered(await lookUpSendLog(command.query, this.#deps));
      case 'templates':
        return answered(templatesMessage(await catalog.templates()));
      case 'signatures':
        return answered(signaturesMessage(await catalog.signatures()));
      case 'groups':
        return answered(groupsMessage(await catalog.subAccounts()));
      case 'schedule-list':
        return answered(schedulesMessage(await store.listSchedules()));
      case 'schedule-add': {
        const minSlotMs = this.#deps.tuning.minSlotMs;
        const { schedule, message } = await addSchedule(command, invocation.userId, {
          store,
          timezone,
          now,
          minSlotMs,
        });
        await this.#audit(invocation, command, `added ${schedule.id}`);
        return message;
      }
      case 'schedule-remove': {
        const { removed, message } = await removeSchedule(command.id, store);
        await this.#audit(invocation, command, removed ? `removed ${command.id}` : 'not found');
        return message;
      }
      case 'audit':
        return answered(auditMessage(await store.recentAudit(command.limit), timezone));
      case 'batch-create':
      case 'batch-list':
      case 'batch-status':
      case 'batch-launch':
      case 'batch-cancel':
        return runBatchCommand(command, invocation, { ...this.#deps, audit: this.#audit });
    }
  }

  async #prepareSend(
    command: Extract<SmsCommand, { kind: 'send' }>,
    invocation: Invocation,
  ): Promise<SlackMessage> {
    const { tuning, now, store } = this.#deps;
    const { send: prepared, template } = await prepareSend(command, {
      catalog: this.#deps.catalog,
      sms: this.#deps.sms,
      recipientGroups: this.#deps.access?.recipientGroups ?? {},
    });
    const plan = planSlackSend(prepared, template, tuning.batchThreshold);
    if (plan.engine === 'batch') {
      const deps = { ...this.#deps, audit: this.#audit };
      return createSendBatch({ send: prepared, template, plan }, command, invocation, deps);
    }
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
      engine: plan.reason,
      confirmAbove: tuning.confirmAbove,
      expiresInMinutes: Math.round(tuning.pendingTtlMs / 60_000),
    });
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
}
