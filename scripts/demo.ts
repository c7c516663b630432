// `npm run demo`: the skill's "sending SMS for the first time" flow, run through the real CLI code
// (main() in process) against a local sandbox. Fast and deterministic: it runs in CI and is the README's
// first command. Exits non-zero if any step fails. `npm run demo -- --keep-open` leaves the sandbox (and
// its inbox page) running afterwards, until Ctrl-C.
import { main } from '../src/cli/main.ts';
import type { CliIo } from '../src/cli/io.ts';
import { shellQuote } from '../src/cli/output/shell-quote.ts';
import { startSandbox } from '../src/sandbox/index.ts';

const SUB_ACCOUNT = '7384ed01';
// The sandbox decides delivery by the last digit: 7 fails (NE:0105), others are delivered.
const MOBILES = '13800138000,13912345678,13700000007';
const RECEIPT_DELAY_MS = 300;
const KEEP_OPEN = process.argv.includes('--keep-open');

interface StepResult {
  code: number;
  stdout: string;
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

async function runCli(
  argv: string[],
  env: Record<string, string>,
  options: { json?: boolean } = {},
): Promise<StepResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    // A terminal for tables; a pipe when the step reads JSON back.
    stdout: { write: (text: string) => (stdout += text), isTTY: options.json !== true },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    cwd: process.cwd(),
  };
  const code = await main(argv, env, io);
  if (stderr !== '') process.stdout.write(`${indent(stderr)}\n`);
  return { code, stdout };
}

let stepNumber = 0;
async function step(title: string, argv: string[], env: Record<string, string>): Promise<StepResult> {
  stepNumber += 1;
  process.stdout.write(`\n== ${stepNumber}. ${title} ==\n$ volc-sms ${argv.map(shellQuote).join(' ')}\n`);
  const result = await runCli(argv, env);
  process.stdout.write(`${indent(result.stdout)}\n`);
  if (result.code !== 0) throw new Error(`step ${stepNumber} (${argv[0]}) exited with code ${result.code}`);
  return result;
}

/** Polls the send log until no message of this run awaits its receipt; bounded in tries. */
async function waitForReceipts(env: Record<string, string>, since: string): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const { code, stdout } = await runCli(
      ['list_sms_send_log', '--sub-account', SUB_ACCOUNT, '--since', since],
      env,
      {
        json: true,
      },
    );
    if (code !== 0) throw new Error(`list_sms_send_log exited with code ${code}`);
    const list =
      (JSON.parse(stdout) as { Result?: { List?: Array<{ Status?: number }> } }).Result?.List ?? [];
    if (list.length > 0 && list.every((entry) => entry.Status !== 1)) return;
    await new Promise((resolve) => setTimeout(resolve, RECEIPT_DELAY_MS / 2));
  }
  throw new Error('the delivery receipts did not arrive in time');
}

async function demo(): Promise<void> {
  const started = Date.now();
  const sandbox = await startSandbox({ port: 0, receiptDelayMs: RECEIPT_DELAY_MS, rateLimitQps: 0 });
  // Only the sandbox's own test credentials: nothing from the user's environment or ~/.openclaw/.env.
  const env = {
    VOLCENGINE_ACCESS_KEY: sandbox.credentials.accessKeyId,
    VOLCENGINE_SECRET_KEY: sandbox.credentials.secretAccessKey,
    VOLC_SMS_ENDPOINT: sandbox.url,
    HOME: '/nonexistent-volc-sms-demo-home',
  };
  process.stdout.write(`volc-sms demo: the CLI against a local sandbox at ${sandbox.url}\n`);
  process.stdout.write(
    `(export VOLC_SMS_ENDPOINT=${sandbox.url} VOLCENGINE_ACCESS_KEY=… VOLCENGINE_SECRET_KEY=… to do the same by hand)\n`,
  );
  process.stdout.write(
    `Inbox: ${sandbox.url}/ shows what every phone received, live${KEEP_OPEN ? '' : ' (npm run demo -- --keep-open keeps it running)'}\n`,
  );
  try {
    await step('Pre-use check: credentials, endpoint, what can be sent', ['doctor'], env);
    await step('Query available message groups', ['list_sub_account'], env);
    await step('Query available signatures', ['list_signature'], env);
    await step('Query available templates', ['list_sms_template', '--signatures', '火山引擎'], env);
    await step(
      'Send a verification code to three numbers',
      [
        'send_sms',
        '--sub-account',
        SUB_ACCOUNT,
        '--signature',
        '火山引擎',
        '--template-id',
        'ST_0001',
        '--mobiles',
        MOBILES,
        '--template-param',
        '{"code":"483920"}',
      ],
      env,
    );
    process.stdout.write(`\n   (waiting for the delivery receipts…)\n`);
    await waitForReceipts(env, '10m');
    await step(
      'Query delivery status',
      ['list_sms_send_log', '--sub-account', SUB_ACCOUNT, '--since', '10m'],
      env,
    );
    await step('Query delivery statistics', ['list_total_send_count_stat', '--since', '24h'], env);
    if (KEEP_OPEN) {
      process.stdout.write(
        `\nThe sandbox keeps running: open ${sandbox.url}/ in a browser; Ctrl-C stops it.\n`,
      );
      await new Promise((resolve) => process.once('SIGINT', resolve));
    }
  } finally {
    await sandbox.close();
  }
  process.stdout.write(
    `\nDemo finished in ${((Date.now() - started) / 1000).toFixed(1)} s. Next: docs/cli.md\n`,
  );
}

// `npm run demo | head` closes the pipe early; that is not a failure of the demo.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

demo().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
