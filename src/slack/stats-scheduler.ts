import { Cron } from 'croner';
import type { SlackStore } from './store.ts';
import type { Schedule } from './store-tables.ts';

/**
 * Posts scheduled stats reports. The schedules and their claimed slots live in the database, so a restart
 * keeps them and a slot is posted at most once, whichever replicas are up and even if one restarts in the
 * middle of posting: the slot is claimed (INSERT keyed by schedule + slot time) and the next run is stored
 * before anything is posted.
 */

export interface StatsSchedulerOptions {
  store: SlackStore;
  now: () => number;
  post: (schedule: Schedule, slotAt: number) => Promise<void>;
  /** How often the loop checks for due slots. */
  tickMs: number;
  /** A slot missed by more than this (the app was down) is skipped rather than posted late. */
  graceMs: number;
  log: (line: string) => void;
}

/** The first slot strictly after `after` (epoch ms) in the schedule's time zone. */
export function nextSlot(cron: string, timezone: string, after: number): number {
  const next = new Cron(cron, { timezone, paused: true }).nextRun(new Date(after));
  // Five-field expressions always have a next run; a null here would mean an impossible date like 30 Feb.
  if (next === null) throw new Error(`cron "${cron}" never runs`);
  return next.getTime();
}

/** Milliseconds between the first two slots after `after`: how often the schedule fires, at its closest. */
export function slotGap(cron: string, timezone: string, after: number): number {
  const first = nextSlot(cron, timezone, after);
  return nextSlot(cron, timezone, first) - first;
}

export class StatsScheduler {
  readonly #options: StatsSchedulerOptions;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;

  constructor(options: StatsSchedulerOptions) {
    this.#options = options;
  }

  start(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setInterval(() => {
      this.tick().catch((err: unknown) =>
        this.#options.log(`error: scheduler tick failed: ${(err as Error).message}`),
      );
    }, this.#options.tickMs);
    // The loop alone must not keep the process alive.
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running?.catch(() => undefined);
  }

  /** Handles every due slot once; returns how many reports were posted. Overlapping calls share one run. */
  tick(): Promise<number> {
    this.#running ??= this.#runDue().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #runDue(): Promise<number> {
    const { store, now, post, graceMs, log } = this.#options;
    let posted = 0;
    for (const schedule of await store.listSchedules()) {
      const at = now();
      if (schedule.nextRunAt > at) continue;
      const slotAt = schedule.nextRunAt;
      await store.setNextRun(schedule.id, nextSlot(schedule.cron, schedule.timezone, at));
      if (at - slotAt > graceMs) {
        log(
          `info: schedule ${schedule.id} missed its ${new Date(slotAt).toISOString()} slot while down; skipped`,
        );
        continue;
      }
      if (!(await store.claimScheduleSlot(schedule.id, slotAt, at))) continue;
      try {
        await post(schedule, slotAt);
        await store.finishScheduleSlot(schedule.id, slotAt, 'posted');
        posted += 1;
      } catch (err) {
        await store.finishScheduleSlot(schedule.id, slotAt, `failed: ${(err as Error).message}`);
        log(
          `error: schedule ${schedule.id} could not post to ${schedule.channelId}: ${(err as Error).message}`,
        );
      }
    }
    return posted;
  }
}
