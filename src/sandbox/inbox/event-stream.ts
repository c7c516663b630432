import type { ServerResponse } from 'node:http';
import { toReceivedMessage } from '../received-message.ts';
import type { SandboxClock } from '../sandbox-admin.ts';
import type { SandboxStore } from '../store.ts';

/**
 * The inbox's server-sent events (`GET /_sandbox/events`): new messages, receipts and changes of the
 * polled admin views (faults, and whatever `watch` adds) reach every open page within one tick.
 *
 * Nothing in the send path knows about the stream. While at least one page listens, one timer per
 * sandbox reads what arrived after a cursor (the log's `seq`) and which receipts came due since the last
 * tick (receipts are derived from the clock, so an injected or advanced clock shows up here too), and
 * writes the same events to every client. Memory stays flat at any send rate: a tick reads at most
 * `maxPerTick` rows, and a page that falls behind (more than that in one tick, a reset, a client with
 * over 1 MiB waiting in its socket) is told `resync` and reloads its views instead of being sent a
 * growing backlog.
 */

export interface StreamOptions {
  /** @default 200 */
  intervalMs?: number | undefined;
  /** @default 2000 */
  maxPerTick?: number | undefined;
}

/** A view the stream re-reads each tick and announces, as a whole, when it changed. */
export interface WatchedView {
  event: string;
  read(): unknown;
  /** Changes whenever the view did, even when it is back to what it was at the last look. */
  version?(): number;
}

function viewKey(view: WatchedView, value: unknown): string {
  return `${view.version ? view.version() : ''}:${JSON.stringify(value)}`;
}

interface Client {
  response: ServerResponse;
  /** More than MAX_BUFFERED_BYTES wait for its socket: nothing is written until it drains, then `resync`. */
  behind: boolean;
}

const HEARTBEAT_TICKS = 75;
// A tick at 1,000 sends/s is ~70 kB of frames; a page this far behind is not reading, and gets a resync
// once it drains rather than a backlog that grows for as long as it stalls.
const MAX_BUFFERED_BYTES = 1 << 20;

export class InboxEvents {
  readonly #store: SandboxStore;
  readonly #clock: SandboxClock;
  readonly #views: WatchedView[];
  readonly #intervalMs: number;
  readonly #maxPerTick: number;
  readonly #clients = new Set<Client>();
  #timer: NodeJS.Timeout | undefined;
  #ticks = 0;
  #cursor = { seq: 0, messageId: undefined as string | undefined, receiptsAtMs: 0 };
  readonly #lastViews = new Map<string, string>();

  constructor(store: SandboxStore, clock: SandboxClock, views: WatchedView[], options: StreamOptions = {}) {
    this.#store = store;
    this.#clock = clock;
    this.#views = views;
    this.#intervalMs = options.intervalMs ?? 200;
    this.#maxPerTick = options.maxPerTick ?? 2000;
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  subscribe(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    if (this.#clients.size === 0) this.#start();
    const client: Client = { response, behind: false };
    this.#clients.add(client);
    response.on('close', () => {
      this.#clients.delete(client);
      if (this.#clients.size === 0) this.#stop();
    });
    // `hello` marks the point after which every change arrives as an event: the page loads its views
    // when it gets it, and applies later events on top (they are keyed, so an overlap is harmless).
    response.write(`retry: 1000\n\n${frame('hello', { now: this.#clock.now() })}`);
  }

  /** Ends every stream (the sandbox is closing). */
  close(): void {
    this.#stop();
    for (const client of this.#clients) client.response.end();
    this.#clients.clear();
  }

  #start(): void {
    this.#resetCursor();
    this.#lastViews.clear();
    for (const view of this.#views) this.#lastViews.set(view.event, viewKey(view, view.read()));
    this.#timer = setInterval(() => this.#tick(), this.#intervalMs);
    this.#timer.unref();
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #resetCursor(): void {
    const seq = this.#store.inbox.lastSeq();
    this.#cursor = { seq, messageId: this.#store.inbox.idAt(seq), receiptsAtMs: this.#clock.now() };
  }

  #tick(): void {
    const frames = this.#changes();
    this.#ticks += 1;
    if (this.#ticks % HEARTBEAT_TICKS === 0) frames.push(': keep-alive\n\n');
    if (frames.length === 0) return;
    const chunk = frames.join('');
    for (const client of this.#clients) this.#write(client, chunk);
  }

  #write(client: Client, chunk: string): void {
    if (client.behind) return;
    if (client.response.writableLength < MAX_BUFFERED_BYTES) {
      client.response.write(chunk);
      return;
    }
    client.behind = true;
    client.response.once('drain', () => {
      client.behind = false;
      client.response.write(frame('resync', { reason: 'the page fell behind' }));
    });
  }

  /** The frames of one tick: at most `maxPerTick` messages and receipts, or `resync`. */
  #changes(): string[] {
    const inbox = this.#store.inbox;
    const now = this.#clock.now();
    const cursor = this.#cursor;
    const frames: string[] = [];
    if (cursor.seq > 0 && inbox.idAt(cursor.seq) !== cursor.messageId) {
      this.#resetCursor();
      return [frame('resync', { reason: 'the sandbox was reset' })];
    }
    const arrived = inbox.after(cursor.seq, this.#maxPerTick + 1);
    const last = arrived.at(-1);
    if (arrived.length > this.#maxPerTick) {
      this.#resetCursor();
      return [frame('resync', { reason: `more than ${this.#maxPerTick} messages in one tick` })];
    }
    if (last) {
      frames.push(
        frame(
          'messages',
          arrived.map((row) => toReceivedMessage(row, now)),
        ),
      );
      cursor.seq = last.seq;
      cursor.messageId = last.messageId;
    }
    if (now < cursor.receiptsAtMs) {
      cursor.receiptsAtMs = now;
      frames.push(frame('resync', { reason: 'the clock moved back' }));
    } else if (now > cursor.receiptsAtMs) {
      const due = inbox.receiptsDue(cursor.receiptsAtMs, now, this.#maxPerTick + 1);
      cursor.receiptsAtMs = now;
      if (due.length > this.#maxPerTick) {
        frames.push(frame('resync', { reason: `more than ${this.#maxPerTick} receipts in one tick` }));
      } else if (due.length > 0) {
        frames.push(
          frame(
            'receipts',
            due.map((row) => toReceivedMessage(row, now)),
          ),
        );
      }
    }
    for (const view of this.#views) {
      const value = view.read();
      const text = viewKey(view, value);
      if (this.#lastViews.get(view.event) === text) continue;
      this.#lastViews.set(view.event, text);
      frames.push(frame(view.event, value));
    }
    return frames;
  }
}

/** One SSE frame; JSON.stringify never emits a raw newline, so `data:` stays one line. */
function frame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
