import { request } from 'node:http';

/**
 * A client of the sandbox's server-sent events over real HTTP: parses frames as they arrive and lets a
 * test wait for the first frame of a kind that matches, with a deadline.
 */

export interface StreamEvent {
  event: string;
  data: unknown;
  /** performance.now() when the frame was parsed. */
  at: number;
}

export interface EventStreamReader {
  events: StreamEvent[];
  /** Resolves with the first event (seen or future) of that name matching `test`; rejects at the deadline. */
  next(event: string, test?: (data: unknown) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  close(): void;
}

export function openEventStream(url: string): Promise<EventStreamReader> {
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream' }, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`event stream answered ${res.statusCode}`));
        return;
      }
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length === 0) continue;
          events.push({ event, data: JSON.parse(data.join('\n')), at: performance.now() });
          for (const wake of waiters) wake();
        }
      });
      resolve({
        events,
        next(name, test = () => true, timeoutMs = 3000) {
          return new Promise((found, fail) => {
            let seen = 0;
            const check = () => {
              for (; seen < events.length; seen += 1) {
                const candidate = events[seen] as StreamEvent;
                if (candidate.event === name && test(candidate.data)) {
                  clearTimeout(timer);
                  waiters.delete(check);
                  found(candidate);
                  return;
                }
              }
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(
                new Error(
                  `no "${name}" event within ${timeoutMs} ms; got ${events.map((e) => e.event).join(', ')}`,
                ),
              );
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end();
  });
}
