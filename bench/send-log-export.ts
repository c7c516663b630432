// `list_sms_send_log --all` against the sandbox: a send log of 1,000,000 messages (written straight into the
// sandbox's store file, not by a million sends) exported as NDJSON and as CSV by the real bin, measured side
// by side with a window of 100,000 of them in the same run. Target: the CLI's peak RSS under 150 MB at 1M,
// and about the same as at 100k (a ratio near 1: the export streams, it does not collect). Also rows/s.
// The sandbox has no rate limit here and the export runs with --rate 0: this measures the client, not the
// 5 requests/s the real service allows (at which 1M rows take 10,000 pages, 2,000 s).
// Peak RSS is the child's VmHWM (/proc/PID/status), read every 100 ms: the whole process (code, V8 heap
// as V8 sized it, buffers), run with no V8 flag. What set it (measured with --trace-gc-nvp and a sampling
// allocation profile over 100,000 rows): not what was kept between pages (a heap snapshot mid-run held
// 15 MB) but what a page cost: zod's parse of every message of the page was 44% of the ~500 MB allocated,
// and the garbage it left in flight grew V8's young generation to its ceiling (2 × 64 MB semi-spaces
// here). The send-log page is now read by quickSendLogList (src/core/schemas/quick-read.ts), which gives
// what the schema would without a copy, and lines are built without an intermediate array: ~300 MB
// allocated for 100,000 rows, peak RSS 231–237 MB → 102–125 MB (three runs).
//
//   node bench/send-log-export.ts [--rows 1000000] [--days 50] [--entry dist/cli/index.js|src/cli/index.ts]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSandbox } from '../src/sandbox/index.ts';
import { SandboxStore } from '../src/sandbox/store.ts';
import type { MessageRow } from '../src/sandbox/store-tables.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    days: { type: 'string', default: '50' },
    // The bundled bin users run (npm run package first), or the .ts sources (Node's type stripping costs RSS).
    entry: { type: 'string', default: 'dist/cli/index.js' },
  },
});
const ENTRY = values.entry;
const ROWS = Number(values.rows);
const DAYS = Number(values.days);
const RSS_TARGET_MB = 150;
const END_MS = Date.UTC(2026, 10, 1); // 2026-11-01T08:00+08:00
const START_MS = END_MS - DAYS * 86_400_000;

const dir = await mkdtemp(path.join(tmpdir(), 'volc-sms-export-bench-'));
const dbPath = path.join(dir, 'sandbox.db');

// ---- Seed: ROWS messages spread evenly over DAYS, oldest first, in transactions of 10,000. ----
const seeded = performance.now();
{
  const store = new SandboxStore(dbPath);
  const step = (END_MS - START_MS) / ROWS;
  for (let first = 0; first < ROWS; first += 10_000) {
    const rows: MessageRow[] = [];
    for (let i = first; i < Math.min(first + 10_000, ROWS); i += 1) {
      const sendTimeMs = Math.floor(START_MS + i * step);
      const mobile = `138${String(i % 100_000_000).padStart(8, '0')}`;
      rows.push({
        messageId: `bench-${String(i).padStart(8, '0')}`,
        api: 'agent',
        requestId: 'bench',
        subAccount: '7384ed01',
        signature: 'VolcOps',
        templateId: 'ST_0004',
        channelType: 'CN_NTC',
        mobile,
        content: `部署已完成，版本${i}。`,
        segments: 1,
        sendTimeMs,
        receiptDueMs: sendTimeMs + 2000,
        outcome: i % 10 === 7 ? 'failed' : 'delivered',
        errorCode: i % 10 === 7 ? 'NE:0105' : '',
        errorMessage: '',
      });
    }
    store.insertMessages(rows);
  }
  store.close();
}
process.stdout.write(
  `seeded ${ROWS.toLocaleString()} messages over ${DAYS} days in ${Math.round(performance.now() - seeded)} ms\n`,
);

const sandbox = await startSandbox({ port: 0, dbPath, rateLimitQps: 0, log: () => undefined });

/** Peak RSS (VmHWM) of a process, read from /proc while it runs; the last reading before it exits. */
async function peakRssMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? 0 : Number(kb) / 1024;
  } catch {
    return 0;
  }
}

/** Runs one export through the real bin, counting its lines without keeping them. */
async function exportRun(format: 'ndjson' | 'csv', fromMs: number) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      path.join(import.meta.dirname, '..', ENTRY),
      'list_sms_send_log',
      '--sub-account',
      '7384ed01',
      '--all',
      '--format',
      format,
      '--rate',
      '0',
      '--from-time',
      String(Math.floor(fromMs / 1000)),
      '--to-time',
      String(Math.floor(END_MS / 1000)),
    ],
    {
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        VOLCENGINE_ACCESS_KEY: sandbox.credentials.accessKeyId,
        VOLCENGINE_SECRET_KEY: sandbox.credentials.secretAccessKey,
        VOLC_SMS_ENDPOINT: sandbox.url,
        ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let lines = 0;
  let fullNumbers = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) lines += 1;
    if (/138\d{8}/.test(chunk.toString('latin1'))) fullNumbers += 1;
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peak = 0;
  const poll = setInterval(() => void peakRssMb(child.pid!).then((mb) => (peak = Math.max(peak, mb))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  const rows = format === 'csv' ? lines - 1 : lines;
  if (code !== 0) throw new Error(`export exited ${code}: ${stderr}`);
  return { rows, seconds, peak, fullNumbers };
}

const results: Array<{ label: string; rows: number; seconds: number; peak: number; fullNumbers: number }> =
  [];
const small = END_MS - Math.floor((ROWS / 10) * ((END_MS - START_MS) / ROWS));
for (const [label, format, from] of [
  ['ndjson, 1/10 of the log', 'ndjson', small],
  ['ndjson, the whole log', 'ndjson', START_MS],
  ['csv, the whole log', 'csv', START_MS],
] as const) {
  const run = await exportRun(format, from);
  results.push({ label, ...run });
  process.stdout.write(
    `${label.padEnd(26)} ${run.rows.toLocaleString().padStart(10)} rows  ${run.seconds.toFixed(1).padStart(6)} s  ` +
      `${Math.round(run.rows / run.seconds)
        .toLocaleString()
        .padStart(7)} rows/s  peak RSS ${run.peak.toFixed(1)} MB` +
      `${run.fullNumbers > 0 ? `  FULL NUMBERS IN ${run.fullNumbers} CHUNKS` : ''}\n`,
  );
}
await sandbox.close();
await rm(dir, { recursive: true, force: true });

const [tenth, whole, csv] = results as [(typeof results)[0], (typeof results)[0], (typeof results)[0]];
const worst = Math.max(whole.peak, csv.peak);
process.stdout.write(
  `peak RSS whole/tenth: ${(whole.peak / tenth.peak).toFixed(2)}× (${whole.rows.toLocaleString()} vs ${tenth.rows.toLocaleString()} rows)\n` +
    `target: peak RSS < ${RSS_TARGET_MB} MB at ${ROWS.toLocaleString()} rows: ${worst < RSS_TARGET_MB ? 'met' : 'MISSED'} (${worst.toFixed(1)} MB)\n` +
    `all rows exported: ${whole.rows === ROWS && csv.rows === ROWS ? 'yes' : `NO (${whole.rows}, ${csv.rows})`}\n`,
);
