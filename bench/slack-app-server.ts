// The Slack app, with the SMS sandbox behind it, as its own process for bench/slack-ack.ts, so the load
// generator's CPU is not counted in the app's ack latency. argv[2] is the Slack Web API base (the bench's
// fake Slack). Prints one JSON line {appUrl, sandboxUrl} on stdout; exits when the parent disconnects.
import { createSmsClient } from '../src/core/index.ts';
import { SANDBOX_CREDENTIALS, startSandbox } from '../src/sandbox/index.ts';
import { AccessConfigSchema, createSlackApp } from '../src/slack/index.ts';

const BENCH_SIGNING_SECRET = 'bench-signing-secret';
const BENCH_USER = 'UBENCH';

const slackApiUrl = process.argv[2];
if (slackApiUrl === undefined) throw new Error('usage: slack-app-server.ts <slack api url>');

// The sandbox's own 5 QPS limit is off: this measures the app, not the throttle.
const sandbox = await startSandbox({ port: 0, rateLimitQps: 0 });
const sms = createSmsClient({
  auth: {
    kind: 'aksk',
    accessKeyId: SANDBOX_CREDENTIALS.accessKeyId,
    secretAccessKey: SANDBOX_CREDENTIALS.secretAccessKey,
  },
  endpoint: sandbox.url,
});
const handle = createSlackApp({
  botToken: 'xoxb-bench',
  signingSecret: BENCH_SIGNING_SECRET,
  slackApiUrl,
  access: AccessConfigSchema.parse({ readers: [BENCH_USER], limits: { stats: 100_000 } }),
  sms,
  dbPath: ':memory:',
  log: () => {},
});
const { port } = await handle.start({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ appUrl: `http://127.0.0.1:${port}`, sandboxUrl: sandbox.url })}\n`);

process.on('disconnect', () => {
  void (async () => {
    await handle.stop();
    await sms.close();
    await sandbox.close();
    process.exit(0);
  })();
});
