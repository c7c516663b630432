import { createSmsClient } from '../../src/core/index.ts';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.ts';
import type { AccessConfig } from '../../src/slack/access-config.ts';
import { sandboxAuth } from '../helpers/sandbox-auth.ts';
import { testDatabaseUrl } from './backend.ts';
import { AccessConfigSchema } from '../../src/slack/access-config.ts';
import { createSlackApp, type SlackAppDeps, type SlackAppHandle } from '../../src/slack/index.ts';
import {
  buttonClickForm,
  postSigned,
  slashCommandForm,
  startFakeSlack,
  type FakeSlack,
  type SignedPostResult,
  type SlashCommand,
} from './fake-slack.ts';

/** The app as a real HTTP server (port 0), a fake Slack, and the SMS sandbox, wired together. */

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-bot-token';

export const TEST_ACCESS: AccessConfig = AccessConfigSchema.parse({
  senders: ['USENDER', 'SONCALL'],
  readers: ['UREADER'],
  admins: ['UADMIN'],
  channels: ['COPS'],
  recipientGroups: { oncall: ['13800000001', '+86 138 0000 0002'], 'release-managers': ['13900000003'] },
  limits: { send: 5 },
});

export interface Harness {
  sandbox: Sandbox;
  slack: FakeSlack;
  handle: SlackAppHandle;
  appUrl: string;
  /** On the PostgreSQL project: the database every (re)start of the app uses, whatever its dbPath. */
  databaseUrl: string | undefined;
  logs: string[];
  command(
    command: SlashCommand,
    options?: { retryNum?: number },
  ): Promise<SignedPostResult & { responseId: string }>;
  click(click: {
    actionId: string;
    value: string;
    userId?: string;
    channelId?: string;
  }): Promise<SignedPostResult & { responseId: string }>;
  /** Waits for the n-th (1-based) response on a response URL. */
  response(responseId: string, n?: number, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Restarts only the app (same DB file), keeping Slack and the sandbox. */
  restartApp(overrides?: Partial<SlackAppDeps>): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  access?: AccessConfig | undefined | null;
  sandbox?: SandboxOptions;
  app?: Partial<SlackAppDeps>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, receiptDelayMs: 50, rateLimitQps: 0, ...options.sandbox });
  const slack = await startFakeSlack();
  const logs: string[] = [];
  const access = options.access === null ? undefined : (options.access ?? TEST_ACCESS);
  const databaseUrl = await testDatabaseUrl();

  const makeApp = async (overrides: Partial<SlackAppDeps> = {}) => {
    const sms = createSmsClient({ auth: sandboxAuth(sandbox), endpoint: sandbox.url });
    const handle = createSlackApp({
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      slackApiUrl: slack.apiUrl,
      access,
      sms,
      dbPath: ':memory:',
      log: (line) => logs.push(line),
      tuning: { receiptPollMs: 100, receiptPollAttempts: 30, schedulerTickMs: 3_600_000 },
      ...options.app,
      ...overrides,
      ...(databaseUrl === undefined ? {} : { databaseUrl }),
    });
    const { port } = await handle.start({ port: 0, host: '127.0.0.1' });
    return { handle, sms, appUrl: `http://127.0.0.1:${port}` };
  };

  let current = await makeApp();
  const harness: Harness = {
    sandbox,
    slack,
    logs,
    databaseUrl,
    get handle() {
      return current.handle;
    },
    get appUrl() {
      return current.appUrl;
    },
    async command(command, opts = {}) {
      const { form, responseId } = slashCommandForm(slack, command);
      const result = await postSigned(current.appUrl, SIGNING_SECRET, form, opts);
      return { ...result, responseId };
    },
    async click(click) {
      const { form, responseId } = buttonClickForm(slack, click);
      const result = await postSigned(current.appUrl, SIGNING_SECRET, form);
      return { ...result, responseId };
    },
    async response(responseId, n = 1, timeoutMs = 10_000) {
      const call = await slack.waitFor(
        () => slack.responses(responseId)[n - 1],
        `response #${n} on ${responseId}`,
        timeoutMs,
      );
      return call.body;
    },
    async restartApp(overrides) {
      await current.handle.stop();
      await current.sms.close();
      current = await makeApp(overrides);
    },
    async close() {
      await current.handle.stop();
      await current.sms.close();
      await slack.close();
      await sandbox.close();
    },
  };
  return harness;
}

/** All text of a Slack message (text + every block's text), for assertions. */
export function messageText(message: Record<string, unknown>): string {
  return JSON.stringify(message);
}

/** The pending-send id on a confirmation's Send button. */
export function pendingIdOf(message: Record<string, unknown>): string {
  const blocks = (message.blocks ?? []) as {
    type: string;
    elements?: { action_id?: string; value?: string }[];
  }[];
  for (const block of blocks) {
    for (const element of block.elements ?? []) {
      if (element.action_id === 'sms_send_confirm' && element.value !== undefined) return element.value;
    }
  }
  throw new Error(`no Send button in ${JSON.stringify(message).slice(0, 500)}`);
}
