import { setTimeout as delay } from 'node:timers/promises';
import { LogLevel, type Logger, type RespondFn } from '@slack/bolt';
import type { SlackMessage } from './blocks.ts';
import type { Reply } from './follow-up.ts';

/** The app's small adapters to Bolt and Slack: answering, logging, sleeping. */

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, signal === undefined ? undefined : { signal }).catch(() => undefined);
}

export async function safeRespond(
  respond: RespondFn,
  message: SlackMessage,
  options: { replace: boolean },
  log: (line: string) => void,
): Promise<void> {
  try {
    await respond({
      response_type: 'ephemeral',
      replace_original: options.replace,
      text: message.text,
      ...(message.blocks === undefined ? {} : { blocks: message.blocks }),
    });
  } catch (err) {
    // An expired response_url (30 min / 5 uses) is not worth crashing over; the audit log has the outcome.
    log(`warn: could not answer through response_url: ${(err as Error).message}`);
  }
}

/**
 * Answers through a response URL stored with a send, for a follow-up this replica took over from another
 * (it has no Bolt `respond` for that click). Failures are logged, as with safeRespond.
 */
export function replyThroughUrl(responseUrl: string | undefined, log: (line: string) => void): Reply {
  return async (message, options) => {
    if (responseUrl === undefined) return;
    try {
      const res = await fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          response_type: 'ephemeral',
          replace_original: options.replace,
          text: message.text,
          ...(message.blocks === undefined ? {} : { blocks: message.blocks }),
        }),
        signal: AbortSignal.timeout(10_000),
      });
      await res.body?.cancel();
      if (!res.ok) log(`warn: could not answer through response_url: HTTP ${res.status}`);
    } catch (err) {
      log(`warn: could not answer through response_url: ${(err as Error).message}`);
    }
  };
}

/** Bolt's logs go through the app's log line (which redacts); debug noise stays out. */
export function boltLogger(log: (line: string) => void): Logger {
  let level: LogLevel = LogLevel.WARN;
  const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];
  const emit = (at: LogLevel, parts: unknown[]) => {
    if (order.indexOf(at) < order.indexOf(level)) return;
    log(`${at}: [bolt] ${parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ')}`);
  };
  return {
    debug: (...parts) => emit(LogLevel.DEBUG, parts),
    info: (...parts) => emit(LogLevel.INFO, parts),
    warn: (...parts) => emit(LogLevel.WARN, parts),
    error: (...parts) => emit(LogLevel.ERROR, parts),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
