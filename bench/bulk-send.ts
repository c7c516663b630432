// Bulk sends (issue 14), measured in one run:
//
// 1. Direct engine: 10,000 numbers against a sandbox enforcing its default 5 requests per second,
//    through sendDirect paced to 5/s. Target: wall time ≤ 1.1× the minimum the limit allows (50 requests
//    of 200 at 5/s: 10 s) with 0 throttled requests. Beside it, the same send unpaced (client.sendSms, 4
//    in flight, retries on): how many requests the limit throttles, and its wall time.
// 2. Batch file: the peak RSS of a process streaming 1,000,000 rows to disk with batchCsv (one params
//    object shared by every row, then a distinct object per row), beside a process that only loaded the
//    core. Target: < 100 MB.
//
//   node bench/bulk-send.ts [--numbers 10000] [--rows 1000000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSmsClient, sendDirect, type AttemptEvent } from '../src/core/index.ts';
import { startSandbox } from '../src/sandbox/index.ts';

const { values } = parseArgs({
  options: { numbers: { type: 'string', default: '10000' }, rows: { type: 'string', default: '1000000' } },
});
const NUMBERS = Number(values.numbers);
const ROWS = values.rows;
const QPS = 5;
const WALL_TARGET = 1.1;
const RSS_TARGET_MB = 100;

const sandbox = await startSandbox({ port: 0, rateLimitQps: QPS, receiptDelayMs: 0, log: () => undefined });
const attempts: AttemptEvent[] = [];
const client = createSmsClient({
  auth: {
    kind: 'aksk',
    accessKeyId: sandbox.credentials.accessKeyId,
    secretAccessKey: sandbox.credentials.secretAccessKey,
  },
  endpoint: sandbox.url,
  onAttempt: (event) => attempts.push(event),
});
const mobiles = Array.from({ length: NUMBERS }, (_, i) => `139${String(i).padStart(8, '0')}`);
const input = {
  subAccount: '7384ed01',
  signature: 'VolcOps',
  templateId: 'ST_0004',
  mobiles,
  templateParam: { version: '1' },
};
const requests = Math.ceil(NUMBERS / 200);
const minimumMs = (requests / QPS) * 1000;

async function run(name: string, send: () => Promise<{ sentCount: number }>) {
  sandbox.admin.reset();
  attempts.length = 0;
  const started = performance.now();
  const outcome = await send();
  const ms = performance.now() - started;
  const throttled = attempts.filter((a) => a.status === 429).length;
  return {
    name,
    ms,
    throttled,
    attempts: attempts.length,
    sent: outcome.sentCount,
    log: sandbox.admin.health().messages,
  };
}

try {
  const paced = await run('sendDirect, paced to 5/s', () =>
    sendDirect(client, { kind: 'sms', input }, { qps: QPS }),
  );
  const unpaced = await run('client.sendSms, unpaced (4 in flight)', () => client.sendSms(input));
  console.log(
    `Direct engine: ${NUMBERS} numbers = ${requests} requests of 200; the ${QPS}/s limit allows ${minimumMs / 1000} s at best`,
  );
  for (const r of [paced, unpaced]) {
    console.log(
      `  ${r.name.padEnd(40)} ${(r.ms / 1000).toFixed(2)} s = ${(r.ms / minimumMs).toFixed(3)}× the minimum; ` +
        `${r.attempts} attempts, ${r.throttled} throttled; ${r.sent} sent, ${r.log} in the send log`,
    );
  }
  const met = paced.ms <= WALL_TARGET * minimumMs && paced.throttled === 0 && paced.sent === NUMBERS;
  console.log(`  target ≤ ${WALL_TARGET}× and 0 throttled: ${met ? 'met' : 'MISSED'}`);
} finally {
  await client.close();
  await sandbox.close();
}

// Node runs the .ts sources by stripping their types, which alone costs some 50 MB of RSS; the CLI and the
// Action run bundled JavaScript. Both are measured: the fixture as source, and bundled with ncc.
const fixture = fileURLToPath(new URL('./fixtures/batch-csv-rss.ts', import.meta.url));
const bundleDir = mkdtempSync(path.join(tmpdir(), 'volc-sms-bench-bundle-'));
const ncc = spawnSync(
  process.execPath,
  [
    fileURLToPath(new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url)),
    'build',
    fixture,
    '-o',
    bundleDir,
    '-q',
  ],
  { encoding: 'utf8' },
);
if (ncc.status !== 0) throw new Error(`ncc failed: ${ncc.stderr}`);
const child = (entry: string, mode: string) => {
  const run = spawnSync(process.execPath, [entry, '--rows', ROWS, '--mode', mode], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`batch-csv-rss --mode ${mode} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { rows: number; bytes: number; ms: number; maxRssMb: number };
};
console.log(
  `Batch file: ${ROWS} rows streamed to disk with batchCsv; peak RSS of the process (idle: the core loaded, nothing built)`,
);
let rssMet = true;
try {
  for (const [name, entry] of [
    ['bundled (as the CLI and Action run)', path.join(bundleDir, 'index.js')],
    ['.ts source (type stripping)', fixture],
  ] as const) {
    const idle = child(entry, 'idle');
    console.log(`  ${name}: idle ${idle.maxRssMb.toFixed(1)} MB`);
    for (const mode of ['shared', 'per-row']) {
      const r = child(entry, mode);
      if (entry !== fixture) rssMet &&= r.maxRssMb < RSS_TARGET_MB;
      console.log(
        `    ${(mode === 'shared' ? 'one params object for all' : 'a params object per row').padEnd(27)} ${r.maxRssMb.toFixed(1)} MB ` +
          `(+${(r.maxRssMb - idle.maxRssMb).toFixed(1)} over idle), ${(r.bytes / 1024 / 1024).toFixed(1)} MiB in ${(r.ms / 1000).toFixed(2)} s`,
      );
    }
  }
} finally {
  rmSync(bundleDir, { recursive: true, force: true });
}
console.log(`  target < ${RSS_TARGET_MB} MB (bundled): ${rssMet ? 'met' : 'MISSED'}`);
