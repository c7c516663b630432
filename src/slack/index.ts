import {
  createSmsClient,
  redact,
  resolveClientConfig,
  secretsToRedact,
  type ClientOptions,
} from '../core/index.ts';
import { loadAccessConfig } from './access-config.ts';
import { createSlackApp } from './app.ts';
import { parseSlackEnv, type SlackEnv } from './slack-env.ts';
import { prepareDefaultDbPath } from './state-dir.ts';
import { databasePassword } from './store-postgres.ts';
import { DEFAULT_TUNING, type Tuning } from './tuning.ts';

/**
 * Entry point of the Slack app (`volc-sms slack`). Reads and validates all configuration before anything
 * starts; a bad variable or config file stops the start with an SmsConfigError naming it.
 */

export { createSlackApp } from './app.ts';
export type { SlackAppDeps, SlackAppHandle } from './app.ts';
export { parseAccessConfig, AccessConfigSchema } from './access-config.ts';
export type { AccessConfig } from './access-config.ts';

export { defaultDbPath } from './state-dir.ts';

export async function runSlackApp(
  env: Record<string, string | undefined>,
): Promise<{ stop(): Promise<void> }> {
  const slackEnv = parseSlackEnv(env);
  const access =
    slackEnv.SMS_SLACK_CONFIG === undefined ? undefined : loadAccessConfig(slackEnv.SMS_SLACK_CONFIG);
  const smsConfig = resolveClientConfig({ env });

  const log = appLog(env, smsConfig.options);

  const sms = createSmsClient(smsConfig.options);
  const databaseUrl = slackEnv.SMS_SLACK_DATABASE_URL;
  // With PostgreSQL no local file is opened, nor its directory created.
  const dbPath =
    databaseUrl === undefined ? (slackEnv.SMS_SLACK_DB ?? access?.auditDb ?? prepareDefaultDbPath(env)) : '';
  const handle = createSlackApp({
    botToken: slackEnv.SLACK_BOT_TOKEN,
    signingSecret: slackEnv.SLACK_SIGNING_SECRET,
    appToken: slackEnv.SLACK_APP_TOKEN,
    healthPort: slackEnv.PORT,
    slackApiUrl: slackEnv.SLACK_API_URL,
    access,
    sms,
    dbPath,
    databaseUrl,
    tuning: testTimings(slackEnv),
    log,
  });

  let started: { port?: number | undefined };
  try {
    started = await handle.start(slackEnv.PORT);
  } catch (err) {
    // The caller never gets the handle: close the database (and anything start got to) here.
    await handle.stop();
    await sms.close();
    throw err;
  }
  if (access === undefined) {
    log(
      'warn: SMS_SLACK_CONFIG is not set: only `/sms help` works until a permissions file is configured (docs/slack.md).',
    );
  }
  const where =
    slackEnv.SLACK_APP_TOKEN === undefined
      ? `HTTP mode on port ${started.port}: Slack requests at /slack/events, health at /healthz and /readyz`
      : 'Socket Mode (no public URL needed)';
  log(
    `info: volc-sms Slack app started in ${where}; SMS via ${smsConfig.endpoint} (${smsConfig.auth.kind}, from ${smsConfig.auth.from}); ` +
      `database ${handle.store.description}; time zone ${access?.timezone ?? 'Asia/Shanghai'}`,
  );
  return {
    async stop() {
      await handle.stop();
      await sms.close();
    },
  };
}

/** The lease and the shortest slot, shortened for tests (docs/slack.md); the loops that watch them follow. */
function testTimings(slackEnv: SlackEnv): Partial<Tuning> {
  const leaseMs = slackEnv.SMS_SLACK_LEASE_MS;
  const minSlotMs =
    slackEnv.SMS_SLACK_MIN_SLOT_SECONDS === undefined
      ? undefined
      : slackEnv.SMS_SLACK_MIN_SLOT_SECONDS * 1000;
  return {
    ...(leaseMs === undefined
      ? {}
      : { leaseMs, leaseCheckMs: Math.min(DEFAULT_TUNING.leaseCheckMs, Math.ceil(leaseMs / 3)) }),
    ...(minSlotMs === undefined
      ? {}
      : { minSlotMs, schedulerTickMs: Math.min(DEFAULT_TUNING.schedulerTickMs, Math.ceil(minSlotMs / 4)) }),
  };
}

/**
 * The app's log line on stdout: every secret of the core's registry scrubbed (Slack tokens, the SMS
 * credentials with the access key id, proxy passwords), and phone numbers masked.
 */
export function appLog(
  env: Record<string, string | undefined>,
  sms: Pick<ClientOptions, 'auth' | 'proxy'>,
  write: (line: string) => void = console.log,
): (line: string) => void {
  const secrets = secretsToRedact({
    env,
    auth: sms.auth,
    proxy: sms.proxy,
    values: [databasePassword(env.SMS_SLACK_DATABASE_URL)],
  });
  return (line) => write(redact(line, secrets));
}
