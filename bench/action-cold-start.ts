/**
 * Cold start of the Action: process start to exit for ONE send against a loopback stub, side by side and
 * interleaved in one run (so machine load hits every variant alike):
 *   (a) bare `node -e 0`
 *   (b) `node dist/action/index.js` with INPUT_* for one send (the committed bundle, exactly as the runner runs it)
 *   (c) an ncc bundle of the official SDK (@volcengine/openapi) doing the same send (built into a temp dir)
 * and (d) an ncc bundle of @actions/core alone doing getInput/setSecret/setOutput/summary (what the runner
 * protocol costs, since the Action speaks it through @actions/core); and (f) the core client alone doing the
 * send, bundled the same way, which splits (b) into what the core costs and what the Action layer adds. Agents start the
 * CLI for every call, so the committed CLI bundle is timed too: (g) `volc-sms --version`, (h) one send_sms.
 *
 * Target: (b − a) ≤ 0.4 × (c − a); main bundle ≤ 1 MB. Usage: node bench/action-cold-start.ts [runs=15]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSendStub } from './fixtures/send-stub-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] ?? 15);
const NCC = join(ROOT, 'node_modules/.bin/ncc');
const ACTION_BUNDLE = join(ROOT, 'dist/action/index.js');
const CLI_BUNDLE = join(ROOT, 'dist/cli/index.js');
const BUNDLE_LIMIT_BYTES = 1_000_000;
const TARGET_RATIO = 0.4;

interface Variant {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Checks the run did its job, so a fast failure is never counted as a fast start. */
  verify: (stdout: string, outputFile: string) => boolean;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ms: number; code: number; stdout: string }> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) process.stderr.write(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 400)}\n`);
      done({ ms, code: code ?? 1, stdout });
    });
  });
}

async function ncc(entry: string, outDir: string, transpileOnly: boolean): Promise<string> {
  const args = ['build', join(ROOT, entry), '-o', outDir, '-m', ...(transpileOnly ? ['-t'] : [])];
  const result = await run(process.execPath, [NCC, ...args], { ...process.env });
  if (result.code !== 0) throw new Error(`ncc build of ${entry} failed`);
  const file = ['index.js', 'index.mjs'].map((name) => join(outDir, name)).find((path) => existsSync(path));
  if (!file) throw new Error(`ncc wrote no bundle for ${entry}`);
  return file;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

async function main(): Promise<void> {
  if (!existsSync(ACTION_BUNDLE))
    throw new Error('dist/action/index.js is missing: run npm run package:action');
  const work = mkdtempSync(join(tmpdir(), 'volc-sms-bench-'));
  const stub = await startSendStub();
  try {
    process.stdout.write('Building the comparison bundles (not committed)…\n');
    const sdkBundle = await ncc('bench/fixtures/sdk-send.ts', join(work, 'sdk'), true);
    const coreProbe = await ncc('bench/fixtures/actions-core-probe.mjs', join(work, 'actions-core'), false);
    const coreSend = await ncc('bench/fixtures/core-send.ts', join(work, 'core-send'), true);

    const baseEnv: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: work };
    const outputFile = join(work, 'github-output');
    const summaryFile = join(work, 'github-summary');
    const actionEnv: NodeJS.ProcessEnv = {
      ...baseEnv,
      INPUT_MODE: 'send',
      'INPUT_ACCESS-KEY-ID': 'AKLTbench',
      'INPUT_SECRET-ACCESS-KEY': 'bench-secret',
      INPUT_ENDPOINT: stub.url,
      'INPUT_SUB-ACCOUNT': '7384ed01',
      INPUT_SIGNATURE: '火山引擎',
      'INPUT_TEMPLATE-ID': 'ST_0001',
      'INPUT_PHONE-NUMBERS': '13800000000',
      'INPUT_TEMPLATE-PARAM': '{"code":"123456"}',
      'INPUT_DRY-RUN': 'false',
      'INPUT_FAIL-ON-ERROR': 'true',
      'INPUT_WAIT-FOR-DELIVERY': 'false',
      'INPUT_DELIVERY-TIMEOUT': '120',
      'INPUT_FAIL-ON-DELIVERY-ERROR': 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
    };
    const variants: Variant[] = [
      { name: '(a) bare node -e 0', args: ['-e', '0'], env: baseEnv, verify: () => true },
      {
        name: '(b) dist/action one send',
        args: [ACTION_BUNDLE],
        env: actionEnv,
        verify: (_stdout, file) => /sent-count<<[^\n]+\n1\n/.test(readFileSync(file, 'utf8')),
      },
      {
        name: '(c) official SDK one send',
        args: [sdkBundle],
        env: { ...baseEnv, STUB_HOST: stub.host },
        verify: (stdout) => stdout.startsWith('message id bench-'),
      },
      {
        name: '(d) @actions/core probe',
        args: [coreProbe],
        env: actionEnv,
        verify: (_stdout, file) => readFileSync(file, 'utf8').includes('sent-count<<'),
      },
      {
        name: '(f) core client one send',
        args: [coreSend],
        env: { ...baseEnv, STUB_URL: stub.url },
        verify: (stdout) => stdout.startsWith('message id bench-'),
      },
      {
        name: '(g) CLI --version',
        args: [CLI_BUNDLE, '--version'],
        env: baseEnv,
        verify: (stdout) => /^\d+\.\d+\.\d+/.test(stdout),
      },
      {
        name: '(h) CLI send_sms one send',
        args: [
          CLI_BUNDLE,
          'send_sms',
          ...['--sub-account', '7384ed01', '--signature', '火山引擎', '--template-id', 'ST_0001'],
          ...['--mobiles', '13800000000', '--template-param', '{"code":"123456"}'],
        ],
        env: {
          ...baseEnv,
          VOLC_SMS_ENDPOINT: stub.url,
          VOLCENGINE_ACCESS_KEY: 'AKLTbench',
          VOLCENGINE_SECRET_KEY: 'bench-secret',
        },
        verify: (stdout) => stdout.includes('"bench-'),
      },
    ];

    const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
    for (let round = 0; round < RUNS + 1; round++) {
      // Rotate the order every round so no variant always runs right after another one.
      const order = variants.map((_, i) => variants[(i + round) % variants.length] as Variant);
      for (const variant of order) {
        writeFileSync(outputFile, '');
        writeFileSync(summaryFile, '');
        const result = await run(process.execPath, variant.args, variant.env);
        if (result.code !== 0 || !variant.verify(result.stdout, outputFile)) {
          throw new Error(`${variant.name} did not complete its send; see the output above`);
        }
        // Round 0 warms the OS file cache for every bundle alike and is not counted.
        if (round > 0) times.get(variant.name)?.push(result.ms);
      }
    }

    const med = Object.fromEntries([...times].map(([name, values]) => [name, median(values)]));
    const [a, b, c, d, f, g, h] = variants.map((v) => med[v.name] as number) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    process.stdout.write(
      `\nNode ${process.version}, ${RUNS} interleaved runs each, median wall time process start → exit:\n`,
    );
    for (const variant of variants) {
      const m = med[variant.name] as number;
      process.stdout.write(
        `  ${variant.name.padEnd(28)} ${m.toFixed(1).padStart(7)} ms   (+${(m - a).toFixed(1)} ms over bare)\n`,
      );
    }
    const ratio = (b - a) / (c - a);
    // The same ratio within each round, where every variant ran under the same machine load; its median is
    // the steadier number on a shared machine.
    const series = (name: string) => times.get(name) ?? [];
    const [bare, ours, sdk] = variants.slice(0, 3).map((v) => series(v.name)) as [
      number[],
      number[],
      number[],
    ];
    const pairedRatio = median(bare.map((bareMs, i) => ((ours[i] ?? 0) - bareMs) / ((sdk[i] ?? 0) - bareMs)));
    const size = statSync(ACTION_BUNDLE).size;
    process.stdout.write(
      `\nAction overhead / SDK overhead = ${(b - a).toFixed(1)} / ${(c - a).toFixed(1)} = ${ratio.toFixed(2)} ` +
        `(target ≤ ${TARGET_RATIO}): ${ratio <= TARGET_RATIO ? 'MET' : 'MISSED'}\n` +
        `Median of the per-round ratios: ${pairedRatio.toFixed(2)}\n` +
        `Main bundle dist/action/index.js = ${kB(size)} (limit ${kB(BUNDLE_LIMIT_BYTES)}): ${size <= BUNDLE_LIMIT_BYTES ? 'MET' : 'MISSED'}\n` +
        `Runner protocol: @actions/core alone +${(d - a).toFixed(1)} ms, ${kB(statSync(coreProbe).size)}\n` +
        `Core client alone +${(f - a).toFixed(1)} ms (${kB(statSync(coreSend).size)}); the Action layer adds ` +
        `${(b - f).toFixed(1)} ms\n` +
        `CLI: --version +${(g - a).toFixed(1)} ms, one send_sms +${(h - a).toFixed(1)} ms ` +
        `(${((h - a) / (c - a)).toFixed(2)} × the SDK's send; main bundle ${kB(statSync(CLI_BUNDLE).size)})\n` +
        `SDK bundle ${kB(statSync(sdkBundle).size)}; stub answered ${stub.requests()} sends\n`,
    );
  } finally {
    await stub.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
