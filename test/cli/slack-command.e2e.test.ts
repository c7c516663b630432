// `volc-sms slack` starts the Slack app (src/slack) and stops it on a signal. The app itself is tested in
// test/slack; here: the command's wiring, with a stub of the Slack Web API (Bolt calls auth.test at start).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempHome, runCli, startLongRunning } from './helpers/cli-process.ts';

let home: { home: string; cleanup: () => Promise<void> };
const slackCalls: string[] = [];
const slackApi = createServer((req, res) => {
  slackCalls.push(req.url ?? '');
  req.resume().on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, user_id: 'UBOT', team_id: 'T1', bot_id: 'B1' }));
  });
});

beforeAll(async () => {
  home = await makeTempHome();
  await new Promise<void>((resolve) => slackApi.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => slackApi.close(resolve));
  await home.cleanup();
});

const SMS_ENV = {
  VOLC_SMS_ENDPOINT: 'http://127.0.0.1:9',
  VOLCENGINE_ACCESS_KEY: 'AKLTslacktest',
  VOLCENGINE_SECRET_KEY: 'slack-test-secret',
};

describe('volc-sms slack', () => {
  it('runs the app in HTTP mode until SIGINT, then stops it: exit 0', async () => {
    const { port } = slackApi.address() as AddressInfo;
    const env = {
      ...SMS_ENV,
      SLACK_BOT_TOKEN: 'xoxb-cli-test-token',
      SLACK_SIGNING_SECRET: 'cli-test-signing-secret',
      SLACK_API_URL: `http://127.0.0.1:${port}/`,
      PORT: '0',
      SMS_SLACK_DB: ':memory:',
    };
    const app = await startLongRunning(['slack'], {
      env,
      home: home.home,
      ready: /press Ctrl-C/,
      stream: 'stderr',
    });
    expect(await app.stop('SIGINT')).toBe(0);
    const { stdout, stderr } = app.output();
    expect(stdout).toMatch(/Slack app started in HTTP mode on port \d+/);
    expect(stderr).toMatch(/Slack app stopped \(SIGINT\)\.\n$/);
    expect(slackCalls).toContain('/auth.test');
    for (const secret of ['xoxb-cli-test-token', 'cli-test-signing-secret', 'slack-test-secret']) {
      expect(stdout + stderr).not.toContain(secret);
    }
  });

  it('names what is missing: exit 3', async () => {
    const run = await runCli(['slack'], { env: SMS_ENV, home: home.home });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^volc-sms: Slack app configuration is invalid: SLACK_BOT_TOKEN is required/);
  });
});
