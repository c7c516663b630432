import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createSmsClient } from '../../../src/core/client.ts';
import type { SmsClient } from '../../../src/core/types.ts';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
  json: unknown;
}

export type Handler = (request: RecordedRequest, res: ServerResponse, hit: number) => void | Promise<void>;

export interface LoopbackServer {
  url: string;
  hits: RecordedRequest[];
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1:0 that records every request and answers with the current handler. */
export async function startLoopbackServer(
  handler: Handler = (_req, res) => {
    res.end('{}');
  },
): Promise<LoopbackServer> {
  let current = handler;
  const hits: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      const recorded = {
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://x'),
        headers: req.headers,
        body,
        json,
      };
      hits.push(recorded);
      void current(recorded, res, hits.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    setHandler: (h) => (current = h),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A loopback server for one test file: started before its tests, its recorded hits cleared before each test,
 * closed after all. `ready` hands it to the file's own variable.
 */
export function useLoopbackServer(ready: (server: LoopbackServer) => void): void {
  let server: LoopbackServer | undefined;
  beforeAll(async () => {
    server = await startLoopbackServer();
    ready(server);
  });
  beforeEach(() => {
    if (server) server.hits.length = 0;
  });
  afterAll(() => server?.close());
}

/**
 * `useLoopbackServer` with an AK/SK client for it (`AKLT<name>` / `<name>-secret`) whose retry waits are
 * recorded instead of waited: `sleeps` holds those of the current test. `answer` makes the server answer
 * every request with a success envelope around `result`. `ready` hands both to the file's variables:
 * `useLoopbackClient('mine', (started) => ({ server, client } = started))`.
 */
export function useLoopbackClient(
  name: string,
  ready: (started: { server: LoopbackServer; client: SmsClient }) => void,
): { sleeps: number[]; answer: (result: unknown) => void } {
  const sleeps: number[] = [];
  let server: LoopbackServer;
  let client: SmsClient | undefined;
  useLoopbackServer((started) => {
    server = started;
    client = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: `AKLT${name}`, secretAccessKey: `${name}-secret` },
      endpoint: started.url,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    ready({ server: started, client });
  });
  beforeEach(() => {
    sleeps.length = 0;
  });
  afterAll(() => client?.close());
  const answer = (result: unknown) => server.setHandler((_req, res) => reply(res, 200, ok(result)));
  return { sleeps, answer };
}

/** Writes an envelope as JSON. */
export function reply(
  res: ServerResponse,
  status: number,
  envelope: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(envelope));
}

export function ok(result: unknown, requestId = 'REQ-OK'): unknown {
  return {
    ResponseMetadata: { RequestId: requestId, Service: 'volcSMS', Region: 'cn-north-1' },
    Result: result,
  };
}

export function apiError(code: string, message: string, requestId = 'REQ-ERR'): unknown {
  return { ResponseMetadata: { RequestId: requestId, Error: { Code: code, Message: message } } };
}
