// Runs every benchmark one after another (never in parallel: each measures ratios side by side inside
// its own run, and two at once would only measure each other). Exit code: non-zero if any bench failed
// to run; a missed target is reported by the bench itself, not turned into a failure here.
//
//   npm run bench            # all
//   npm run bench -- client  # those whose file name contains "client"
import { spawnSync } from 'node:child_process';

const BENCHES = [
  'bench/client-throughput.ts',
  'bench/http-engines.ts',
  'bench/sandbox-throughput.ts',
  'bench/inbox.ts',
  'bench/batch-upload.ts',
  'bench/batch-engine.ts',
  'bench/action-cold-start.ts',
  'bench/action-batch.ts',
  'bench/slack-ack.ts',
  'bench/mcp-overhead.ts',
  'bench/send-log-export.ts',
  'bench/bulk-send.ts',
  'bench/batch-precheck.ts',
];

const filter = process.argv[2];
let failed = 0;
for (const file of BENCHES.filter((f) => !filter || f.includes(filter))) {
  process.stdout.write(`\n=== ${file} ===\n`);
  const run = spawnSync(process.execPath, [file], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    process.stdout.write(`!!! ${file} exited with ${run.status ?? run.signal}\n`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
