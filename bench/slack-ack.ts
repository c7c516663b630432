/**
 * Ack latency of the Slack app: 50 concurrent `/sms stats`, Slack-signed, over real HTTP, while the sandbox
 * adds 2 s to every SMS API call. Slack gives up on a command after 3 s, so the ack must not wait for the API.
 * Also reports when the answers arrived through the response URL (that part does wait for the API).
 *
 *   node bench/slack-ack.ts [--concurrency 50] [--latency-ms 2000]
 */
import { parseArgs } from 'node:util';
import { createSmsClient } from '../src/core/index.ts';
import { SANDBOX_CREDENTIALS, startSandbox } from '../src/sandbox/index.ts';
import { AccessConfigSchema, createSlackApp } from '../src/slack/index.ts';
import { postSigned, slashCommandForm, startFakeSlack } from '../test/slack/fake-slack.ts';

const SIGNING_SECRET = 'bench-signing-secret';

export interface AckBenchResult {
  concurrency: number;
  latencyMs: number;
  ack: { p50: number; p99: number; max: number };
  answer: { p50: number; p99: number; max: number };
  statuses: Record<string, number>;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function summary(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

export async function runSlackAckBench(concurrency = 50, latencyMs = 2_000): Promise<AckBenchResult> {
  // The sandbox's own 5 QPS limit is off: this measures the app, not the throttle.
  const sandbox = await startSandbox({ port: 0, rateLimitQps: 0 });
  const slack = await startFakeSlack();
  const sms = createSmsClient({
    auth: {
      kind: 'aksk',
      accessKeyId: SANDBOX_CREDENTIALS.accessKeyId,
      secretAccessKey: SANDBOX_CREDENTIALS.secretAccessKey,
    },
    endpoint: sandbox.url,
    httpEngine: 'pool',
  });
  const handle = createSlackApp({
    botToken: 'xoxb-bench',
    signingSecret: SIGNING_SECRET,
    slackApiUrl: slack.apiUrl,
    access: AccessConfigSchema.parse({ readers: ['UBENCH'], limits: { stats: 100_000 } }),
    sms,
    dbPath: ':memory:',
    log: () => {},
  });
  try {
    const { port } = await handle.start({ port: 0, host: '127.0.0.1' });
    const appUrl = `http://127.0.0.1:${port}`;
    // One warm-up command: auth.test, the first SQLite statements and the HTTP pools are set up outside the timing.
    const warm = slashCommandForm(slack, { text: 'stats 24h', userId: 'UBENCH' });
    await postSigned(appUrl, SIGNING_SECRET, warm.form);
    await slack.waitFor(() => slack.responses(warm.responseId)[0], 'the warm-up answer');

    sandbox.admin.addFault({ action: '*', kind: 'latency', latencyMs });
    const runs = await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const { form, responseId } = slashCommandForm(slack, { text: 'stats 24h', userId: 'UBENCH' });
        const started = performance.now();
        const res = await postSigned(appUrl, SIGNING_SECRET, form);
        await slack.waitFor(() => slack.responses(responseId)[0], `answer ${responseId}`, 60_000);
        return { ack: res.elapsedMs, answer: performance.now() - started, status: res.status };
      }),
    );
    const statuses: Record<string, number> = {};
    for (const run of runs) statuses[run.status] = (statuses[run.status] ?? 0) + 1;
    return {
      concurrency,
      latencyMs,
      ack: summary(runs.map((r) => r.ack)),
      answer: summary(runs.map((r) => r.answer)),
      statuses,
    };
  } finally {
    await handle.stop();
    await sms.close();
    await slack.close();
    await sandbox.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      concurrency: { type: 'string', default: '50' },
      'latency-ms': { type: 'string', default: '2000' },
    },
  });
  const result = await runSlackAckBench(Number(values.concurrency), Number(values['latency-ms']));
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `slack-ack: ${result.concurrency} concurrent /sms stats, SMS API latency ${result.latencyMs} ms (sandbox fault)`,
  );
  console.log(
    `  ack     p50 ${ms(result.ack.p50)}  p99 ${ms(result.ack.p99)}  max ${ms(result.ack.max)}  (Slack's limit: 3000 ms)`,
  );
  console.log(
    `  answer  p50 ${ms(result.answer.p50)}  p99 ${ms(result.answer.p99)}  max ${ms(result.answer.max)}  (via response_url)`,
  );
  console.log(`  HTTP statuses: ${JSON.stringify(result.statuses)}`);
  if (result.ack.max >= 3_000 || Object.keys(result.statuses).some((status) => status !== '200'))
    process.exitCode = 1;
}
