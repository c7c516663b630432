// The sandbox's batch engine (issue 11): a task of 1,000,000 numbers from consent to state 6 at
// `--batch-rate 0` (as fast as it can). The sandbox runs as users run it, the bundled CLI
// (`node dist/cli/index.js sandbox`, file database, rate limit off), pinned to CPU 0; this process (CPU 1)
// uploads the file through the client (the sandbox checks it as it streams in), creates the task
// (SetBatchTask, timed: it answers from what the upload check found), consents, and polls the task
// through the admin API every 50 ms. The rate is taken from the task's own history (status 3 → 6, sandbox
// clock) and, robust to other load on a shared machine, from the server's CPU time over the same span
// (/proc/PID/stat; numbers per CPU-second = what one free core sends). Peak RSS is the server process's
// VmHWM (/proc/PID/status), read after each phase. Targets: ≥ 50,000 numbers/s on one core, server peak
// RSS < 300 MB. Bounded: one task, at most --seconds to finish.
//
//   npm run package:cli && node bench/batch-engine.ts [--rows 1000000] [--seconds 300]
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createSmsClient } from '../src/core/index.ts';
import { SANDBOX_CREDENTIALS } from '../src/sandbox/index.ts';
import { writeBatchCsv } from './fixtures/batch-csv.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, seconds: { type: 'string', default: '300' } },
});
const ROWS = Number(values.rows);
const MAX_MS = Number(values.seconds) * 1000;
const TARGET_RATE = 50_000;
const TARGET_RSS_MB = 300;
const GROUP = '7384ed01';
const CLI = resolve(import.meta.dirname, '../dist/cli/index.js');

const dir = mkdtempSync(join(tmpdir(), 'bench-engine-'));
const path = join(dir, 'numbers.csv');
await writeBatchCsv(path, ROWS);

const server = spawn(
  process.execPath,
  [CLI, 'sandbox', '--port', '0', '--rate-limit', '0', '--batch-rate', '0', '--db', join(dir, 'sandbox.db')],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const lines = createInterface({ input: server.stdout });
let url = '';
for await (const line of lines) {
  const match = /listening on (http:\/\/\S+)/.exec(line);
  if (match) {
    url = match[1] as string;
    break;
  }
}
server.stdout.resume();
const pid = server.pid as number;
let pinned = true;
try {
  execFileSync('taskset', ['-a', '-cp', '0', String(pid)], { stdio: 'ignore' });
  execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
} catch {
  pinned = false;
}

/** The server's peak RSS so far (VmHWM, MB) and CPU time (user + system, ms). */
function usage(): { peakMb: number; cpuMs: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
  // Fields 14 and 15 of /proc/PID/stat (after the command in parentheses): utime, stime in ticks of 10 ms.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuMs = (Number(fields[11]) + Number(fields[12])) * 10;
  return { peakMb, cpuMs };
}

interface TaskView {
  status: number;
  sentCount: number;
  totalCount: number;
  history: Array<{ status: number; at: number }>;
}
const task = async (taskId: string) =>
  (await (await fetch(`${url}/_sandbox/batch-tasks/${taskId}`)).json()) as TaskView;

const client = createSmsClient({
  auth: {
    kind: 'aksk',
    accessKeyId: SANDBOX_CREDENTIALS.accessKeyId,
    secretAccessKey: SANDBOX_CREDENTIALS.secretAccessKey,
  },
  endpoint: url,
});

const atStart = usage();
const uploadStarted = performance.now();
const { file } = await client.uploadBatchFile({ path });
const uploadMs = performance.now() - uploadStarted;
const afterUpload = usage();
const checkStarted = performance.now();
const { result: created } = await client.setBatchTask({
  subAccount: GROUP,
  name: 'bench',
  signature: 'VolcOps',
  templateId: 'ST_0004',
  templateName: 'Deploy done',
  channelType: 'CN_NTC',
  scheduled: false,
  sendTime: 0,
  fileUrl: file,
});
const checkMs = performance.now() - checkStarted;
if (created.totalCount !== ROWS)
  throw new Error(`SetBatchTask counted ${created.totalCount} of ${ROWS} rows`);

const before = usage();
await client.consentBatchTask({ subAccount: GROUP, taskId: created.taskId });
const deadline = performance.now() + MAX_MS;
let state = await task(created.taskId);
while (state.status !== 6 && state.status < 7 && performance.now() < deadline) {
  await sleep(50);
  state = await task(created.taskId);
}
const after = usage();
if (state.status !== 6)
  throw new Error(`the task ended in status ${state.status} with ${state.sentCount} sent`);

const at = (status: number) => state.history.find((h) => h.status === status)?.at ?? NaN;
const spanMs = at(6) - at(3);
const cpuMs = after.cpuMs - before.cpuMs;
const wallRate = (state.sentCount / spanMs) * 1000;
const cpuRate = (state.sentCount / cpuMs) * 1000;
const rssMb = after.peakMb;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(
  `batch engine: ${fmt(ROWS)} numbers at --batch-rate 0, bundled CLI sandbox${pinned ? ' (on CPU 0, this process on CPU 1)' : ' (not pinned: taskset missing)'}`,
);
console.log(`  upload (checked as it streams in): ${fmt(uploadMs)} ms; SetBatchTask: ${fmt(checkMs)} ms`);
console.log(
  `  consent → state 6: ${fmt(spanMs)} ms wall, ${fmt(wallRate)} numbers/s; server CPU ${fmt(cpuMs)} ms, ${fmt(cpuRate)} numbers per CPU-second (target ≥ ${fmt(TARGET_RATE)} on one core) ${Math.max(wallRate, cpuRate) >= TARGET_RATE ? 'met' : 'MISSED'}`,
);
console.log(
  `  server peak RSS at start: ${atStart.peakMb.toFixed(0)} MB; after the upload: ${afterUpload.peakMb.toFixed(0)} MB; after SetBatchTask: ${before.peakMb.toFixed(0)} MB; after the send: ${rssMb.toFixed(0)} MB`,
);
console.log(
  `  server peak RSS: ${rssMb.toFixed(0)} MB (target < ${TARGET_RSS_MB}) ${rssMb < TARGET_RSS_MB ? 'met' : 'MISSED'}`,
);

await client.close();
server.kill('SIGTERM');
await once(server, 'exit');
rmSync(dir, { recursive: true, force: true });
