import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsClient, type SmsClient } from '../../src/core/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { createSlackApp, type SlackAppHandle } from '../../src/slack/index.ts';
import { sandboxAuth } from '../helpers/sandbox-auth.ts';
import { buttonClickForm, slashCommandForm, startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { BOT_TOKEN, TEST_ACCESS, messageText, pendingIdOf } from './harness.ts';
import { testDatabaseUrl } from './backend.ts';

/**
 * Socket Mode, for workspaces where Slack cannot reach the app: the app opens a WebSocket (URL from
 * `apps.connections.open`) and gets commands and clicks as envelopes it must ack on the socket. Here Slack's
 * end is a real WebSocket server on 127.0.0.1 (the fake Slack), and the SMS API is the sandbox.
 */
describe('Socket Mode over a real WebSocket', () => {
  let sandbox: Sandbox;
  let slack: FakeSlack;
  let sms: SmsClient;
  let handle: SlackAppHandle;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, receiptDelayMs: 50, rateLimitQps: 0 });
    slack = await startFakeSlack();
    sms = createSmsClient({ auth: sandboxAuth(sandbox), endpoint: sandbox.url });
    handle = createSlackApp({
      botToken: BOT_TOKEN,
      appToken: 'xapp-1-test-app-token',
      healthPort: 0,
      slackApiUrl: slack.apiUrl,
      access: TEST_ACCESS,
      sms,
      dbPath: ':memory:',
      databaseUrl: await testDatabaseUrl(),
      log: () => {},
      tuning: { receiptPollMs: 100, receiptPollAttempts: 30, schedulerTickMs: 3_600_000 },
    });
    await handle.start();
    await slack.waitFor(() => slack.socket.connections() === 1, 'the app to open its WebSocket');
  });
  afterAll(async () => {
    await handle.stop();
    await sms.close();
    await slack.close();
    await sandbox.close();
  });

  it('asks the configured Slack API (SLACK_API_URL) for the WebSocket URL, with the app token', () => {
    const opened = slack.api('apps.connections.open');
    expect(opened).toHaveLength(1);
  });

  it('acks /sms send on the socket, confirms through the response URL, and a Send click sends once', async () => {
    const command = slashCommandForm(slack, {
      text: 'send 13800000001 template=ST_0001 code=2468 signature=VolcOps',
    });
    const commandAck = await slack.socket.deliver('slash_commands', command.form);
    expect(commandAck.ack).toMatchObject({ envelope_id: expect.stringMatching(/^env-/) });
    const confirmation = await slack.waitFor(
      () => slack.responses(command.responseId)[0]?.body,
      'the confirmation on the response URL',
    );
    expect(messageText(confirmation)).toContain('138****0001');
    expect(sandbox.admin.messages()).toEqual([]);

    const click = buttonClickForm(slack, { actionId: 'sms_send_confirm', value: pendingIdOf(confirmation) });
    const clickAck = await slack.socket.deliver('interactive', JSON.parse(click.form.payload ?? '{}'));
    expect(clickAck.ack).toMatchObject({ envelope_id: expect.stringMatching(/^env-/) });
    const result = await slack.waitFor(
      () => slack.responses(click.responseId).find((call) => messageText(call.body).includes('1 sent')),
      'the send result',
    );
    expect(messageText(result.body)).not.toContain('13800000001');
    expect(sandbox.admin.messages().map((m) => m.mobile)).toEqual(['13800000001']);
  });
});
