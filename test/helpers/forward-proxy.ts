import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** What the proxy was asked: an absolute-form request (`GET http://host/path`) or a CONNECT tunnel. */
export interface ProxiedRequest {
  method: string;
  target: string;
  proxyAuthorization?: string | undefined;
}

export interface ForwardProxy {
  url: string;
  seen: ProxiedRequest[];
  close(): Promise<void>;
}

// Hop-by-hop headers a proxy consumes instead of forwarding.
const HOP_BY_HOP = ['proxy-authorization', 'proxy-connection', 'connection', 'keep-alive'];

/**
 * A small real HTTP forward proxy on 127.0.0.1, as corporate networks and self-hosted runners have:
 * absolute-form requests for http targets, CONNECT tunnels for anything else. With `credentials`
 * (`user:password`) it answers 407 to requests without the matching Proxy-Authorization. `hosts` is its
 * own name resolution (`sms.internal` → `127.0.0.1`), as a proxy that knows internal names has: it lets a
 * test reach a local sandbox under a name that is not loopback.
 */
export async function startForwardProxy(
  options: { credentials?: string; hosts?: Record<string, string> } = {},
): Promise<ForwardProxy> {
  const resolve = (host: string) => options.hosts?.[host] ?? host;
  const seen: ProxiedRequest[] = [];
  // CONNECT sockets leave the HTTP server's books, so they are tracked here to be closed.
  const tunnels = new Set<Duplex>();
  const expected = options.credentials
    ? `Basic ${Buffer.from(options.credentials).toString('base64')}`
    : undefined;
  const authorized = (headers: IncomingHttpHeaders) =>
    expected === undefined || headers['proxy-authorization'] === expected;

  const server = createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      target: req.url ?? '',
      proxyAuthorization: req.headers['proxy-authorization'],
    });
    if (!authorized(req.headers)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const target = URL.parse(req.url ?? '');
    if (!target) {
      res.writeHead(400).end();
      return;
    }
    const headers = { ...req.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    const upstream = httpRequest(
      {
        host: resolve(target.hostname),
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    seen.push({
      method: 'CONNECT',
      target: req.url ?? '',
      proxyAuthorization: req.headers['proxy-authorization'],
    });
    if (!authorized(req.headers)) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n',
      );
      return;
    }
    tunnels.add(client);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), resolve(host ?? ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    tunnels.add(upstream);
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
