import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  action: string;
  body: Record<string, unknown>;
}

export type StubHandler = (request: StubRequest) => { status?: number; body: unknown };

/**
 * A tiny loopback API for answers the sandbox cannot be made to give (it accepts every number our local
 * check accepts, and fails whole requests, never some of them). Real HTTP, any free port.
 */
export async function startStubApi(handler: StubHandler) {
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const action = new URL(req.url ?? '/', 'http://stub').searchParams.get('Action') ?? '';
      const request = { action, body: raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>) };
      requests.push(request);
      const { status = 200, body } = handler(request);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let counter = 0;
export function stubEnvelope(
  action: string,
  outcome: { result?: unknown; error?: { Code: string; Message: string } },
) {
  counter += 1;
  return {
    ResponseMetadata: {
      RequestId: `20261125120000${String(counter).padStart(20, '0')}`,
      Action: action,
      Version: '2026-01-01',
      Service: 'volcSMS',
      Region: 'cn-north-1',
      ...(outcome.error ? { Error: outcome.error } : {}),
    },
    ...(outcome.result === undefined ? {} : { Result: outcome.result }),
  };
}
