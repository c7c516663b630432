// Sandbox throughput: signed SendSmsForAgent requests per second that one sandbox process serves on one
// core. The server runs in its own process pinned to CPU 0 (`taskset -a -cp 0`; noted when taskset is
// missing); this load generator pins itself to CPU 1 and sends pre-signed requests (the signer is not what
// is measured) over an undici keep-alive pool, bounded by count and time. Besides wall-clock req/s it
// reports the server's CPU time per request, which is robust to other load on a shared machine:
// 1e6 / (CPU µs per request) is what one fully available core would serve.
//
//   node bench/sandbox-throughput.ts [--requests 20000] [--seconds 8] [--connections 32] [--profile DIR]
//
// --profile writes a V8 CPU profile of the server process into DIR (open it in Chrome DevTools).
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { signRequest } from '../src/core/internal.ts';
import { SANDBOX_CREDENTIALS } from '../src/sandbox/index.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' },
    profile: { type: 'string' },
  },
});
const MAX_REQUESTS = Number(values.requests);
const MAX_MS = Number(values.seconds) * 1000;
const CONNECTIONS = Number(values.connections);
const TARGET_RPS = 2000;
const ROUNDS = 3;
const DISTINCT_REQUESTS = 500;

function pin(pid: number, cpu: number): boolean {
  try {
    execFileSync('taskset', ['-a', '-cp', String(cpu), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(new URL('./sandbox-server.ts', import.meta.url), [], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    execArgv: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [],
  });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { child, url: `http://127.0.0.1:${chunk.toString().trim()}` };
}

function ask<T>(child: ChildProcess, question: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T));
    child.send(question);
  });
}

interface PreparedRequest {
  headers: Record<string, string>;
  body: string;
}

/** Distinct numbers and codes, all valid sends; signed now (valid for the 15-minute skew window). */
function prepareRequests(url: string): PreparedRequest[] {
  const host = new URL(url).host;
  const date = new Date();
  return Array.from({ length: DISTINCT_REQUESTS }, (_, i) => {
    const body = JSON.stringify({
      SubAccount: '7384ed01',
      Signature: '火山引擎',
      TemplateId: 'ST_0001',
      Mobiles: `138${String(i).padStart(8, '0')}`,
      TemplateParam: JSON.stringify({ code: String(1000 + i) }),
    });
    const headers = signRequest(
      {
        method: 'POST',
        path: '/',
        query: { Action: 'SendSmsForAgent', Version: '2026-01-01' },
        headers: { 'Content-Type': 'application/json', Host: host },
        body,
      },
      { credentials: SANDBOX_CREDENTIALS, region: 'cn-north-1', service: 'volcSMS', date },
    );
    return { headers, body };
  });
}

async function measure(pool: Pool, requests: PreparedRequest[], count: number, maxMs: number) {
  let issued = 0;
  let accepted = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  const worker = async () => {
    while (issued < count && performance.now() < deadline) {
      const request = requests[issued++ % requests.length] as PreparedRequest;
      const response = await pool.request({
        path: '/?Action=SendSmsForAgent&Version=2026-01-01',
        method: 'POST',
        headers: request.headers,
        body: request.body,
      });
      const text = await response.body.text();
      if (response.statusCode !== 200 || !text.includes('"MessageIds"')) {
        throw new Error(`unexpected answer ${response.statusCode}: ${text.slice(0, 200)}`);
      }
      accepted++;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return { accepted, elapsedMs: performance.now() - started };
}

const { child, url } = await startServer();
const serverPinned = pin(child.pid!, 0);
const clientPinned = pin(process.pid, 1);
const pool = new Pool(url, { connections: CONNECTIONS });
try {
  const requests = prepareRequests(url);
  await measure(pool, requests, 2000, 3000); // warm-up: JIT, SQLite pages, connections
  const before = await ask<{ messages: number }>(child, 'messages');
  const results: Array<{ rps: number; cpuUsPerRequest: number; accepted: number }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    const cpuBefore = (await ask<{ cpu: NodeJS.CpuUsage }>(child, 'cpu')).cpu;
    const { accepted, elapsedMs } = await measure(pool, requests, MAX_REQUESTS, MAX_MS);
    const cpuAfter = (await ask<{ cpu: NodeJS.CpuUsage }>(child, 'cpu')).cpu;
    const cpuUs = cpuAfter.user - cpuBefore.user + (cpuAfter.system - cpuBefore.system);
    results.push({ rps: (accepted / elapsedMs) * 1000, cpuUsPerRequest: cpuUs / accepted, accepted });
  }
  const after = await ask<{ messages: number }>(child, 'messages');
  const sent = results.reduce((sum, r) => sum + r.accepted, 0);
  const best = results.reduce((a, b) => (b.rps > a.rps ? b : a));
  const bestCpu = Math.min(...results.map((r) => r.cpuUsPerRequest));

  console.log('Sandbox throughput: signed SendSmsForAgent, rate limit off, in-memory SQLite');
  console.log(
    `  server ${serverPinned ? 'pinned to CPU 0' : 'NOT pinned (taskset unavailable)'}, load generator ${clientPinned ? 'pinned to CPU 1' : 'not pinned'}, ${CONNECTIONS} connections`,
  );
  for (const [i, r] of results.entries()) {
    console.log(
      `  round ${i + 1}: ${r.accepted} requests, ${r.rps.toFixed(0)} req/s wall clock, server CPU ${r.cpuUsPerRequest.toFixed(0)} µs/request`,
    );
  }
  console.log(
    `  every request recorded: ${after.messages - before.messages === sent ? 'yes' : 'NO'} (${after.messages - before.messages} of ${sent})`,
  );
  console.log(`  best wall clock: ${best.rps.toFixed(0)} req/s (target ≥ ${TARGET_RPS})`);
  console.log(`  one-core capacity from server CPU time: ${(1e6 / bestCpu).toFixed(0)} req/s`);
  if (after.messages - before.messages !== sent) process.exitCode = 1;
} finally {
  await pool.close();
  child.disconnect();
}
