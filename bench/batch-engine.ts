// The sandbox's batch engine (issue 11): a task of 1,000,000 numbers from consent to state 6 at
// `--batch-rate 0` (as fast as it can). One sandbox process (CPU 0, in-memory store) gets the file through
// the client (uploadBatchFile, SetBatchTask: timed as the server-side file check), then ConsentBatchTask;
// this process (CPU 1) polls the task through IPC every 50 ms. The rate is taken from the task's own
// history (status 3 → 6, sandbox clock) and, robust to other load on a shared machine, from the server's
// CPU time over the same span (numbers per CPU-second = what one free core sends). Targets: ≥ 50,000
// numbers/s on one core, server peak RSS < 300 MB. Bounded: one task, at most --seconds to finish.
//
//   node bench/batch-engine.ts [--rows 1000000] [--seconds 120]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createSmsClient } from '../src/core/index.ts';
import { SANDBOX_CREDENTIALS } from '../src/sandbox/index.ts';
import { writeBatchCsv } from './fixtures/batch-csv.ts';
import { startSandboxChild } from './fixtures/sandbox-child.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, seconds: { type: 'string', default: '120' } },
});
const ROWS = Number(values.rows);
const MAX_MS = Number(values.seconds) * 1000;
const TARGET_RATE = 50_000;
const TARGET_RSS_MB = 300;
const GROUP = '7384ed01';

const dir = mkdtempSync(join(tmpdir(), 'bench-engine-'));
const path = join(dir, 'numbers.csv');
await writeBatchCsv(path, ROWS);

const sandbox = await startSandboxChild(['--batch-rate', '0', '--db', join(dir, 'sandbox.db')]);
const { url, pinned } = sandbox;
const task = async (taskId: string) =>
  (await sandbox.ask<Record<string, TaskView>>(`task:${taskId}`))[`task:${taskId}`]!;
const usage = () => sandbox.ask<{ maxrss: number; cpu: NodeJS.CpuUsage }>('maxrss');
const client = createSmsClient({
  auth: {
    kind: 'aksk',
    accessKeyId: SANDBOX_CREDENTIALS.accessKeyId,
    secretAccessKey: SANDBOX_CREDENTIALS.secretAccessKey,
  },
  endpoint: url,
});

interface TaskView {
  status: number;
  sentCount: number;
  totalCount: number;
  history: Array<{ status: number; at: number }>;
}

const atStart = await usage();
const { file } = await client.uploadBatchFile({ path });
const afterUpload = await usage();
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

const before = await usage();
await client.consentBatchTask({ subAccount: GROUP, taskId: created.taskId });
const deadline = performance.now() + MAX_MS;
let state = await task(created.taskId);
while (state.status !== 6 && state.status < 7 && performance.now() < deadline) {
  await sleep(50);
  state = await task(created.taskId);
}
const after = await usage();
if (state.status !== 6)
  throw new Error(`the task ended in status ${state.status} with ${state.sentCount} sent`);

const at = (status: number) => state.history.find((h) => h.status === status)?.at ?? NaN;
const spanMs = at(6) - at(3);
const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
const wallRate = (state.sentCount / spanMs) * 1000;
const cpuRate = (state.sentCount / cpuMs) * 1000;
const rssMb = after.maxrss / 1024 / 1024;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(
  `batch engine: ${fmt(ROWS)} numbers at --batch-rate 0${pinned ? ' (sandbox on CPU 0, this process on CPU 1)' : ' (not pinned: taskset missing)'}`,
);
console.log(`  SetBatchTask file check: ${fmt(checkMs)} ms (${fmt((ROWS / checkMs) * 1000)} rows/s)`);
console.log(
  `  consent → state 6: ${fmt(spanMs)} ms wall, ${fmt(wallRate)} numbers/s; server CPU ${fmt(cpuMs)} ms, ${fmt(cpuRate)} numbers per CPU-second (target ≥ ${fmt(TARGET_RATE)} on one core) ${Math.max(wallRate, cpuRate) >= TARGET_RATE ? 'met' : 'MISSED'}`,
);
console.log(
  `  server peak RSS at start: ${(atStart.maxrss / 1024 / 1024).toFixed(0)} MB; after the upload: ${(afterUpload.maxrss / 1024 / 1024).toFixed(0)} MB; after SetBatchTask: ${(before.maxrss / 1024 / 1024).toFixed(0)} MB; after the send: ${rssMb.toFixed(0)} MB`,
);
console.log(
  `  server peak RSS: ${rssMb.toFixed(0)} MB (target < ${TARGET_RSS_MB}) ${rssMb < TARGET_RSS_MB ? 'met' : 'MISSED'}`,
);

await client.close();
await sandbox.stop();
rmSync(dir, { recursive: true, force: true });
