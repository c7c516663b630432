import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * Real `volc-sms slack` processes for the multi-replica tests, and the load balancer in front of them: a
 * small HTTP proxy that sends request n to replica n mod N. A sender may number its requests itself
 * (`x-delivery-seq`), so a test knows which replica got which delivery; the proxy records each choice.
 */

const CLI = join(import.meta.dirname, '../../src/cli/index.ts');

export interface Replica {
  process: ChildProcess;
  pid: number;
  port: number;
  url: string;
  output(): string;
  /** SIGTERM (or another signal); resolves with the exit code/signal and how long the exit took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: string | null; ms: number }>;
}

export async function startReplica(env: Record<string, string>, timeoutMs = 30_000): Promise<Replica> {
  const child = spawn(process.execPath, [CLI, 'slack'], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const deadline = Date.now() + timeoutMs;
  let port: number | undefined;
  while (port === undefined) {
    const found = /started in HTTP mode on port (\d+)/.exec(output);
    if (found) port = Number(found[1]);
    else if (child.exitCode !== null) throw new Error(`replica exited at start: ${output}`);
    else if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`replica did not start within ${timeoutMs} ms: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    process: child,
    pid: child.pid ?? 0,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      const started = performance.now();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const [code, exitSignal] = (await exited) as [number | null, string | null];
      return { code, signal: exitSignal, ms: performance.now() - started };
    },
  };
}

export interface RoundRobin {
  url: string;
  /** For each request: which replica (index) got it, and its `x-delivery-seq` if any. */
  routed: { replica: number; seq: string | undefined }[];
  close(): Promise<void>;
}

export async function startRoundRobin(targets: () => readonly { port: number }[]): Promise<RoundRobin> {
  const routed: RoundRobin['routed'] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    const seq = req.headers['x-delivery-seq'];
    const upstreams = targets();
    const index = (typeof seq === 'string' ? Number(seq) : counter++) % upstreams.length;
    routed.push({ replica: index, seq: typeof seq === 'string' ? seq : undefined });
    const upstream = request(
      {
        host: '127.0.0.1',
        port: upstreams[index]?.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
