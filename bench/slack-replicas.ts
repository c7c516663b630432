// The Slack app as three replicas on one PostgreSQL, behind a round-robin proxy (real processes, real
// HTTP on 127.0.0.1), measured side by side in one run:
//   1. ack latency of 50 concurrent `/sms stats` spread over the 3 replicas while the SMS API takes 2 s
//      (sandbox latency fault): p99 must stay under 200 ms (Slack gives up at 3 s);
//   2. confirmation-click throughput, the same N clicks through 1 replica and through 3: the claim is one
//      UPDATE per click, so adding replicas must not serialise them (ratio ≥ 1, ideally more).
// Needs Debian's postgresql package (as the tests). On a shared machine the figures move with other load.
//
//   node bench/slack-replicas.ts [--concurrency 50] [--latency-ms 2000] [--clicks 60]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startSandbox } from '../src/sandbox/index.ts';
import { createTestDatabase, findPostgresBin, startTestPostgres } from '../test/helpers/postgres.ts';
import { startReplica, startRoundRobin, type Replica } from '../test/slack-replicas/replicas.ts';
import { buttonClickForm, postSigned, slashCommandForm, startFakeSlack } from '../test/slack/fake-slack.ts';
import { pendingIdOf } from '../test/slack/harness.ts';

const SECRET = 'bench-signing-secret';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '50' },
    'latency-ms': { type: 'string', default: '2000' },
    clicks: { type: 'string', default: '60' },
  },
});
const concurrency = Number(values.concurrency);
const latencyMs = Number(values['latency-ms']);
const clicks = Number(values.clicks);

const bin = findPostgresBin();
if (bin === undefined) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
const dir = mkdtempSync(join(tmpdir(), 'volc-sms-bench-replicas-'));
const postgres = await startTestPostgres(bin);
const sandbox = await startSandbox({ port: 0, receiptDelayMs: 50, rateLimitQps: 0 });
const slack = await startFakeSlack();
let replicas: Replica[] = [];
let targets: Replica[] = [];
const proxy = await startRoundRobin(() => targets);
try {
  const config = join(dir, 'access.json');
  writeFileSync(
    config,
    JSON.stringify({ senders: ['UBENCH'], channels: ['COPS'], limits: { send: 100_000, stats: 100_000 } }),
  );
  const env = {
    HOME: dir,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    SMS_SLACK_CONFIG: config,
    SMS_SLACK_DATABASE_URL: await createTestDatabase(postgres.url),
    VOLC_SMS_ENDPOINT: sandbox.url,
    VOLCENGINE_ACCESS_KEY: sandbox.credentials.accessKeyId,
    VOLCENGINE_SECRET_KEY: sandbox.credentials.secretAccessKey,
  };
  replicas = await Promise.all([startReplica(env), startReplica(env), startReplica(env)]);
  targets = replicas;

  const command = async (text: string) => {
    const { form, responseId } = slashCommandForm(slack, { text, userId: 'UBENCH' });
    const res = await postSigned(proxy.url, SECRET, form);
    return { responseId, ackMs: res.elapsedMs, status: res.status };
  };
  const answered = (responseId: string, match: RegExp, timeoutMs = 60_000) =>
    slack.waitFor(
      () => slack.responses(responseId).some((r) => match.test(JSON.stringify(r.body))) || undefined,
      `answer on ${responseId}`,
      timeoutMs,
    );

  // Warm-up outside the timing: each replica's first statements, pools, catalog caches.
  for (let i = 0; i < 3; i += 1) await answered((await command('stats 24h')).responseId, /./);

  // 1. ack latency under a slow SMS API.
  sandbox.admin.addFault({ action: '*', kind: 'latency', latencyMs });
  const runs = await Promise.all(Array.from({ length: concurrency }, () => command('stats 24h')));
  sandbox.admin.clearFaults();
  const acks = runs.map((r) => r.ackMs).sort((a, b) => a - b);
  const p99 = percentile(acks, 99);
  console.log(
    `Slack ack latency, ${concurrency} concurrent /sms stats over 3 replicas on PostgreSQL, SMS API ${latencyMs} ms: ` +
      `p50 ${percentile(acks, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${acks.at(-1)?.toFixed(0)} ms ` +
      `(target p99 < 200 ms: ${p99 < 200 ? 'MET' : 'MISSED'}); HTTP ${[...new Set(runs.map((r) => r.status))].join(',')}`,
  );
  await Promise.all(runs.map((r) => answered(r.responseId, /./)));

  // 2. confirmation-click throughput, 1 replica vs 3.
  let serial = 0;
  const throughput = async (through: Replica[], count = clicks) => {
    targets = through;
    const pendingIds = await Promise.all(
      Array.from({ length: count }, async () => {
        serial += 1;
        const mobile = `1390${String(serial).padStart(7, '0')}`;
        const { responseId } = await command(`send ${mobile} template=ST_0001 code=1 signature=VolcOps`);
        await answered(responseId, /sms_send_confirm/);
        return pendingIdOf(slack.responses(responseId)[0]?.body ?? {});
      }),
    );
    const started = performance.now();
    await Promise.all(
      pendingIds.map(async (value) => {
        const { form, responseId } = buttonClickForm(slack, {
          actionId: 'sms_send_confirm',
          value,
          userId: 'UBENCH',
        });
        await postSigned(proxy.url, SECRET, form);
        await answered(responseId, /1 sent/);
      }),
    );
    return count / ((performance.now() - started) / 1000);
  };
  // Warm-up: every replica's send path (catalog caches, statements) once before either timing.
  await throughput(replicas, 6);
  const one = await throughput(replicas.slice(0, 1));
  const three = await throughput(replicas);
  console.log(
    `Confirmation clicks (${clicks} at once, each a send): 1 replica ${one.toFixed(1)}/s, 3 replicas ${three.toFixed(1)}/s, ` +
      `ratio ${(three / one).toFixed(2)}× (should be ≥ 1: the claims do not serialise)`,
  );
} finally {
  await Promise.all(replicas.map((replica) => replica.stop('SIGTERM')));
  await proxy.close();
  await slack.close();
  await sandbox.close();
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
