// The leak-scan matrix, Slack part: the app as `volc-sms slack` runs it (runSlackApp: its own log line on
// stdout, a SQLite file) against a fake Slack and the sandbox. Scanned: every message the app posted or sent
// to a response URL, its stdout lines, and after it stopped, every row of every table of its database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { runSlackApp } from '../../src/slack/index.ts';
import {
  buttonClickForm,
  postSigned,
  slashCommandForm,
  startFakeSlack,
  type FakeSlack,
} from '../slack/fake-slack.ts';
import { messageText, pendingIdOf } from '../slack/harness.ts';
import { NUMBERS, SANDBOX_KEYS, SECRETS, expectNoLeaks } from './leak-scan.ts';

let sandbox: Sandbox;
let slack: FakeSlack;
let dir: string;
const lines: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, receiptDelayMs: 50, rateLimitQps: 0, ...SANDBOX_KEYS });
  slack = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), 'volc-sms-slack-leaks-'));
  writeFileSync(
    join(dir, 'access.json'),
    JSON.stringify({
      senders: ['USENDER'],
      admins: ['UADMIN'],
      recipientGroups: { oncall: [NUMBERS.spaced.spelling, NUMBERS.singapore.spelling] },
      limits: { send: 100 },
    }),
  );
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
});
afterAll(async () => {
  vi.restoreAllMocks();
  await slack.close();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the app with these SMS credentials, hands `use` a way to talk to it, stops it, returns its outputs. */
async function withApp(
  db: string,
  sms: Record<string, string>,
  use: (app: SlackUser) => Promise<void>,
): Promise<Record<string, string>> {
  const firstLine = lines.length;
  const firstCall = slack.calls.length;
  const app = await runSlackApp({
    SLACK_SIGNING_SECRET: SECRETS.slackSigningSecret,
    SLACK_BOT_TOKEN: SECRETS.slackBotToken,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    SMS_SLACK_CONFIG: join(dir, 'access.json'),
    SMS_SLACK_DB: join(dir, db),
    VOLC_SMS_ENDPOINT: sandbox.url,
    // Configured, and bypassed for the loopback sandbox: still never printed.
    HTTPS_PROXY: `http://runner:${SECRETS.proxyPassword}@127.0.0.1:9`,
    HOME: dir,
    ...sms,
  });
  try {
    const port = /port (\d+)/.exec(lines.slice(firstLine).join('\n'))?.[1];
    await use(slackUser(`http://127.0.0.1:${port}`));
  } finally {
    await app.stop();
  }
  return {
    // The bot token is how the app signs in to Slack's Web API: it goes to Slack, in no message.
    'messages to Slack': JSON.stringify(
      slack.calls
        .slice(firstCall)
        .map(({ body: { token: _token, ...body }, ...call }) => ({ ...call, body })),
    ),
    'log lines': lines.slice(firstLine).join('\n'),
    database: dumpDatabase(join(dir, db)),
  };
}

interface SlackUser {
  /** Runs `/sms text` and returns the app's first answer. */
  command(text: string, userId?: string): Promise<string>;
  /** Clicks a button of a confirmation; returns a way to wait for the n-th answer to the click. */
  click(confirmation: string, actionId: string): Promise<(n: number) => Promise<string>>;
}

function slackUser(appUrl: string): SlackUser {
  const post = async ({ form, responseId }: { form: Record<string, string>; responseId: string }) => {
    expect((await postSigned(appUrl, SECRETS.slackSigningSecret, form)).status).toBe(200);
    return async (n: number) => {
      const call = await slack.waitFor(() => slack.responses(responseId)[n - 1], `answer #${n}`, 15_000);
      return messageText(call.body);
    };
  };
  return {
    async command(text, userId = 'UADMIN') {
      return (await post(slashCommandForm(slack, { text, userId, channelId: 'COPS' })))(1);
    },
    async click(confirmation, actionId) {
      const value = pendingIdOf(JSON.parse(confirmation) as Record<string, unknown>);
      return post(buttonClickForm(slack, { actionId, value, userId: 'UADMIN' }));
    },
  };
}

function dumpDatabase(file: string): string {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    return JSON.stringify(
      tables.map(({ name }) => ({ name, rows: db.prepare(`SELECT * FROM "${String(name)}"`).all() })),
    );
  } finally {
    db.close();
  }
}

const aksk = { VOLCENGINE_ACCESS_KEY: SECRETS.accessKeyId, VOLCENGINE_SECRET_KEY: SECRETS.secretAccessKey };
// Recipients as one Slack token each: no spaces inside a number.
const RECIPIENTS = [
  '138-1234-0001',
  '+8613912340002',
  '(+86)13712340003',
  '008615912340004',
  '13812340007',
  '+6564665541',
];

describe('leak scan: the Slack app (runSlackApp)', () => {
  it('success, API errors, outcome-unknown faults and bad input: nothing leaks to Slack, the log or the database', async () => {
    const outputs = await withApp('matrix.db', aksk, async (app) => {
      // Success: a send to every spelling and a group, confirmed, with results and delivery receipts.
      const confirmation = await app.command(
        `send ${RECIPIENTS.join(',')},oncall template=ST_0001 signature=VolcOps code=482916`,
      );
      expect(confirmation).toContain('138****0001');
      const answers = await app.click(confirmation, 'sms_send_confirm');
      expect(await answers(2)).toContain('6 sent');
      expect(await answers(3)).toContain('138****0007: sent, delivery failed NE:0105');
      expect(await (await app.click(confirmation, 'sms_send_confirm'))(1)).toContain('already');
      const cancelled = await app.command(
        `send ${NUMBERS.bare.spelling} template=ST_0001 signature=VolcOps code=1`,
      );
      expect(await (await app.click(cancelled, 'sms_send_cancel'))(1)).toMatch(/[Cc]ancel/);
      expect(await app.command(`log ${NUMBERS.failsDelivery.spelling}`)).toContain('138****0007');
      expect(await app.command('log +86-139-1234-0002')).toContain('139****0002');
      expect(await app.command('log a13812340001')).toContain('a138****0001');
      expect(await app.command('stats 24h')).toContain('Submitted');
      expect(await app.command('groups')).toContain('7384ed01');
      // API errors.
      expect(await app.command(`send ${NUMBERS.bare.spelling} template=ST_9999 code=1`)).toContain('ST_9999');
      // Outcome unknown: the answer to the send is lost after the sandbox recorded it.
      sandbox.admin.addFault('SendSmsForAgent=drop-after');
      const lost = await app.command(
        `send ${NUMBERS.dashed.spelling.replaceAll(' ', '')} template=ST_0001 signature=VolcOps code=2`,
      );
      expect(await (await app.click(lost, 'sms_send_confirm'))(2)).toMatch(/unknown/i);
      sandbox.admin.clearFaults();
      // Bad input.
      expect(
        await app.command(
          `send ${NUMBERS.short.spelling},${NUMBERS.long.spelling} template=ST_0001 signature=VolcOps code=1`,
        ),
      ).toMatch(/not a phone number|invalid/);
      expect(
        await app.command(
          `send ${NUMBERS.bare.spelling} template=ST_0001 signature=VolcOps code=1 ${NUMBERS.prefixed.spelling}`,
        ),
      ).toContain('comes after the options');
      expect(await app.command(`log ${NUMBERS.long.spelling}`)).toContain('not a phone number');
      expect(await app.command(`stats 24h template=${NUMBERS.bare.spelling}`)).toBeTruthy();
      // Everything above is in the audit log, which admins read back.
      expect(await app.command('audit 50')).toContain('log a138****0001');
    });
    expectNoLeaks(outputs);
  }, 90_000);

  it('auth errors: a wrong secret key, and a wrong access key, leak nothing either', async () => {
    for (const [db, sms] of [
      ['wrong-sk.db', { ...aksk, VOLCENGINE_SECRET_KEY: `${SECRETS.secretAccessKey}X` }],
      ['wrong-ak.db', { ...aksk, VOLCENGINE_ACCESS_KEY: `${SECRETS.accessKeyId}X` }],
    ] as const) {
      const outputs = await withApp(db, sms, async (app) => {
        expect(
          await app.command(`send ${NUMBERS.bare.spelling},oncall template=ST_0001 signature=VolcOps code=1`),
        ).toMatch(/:x:|:warning:/);
        expect(await app.command(`log ${NUMBERS.spaced.spelling.replaceAll(' ', '-')}`)).toMatch(/:x:/);
        expect(await app.command('stats 24h')).toMatch(/:x:/);
      });
      expectNoLeaks(outputs);
    }
  }, 60_000);
});
