// Batch-file upload through the client against a bare streamed PUT, side by side in one run (issue 11):
// one sandbox process (CPU 0; rate limit off) receives a 1,000,000-row CSV, alternately from
// `client.uploadBatchFile` (GetUploadTosURL, then the client's streamed PUT) and from a bare `node:http`
// PUT of the same file (fs stream piped, Content-Length only) to a URL minted the same way but not timed.
// First this process (CPU 1) runs client uploads alone, after a GC, sampling its own RSS every 5 ms (the
// growth the client causes); then the timed rounds alternate. Targets: client time ≤ 1.3× the bare PUT's
// (medians), RSS growth < 50 MB. Bounded: --rounds of each, one file.
//
//   node bench/batch-upload.ts [--rows 1000000] [--rounds 9]
import { once } from 'node:events';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSmsClient } from '../src/core/index.ts';
import { SANDBOX_CREDENTIALS } from '../src/sandbox/index.ts';
import { writeBatchCsv } from './fixtures/batch-csv.ts';
import { startSandboxChild } from './fixtures/sandbox-child.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '9' } },
});
const ROWS = Number(values.rows);
const ROUNDS = Number(values.rounds);
const TARGET_RATIO = 1.3;
const TARGET_RSS_MB = 50;

const dir = mkdtempSync(join(tmpdir(), 'bench-upload-'));
const path = join(dir, 'numbers.csv');
const size = await writeBatchCsv(path, ROWS);

const sandbox = await startSandboxChild();
const { url, pinned } = sandbox;
const client = createSmsClient({
  auth: {
    kind: 'aksk',
    accessKeyId: SANDBOX_CREDENTIALS.accessKeyId,
    secretAccessKey: SANDBOX_CREDENTIALS.secretAccessKey,
  },
  endpoint: url,
});

/** The bare baseline: the same bytes, streamed by node:http with only Content-Length set. */
async function barePut(target: string): Promise<void> {
  const req = request(target, { method: 'PUT', headers: { 'Content-Length': String(size) } });
  const answered = once(req, 'response') as Promise<[import('node:http').IncomingMessage]>;
  await pipeline(createReadStream(path), req);
  const [response] = await answered;
  response.resume();
  if (response.statusCode !== 200) throw new Error(`bare PUT answered ${response.statusCode}`);
}

async function timeClient(): Promise<number> {
  const started = performance.now();
  const upload = await client.uploadBatchFile({ path });
  if (upload.size !== size) throw new Error(`client sent ${upload.size} of ${size} bytes`);
  return performance.now() - started;
}

async function timeBare(): Promise<number> {
  const { result } = await client.getUploadTosURL({ suffix: 'csv' });
  const started = performance.now();
  await barePut(result.url);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

// A GC on demand without a command-line flag (run-all.ts starts each bench as plain `node file`).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// Memory: one warm-up, a GC, then client uploads alone while the RSS is sampled.
await timeClient();
gc();
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
for (let round = 0; round < 3; round++) await timeClient();
clearInterval(sampler);

// Time: a warm-up of the bare PUT, then interleaved rounds.
await timeBare();
const clientMs: number[] = [];
const bareMs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  clientMs.push(await timeClient());
  bareMs.push(await timeBare());
}

const ratio = median(clientMs) / median(bareMs);
const growthMb = (peakRss - baselineRss) / 1024 / 1024;
console.log(
  `batch upload: ${ROWS.toLocaleString('en')} rows, ${mb(size)} MB, ${ROUNDS} rounds each${pinned ? ' (sandbox on CPU 0, client on CPU 1)' : ' (not pinned: taskset missing)'}`,
);
console.log(
  `  client uploadBatchFile: median ${median(clientMs).toFixed(0)} ms, min ${Math.min(...clientMs).toFixed(0)} ms (${mb(size / (median(clientMs) / 1000))} MB/s)`,
);
console.log(
  `  bare node:http PUT:     median ${median(bareMs).toFixed(0)} ms, min ${Math.min(...bareMs).toFixed(0)} ms (${mb(size / (median(bareMs) / 1000))} MB/s)`,
);
console.log(
  `  ratio client/bare: ${ratio.toFixed(2)} (min/min ${(Math.min(...clientMs) / Math.min(...bareMs)).toFixed(2)}; target ≤ ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'}`,
);
console.log(
  `  RSS of this process over 3 client uploads: ${mb(baselineRss)} MB after GC, peak ${mb(peakRss)} MB: growth ${growthMb.toFixed(1)} MB (target < ${TARGET_RSS_MB}) ${growthMb < TARGET_RSS_MB ? 'met' : 'MISSED'}`,
);

await client.close();
await sandbox.stop();
rmSync(dir, { recursive: true, force: true });
