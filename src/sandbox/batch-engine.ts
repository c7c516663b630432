import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import type { BatchTaskRow, BatchTaskTable } from './batch-tasks.ts';
import { planDelivery } from './delivery.ts';
import type { DeliveryRule } from './seed-schema.ts';
import { segmentCount } from './segments.ts';
import type { SandboxStore } from './store.ts';
import type { MessageRow } from './store-tables.ts';
import type { UploadArea } from './uploads.ts';

/**
 * Runs consented batch tasks (reference-v2 §2.9): 3 Consented (waiting for `sendTime` if scheduled, on the
 * sandbox clock) → 4 Preparing → 5 Sending → 6 Done. Each number becomes a send-log row with its receipt
 * (delivery.ts rules), so the send log and the stats count it. `ratePerSecond` numbers per second of real
 * time; 0 = as fast as it can, in transactions of ROWS_PER_TRANSACTION with the event loop free between
 * them. Progress (`sentCount`) is written with each transaction, so a restart on a file database resumes
 * where it stopped, and a cancel (DeleteBatchTask, 7) or kill (9) stops between two transactions.
 */

/**
 * 4,000 rows a transaction: the rows of one live across young-generation collections and are promoted, so
 * its size sets how far the old generation grows. bench/batch-engine.ts at 1,000,000 numbers: 10,000 →
 * peak RSS 272–300 MB, 4,000 → 258 MB at the same CPU per number, 1,000 → 226 MB but 25% more CPU.
 */
const ROWS_PER_TRANSACTION = 4_000;
/** How often a scheduled task looks at the (possibly injected) clock while it waits. */
const SCHEDULE_POLL_MS = 100;

export interface BatchEngineParts {
  store: SandboxStore;
  tasks: BatchTaskTable;
  uploads: UploadArea;
  now: () => number;
  ratePerSecond: number;
  receiptDelayMs: number;
  deliveryRules: readonly DeliveryRule[];
  log?: ((line: string) => void) | undefined;
}

/** A template's content cut at its placeholders once, so a million texts are joins, not regex replaces. */
function compileTemplate(content: string, variables: readonly string[]): (cells: string[]) => string {
  const pieces = content.split(/\$\{([^}]+)\}/);
  const slots = pieces.map((piece, i) => (i % 2 === 1 ? variables.indexOf(piece.trim()) + 1 : -1));
  return (cells) => {
    let text = '';
    for (let i = 0; i < pieces.length; i++)
      text += i % 2 === 0 ? pieces[i] : (cells[slots[i] as number] ?? '');
    return text;
  };
}

export class BatchEngine {
  readonly #parts: BatchEngineParts;
  readonly #runs = new Map<string, { abort: AbortController; done: Promise<void> }>();

  constructor(parts: BatchEngineParts) {
    this.#parts = parts;
  }

  /** Starts a task that was just consented (status 3). */
  start(taskId: string): void {
    if (this.#runs.has(taskId)) return;
    const abort = new AbortController();
    const done = this.#run(taskId, abort.signal).finally(() => this.#runs.delete(taskId));
    this.#runs.set(taskId, { abort, done });
  }

  /**
   * Gives a task its final status (7 Canceled, 8 Failed, 9 Killed) and stops its run: the run is waiting
   * between two transactions (this is single-threaded), and an aborted run writes nothing more.
   */
  stop(taskId: string, status: 7 | 8 | 9): void {
    this.#runs.get(taskId)?.abort.abort();
    this.#parts.tasks.setStatus(taskId, status, this.#parts.now());
    void rm(this.#parts.uploads.taskFile(taskId), { force: true });
  }

  /** Picks up the tasks a previous run left in 3–5. */
  resume(): void {
    for (const taskId of this.#parts.tasks.inFlight()) this.start(taskId);
  }

  /** Stops every run at once (reset); the aborted runs write nothing more. */
  abortAll(): void {
    for (const run of this.#runs.values()) run.abort.abort();
  }

  /** Stops every run (the tasks keep their status, to be resumed on the next start). */
  async close(): Promise<void> {
    const runs = [...this.#runs.values()];
    this.abortAll();
    await Promise.all(runs.map((run) => run.done));
  }

  async #run(taskId: string, signal: AbortSignal): Promise<void> {
    const { tasks, now } = this.#parts;
    try {
      const task = tasks.find(taskId);
      if (!task) return;
      while (task.scheduled && now() < task.sendTime * 1000)
        await sleep(SCHEDULE_POLL_MS, undefined, { signal });
      if (task.status < 4) tasks.setStatus(taskId, 4, now());
      await nextTurn(undefined, { signal });
      if (task.status < 5) tasks.setStatus(taskId, 5, now());
      await this.#send(task, signal);
      tasks.setStatus(taskId, 6, now());
      await rm(this.#parts.uploads.taskFile(taskId), { force: true });
    } catch (error) {
      if (signal.aborted) return;
      this.#parts.log?.(`sandbox batch task ${taskId} failed: ${(error as Error).message}`);
      tasks.setStatus(taskId, 8, now());
    }
  }

  async #send(task: BatchTaskRow, signal: AbortSignal): Promise<void> {
    const { store, tasks, now, ratePerSecond, receiptDelayMs, deliveryRules } = this.#parts;
    const template = store.findTemplate(task.templateId);
    if (!template) throw new Error(`template ${task.templateId} was removed before the task was sent`);
    const variables = [...template.content.matchAll(/\$\{([^}]+)\}/g)].map((m) => (m[1] as string).trim());
    const render = compileTemplate(template.content, [...new Set(variables)]);
    const prefix = `【${task.signature}】`;
    const requestId = `batch-${task.taskId}`;
    const lines = createInterface({
      input: createReadStream(this.#parts.uploads.taskFile(task.taskId), { highWaterMark: 1 << 20 }),
      crlfDelay: Infinity,
    });
    const started = performance.now();
    let sent = task.sentCount;
    let sentThisRun = 0;
    let skip = task.sentCount;
    let chunk: MessageRow[] = [];
    const flush = async () => {
      if (chunk.length === 0) return;
      const rows = chunk;
      chunk = [];
      sent += rows.length;
      sentThisRun += rows.length;
      const progress = sent;
      store.messages.insert(rows, () => tasks.setSent(task.taskId, progress));
      if (ratePerSecond === 0) return void (await nextTurn(undefined, { signal }));
      // Paced: wait until the rate allows the next row.
      const dueMs = (sentThisRun / ratePerSecond) * 1000 - (performance.now() - started);
      await (dueMs > 0 ? sleep(dueMs, undefined, { signal }) : nextTurn(undefined, { signal }));
    };
    const perTransaction =
      ratePerSecond === 0
        ? ROWS_PER_TRANSACTION
        : Math.max(1, Math.min(ROWS_PER_TRANSACTION, Math.ceil(ratePerSecond / 10)));
    try {
      for await (const line of lines) {
        if (signal.aborted) throw signal.reason;
        if (line === '') continue;
        if (skip > 0) {
          skip -= 1;
          continue;
        }
        const cells = JSON.parse(line) as string[];
        const mobile = cells[0] as string;
        const content = render(cells);
        const sendTimeMs = now();
        chunk.push({
          messageId: randomUUID(),
          api: 'batch',
          requestId,
          subAccount: task.subAccount,
          signature: task.signature,
          templateId: task.templateId,
          channelType: task.channelType,
          mobile,
          content,
          segments: segmentCount(prefix + content),
          sendTimeMs,
          ...planDelivery(mobile, deliveryRules, sendTimeMs, receiptDelayMs),
        });
        if (chunk.length >= perTransaction) await flush();
      }
      await flush();
    } finally {
      lines.close();
    }
  }
}
