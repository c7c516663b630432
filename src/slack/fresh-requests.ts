import { HTTPReceiver, type HTTPReceiverOptions } from '@slack/bolt';

// Bolt refuses a request signed more than five minutes ago but accepts one signed any time in the future,
// so a request captured with a future timestamp (a skewed clock, or a forged header on a replay) would stay
// valid until that time. Slack never sends one: refuse both directions the same way.
const MAX_SKEW_SECONDS = 5 * 60;

/** True when the `X-Slack-Request-Timestamp` header is more than five minutes ahead of `nowMs`. */
export function isFromTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && seconds > Math.floor(nowMs / 1000) + MAX_SKEW_SECONDS;
}

/**
 * Bolt's HTTP receiver, answering 401 (as Bolt does for a stale one) to a request timestamped more than
 * five minutes in the future, before Bolt reads it. The signature is still checked by Bolt.
 */
export function freshRequestsReceiver(
  options: HTTPReceiverOptions,
  log: (line: string) => void,
  now: () => number = Date.now,
): HTTPReceiver {
  const receiver = new HTTPReceiver(options);
  const handle = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (!isFromTheFuture(req.headers['x-slack-request-timestamp'], now())) return handle(req, res);
    log(
      `warn: refused a request to ${req.url ?? '/'} timestamped more than ${MAX_SKEW_SECONDS / 60} minutes in the future`,
    );
    req.resume();
    res.writeHead(401).end();
  };
  return receiver;
}
