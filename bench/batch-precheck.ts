// batch-precheck on 1,000,000 rows (issue 12: RSS < 100 MB), side by side in one run with two floors:
// a bare streamed SHA-256 of the same file (reading it at all) and csv-parse streaming the same file
// (what the precheck's own reader replaces). Each runs in its own process; peak RSS is the process's
// maxRSS, read at exit. The precheck runs through the bundled CLI (dist/cli, what users run).
//
//   npm run package && node bench/batch-precheck.ts
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';

const ROWS = 1_000_000;
const RSS_TARGET_MB = 100;
const REPO = path.resolve(import.meta.dirname, '..');
const REPORT_RSS =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\\n`))';

async function writeFile(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('phone,version\n');
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    // Distinct numbers: 13x…19x and a permutation of 0…999,999,999.
    chunk += `1${3 + (i % 7)}${String((i * 7919) % 1_000_000_000).padStart(9, '0')},v${i % 100}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

async function measure(
  name: string,
  args: string[],
): Promise<{ name: string; ms: number; rssMb: number; code: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', REPORT_RSS, ...args], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout.resume();
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const [code] = (await once(child, 'close')) as [number | null];
  const ms = performance.now() - started;
  const kb = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
  if (code !== 0) process.stdout.write(`${name} exited ${code}: ${stderr.slice(0, 400)}\n`);
  return { name, ms, rssMb: kb / 1024, code };
}

const dir = await mkdtemp(path.join(tmpdir(), 'volc-sms-bench-precheck-'));
try {
  const file = path.join(dir, 'numbers.csv');
  await writeFile(file);
  const hashOnly = `import{createHash}from'node:crypto';import{createReadStream}from'node:fs';const h=createHash('sha256');for await(const c of createReadStream(process.argv[1]))h.update(c);console.log(h.digest('hex'))`;
  const csvParse = `import{parse}from'csv-parse';import{createReadStream}from'node:fs';let n=0;for await(const r of createReadStream(process.argv[1]).pipe(parse({relax_column_count:true})))n++;console.log(n)`;
  const runs = [];
  for (const round of [1, 2]) {
    runs.push({
      round,
      ...(await measure('bare SHA-256 read', ['--input-type=module', '-e', hashOnly, file])),
    });
    runs.push({
      round,
      ...(await measure('csv-parse stream', ['--input-type=module', '-e', csvParse, file])),
    });
    runs.push({
      round,
      ...(await measure('volc-sms batch-precheck', [
        'dist/cli/index.js',
        'batch-precheck',
        '--file',
        file,
        '--template-param',
        'version',
      ])),
    });
  }
  for (const r of runs)
    process.stdout.write(
      `round ${r.round}  ${r.name.padEnd(26)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  peak RSS ${r.rssMb.toFixed(1).padStart(6)} MB\n`,
    );
  const last = runs.slice(-3);
  const [bare, parser, precheck] = last as [
    (typeof runs)[number],
    (typeof runs)[number],
    (typeof runs)[number],
  ];
  process.stdout.write(
    `precheck / bare read: time ${(precheck.ms / bare.ms).toFixed(2)}×, RSS ${(precheck.rssMb / bare.rssMb).toFixed(2)}×; ` +
      `precheck / csv-parse: time ${(precheck.ms / parser.ms).toFixed(2)}×, RSS ${(precheck.rssMb / parser.rssMb).toFixed(2)}×\n`,
  );
  const met = precheck.code === 0 && precheck.rssMb < RSS_TARGET_MB;
  process.stdout.write(
    `target: ${ROWS} rows at peak RSS < ${RSS_TARGET_MB} MB: ${met ? 'met' : 'MISSED'} (${precheck.rssMb.toFixed(1)} MB)\n`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
