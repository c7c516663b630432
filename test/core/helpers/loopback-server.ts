import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
