// Which HTTP engine earns its place, measured the way users meet the client (docs/client.md, "HTTP
// engine"), side by side in one run against a loopback stub in its own process:
//
// - one-shot: process start to exit for ONE send (a `volc-sms` command, an Action step), per engine;
// - long-lived: one send at a time in a warm process, which is all the API's 5 requests per second allow
//   (the Slack app, the MCP server): latency per send;
// - 64 in flight: throughput far above the rate limit, for the record only.
//
//   node bench/http-engines.ts [--cold 12] [--sends 200] [--rounds 5]
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createSmsClient, type SmsClient } from '../src/core/index.ts';
import { ENGINE_VARIANTS, engineOptions, type EngineVariant } from './fixtures/engine-variants.ts';

const { values } = parseArgs({
  options: {
    cold: { type: 'string', default: '12' },
    sends: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '5' },
  },
});
const COLD = Number(values.cold);
const SENDS = Number(values.sends);
const ROUNDS = Number(values.rounds);
const IN_FLIGHT = 64;
const SEND = {
  subAccount: '7384ed01',
  signature: '火山引擎',
  templateId: 'ST_0001',
  mobiles: ['13800000000'],
  templateParam: { code: '123456' },
};

async function startStub(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(new URL('./stub-server.ts', import.meta.url), [], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { child, url: `http://127.0.0.1:${chunk.toString().trim()}` };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
const fixture = new URL('./fixtures/engine-send.ts', import.meta.url).pathname;

async function coldRun(variant: EngineVariant, url: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [fixture, variant], {
    env: { ...process.env, STUB_URL: url },
    stdio: 'inherit',
  });
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`${variant}: the one-shot send exited with ${code}`);
  return performance.now() - started;
}

async function client(variant: EngineVariant, url: string): Promise<SmsClient> {
  return createSmsClient({
    auth: { kind: 'aksk', accessKeyId: 'AKLTbench', secretAccessKey: 'bench-secret' },
    endpoint: url,
    maxRetries: 0,
    maxConnections: IN_FLIGHT,
    ...(await engineOptions(variant)),
  });
}

async function sequential(sms: SmsClient): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < SENDS; i++) {
    const started = performance.now();
    await sms.sendSms(SEND);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

async function parallel(sms: SmsClient): Promise<number> {
  let issued = 0;
  const started = performance.now();
  const worker = async () => {
    while (issued++ < SENDS * 5) await sms.sendSms(SEND);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return ((SENDS * 5) / (performance.now() - started)) * 1000;
}

const stub = await startStub();
try {
  const cold = new Map<EngineVariant, number[]>(ENGINE_VARIANTS.map((v) => [v, []]));
  for (let i = 0; i < COLD; i++) {
    // Each round in a different order, so no engine always follows another.
    const order = ENGINE_VARIANTS.map((_, k) => ENGINE_VARIANTS[(k + i) % ENGINE_VARIANTS.length]!);
    for (const variant of order) cold.get(variant)!.push(await coldRun(variant, stub.url));
  }

  const clients = new Map<EngineVariant, SmsClient>();
  for (const variant of ENGINE_VARIANTS) {
    const sms = await client(variant, stub.url);
    await sequential(sms); // warm: connections, parsers, JIT
    clients.set(variant, sms);
  }
  const warm = new Map<EngineVariant, number[]>(ENGINE_VARIANTS.map((v) => [v, []]));
  const rps = new Map<EngineVariant, number[]>(ENGINE_VARIANTS.map((v) => [v, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = ENGINE_VARIANTS.map((_, k) => ENGINE_VARIANTS[(k + round) % ENGINE_VARIANTS.length]!);
    for (const variant of order) warm.get(variant)!.push(...(await sequential(clients.get(variant)!)));
    for (const variant of order) rps.get(variant)!.push(await parallel(clients.get(variant)!));
  }
  await Promise.all([...clients.values()].map((sms) => sms.close()));

  const base = ENGINE_VARIANTS[0];
  const coldBase = median(cold.get(base)!);
  const warmBase = median(warm.get(base)!);
  const rpsBase = median(rps.get(base)!);
  const rows = ENGINE_VARIANTS.map((variant) => {
    const c = median(cold.get(variant)!);
    const w = warm.get(variant)!;
    const r = median(rps.get(variant)!);
    return [
      variant.padEnd(13),
      `${c.toFixed(0)} ms (${(c / coldBase).toFixed(2)}×)`.padEnd(20),
      `${median(w).toFixed(2)} / ${quantile(w, 0.99).toFixed(2)} ms (${(median(w) / warmBase).toFixed(2)}×)`.padEnd(
        28,
      ),
      `${r.toFixed(0)} req/s (${(r / rpsBase).toFixed(2)}×)`,
    ].join('  ');
  });
  process.stdout.write(
    [
      `engine         one-shot send, p50      warm send p50 / p99          ${IN_FLIGHT} in flight`,
      ...rows,
      `(${COLD} one-shot processes per engine; ${ROUNDS} rounds of ${SENDS} sequential sends and ${SENDS * 5} ` +
        `sends ${IN_FLIGHT} in flight; ratios against ${base}; Node ${process.version})`,
      '',
    ].join('\n'),
  );
} finally {
  stub.child.kill();
}
