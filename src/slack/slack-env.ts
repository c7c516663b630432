import { z } from 'zod';
import { SmsConfigError } from '../core/index.ts';

/** The Slack side of the app's environment. The SMS credentials are read by the core's resolveClientConfig. */
export const SlackEnvSchema = z.object({
  /** Required in HTTP mode, where every request's X-Slack-Signature is verified with it. */
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_BOT_TOKEN: z
    .string({ error: 'is required: the bot token (OAuth & Permissions → Bot User OAuth Token)' })
    .regex(/^xoxb-/, 'must be a bot token starting with "xoxb-" (OAuth & Permissions)'),
  /** Present → Socket Mode; absent → HTTP mode on PORT. */
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must be an app-level token starting with "xapp-" with the connections:write scope')
    .optional(),
  /** Base of the Slack Web API, e.g. a local fake in tests. Must end with a slash for the WebClient. */
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })
    .optional(),
  PORT: z.coerce
    .number({ error: 'must be a TCP port (0–65535)' })
    .int('must be a TCP port (0–65535)')
    .min(0, 'must be a TCP port (0–65535)')
    .max(65535, 'must be a TCP port (0–65535)')
    .default(3000),
  SMS_SLACK_CONFIG: z.string().min(1).optional(),
  /** Overrides the config file's `auditDb`. */
  SMS_SLACK_DB: z.string().min(1).optional(),
  /** PostgreSQL, shared by every replica; wins over SMS_SLACK_DB and `auditDb`. */
  SMS_SLACK_DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/volc_sms',
    })
    .optional(),
  /** For tests: how long a replica's lease on a send lasts (docs/slack.md, "Running several replicas"). */
  SMS_SLACK_LEASE_MS: z.coerce
    .number({ error: 'must be a number of milliseconds (1000–60000)' })
    .int('must be a number of milliseconds (1000–60000)')
    .min(1_000, 'must be a number of milliseconds (1000–60000)')
    .max(60_000, 'must be at most 60000: a survivor announces an interrupted send within 2 minutes')
    .optional(),
  /** For tests: the shortest gap between a schedule's slots, in seconds (default 60). */
  SMS_SLACK_MIN_SLOT_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds (1–60)' })
    .int('must be a number of seconds (1–60)')
    .min(1, 'must be a number of seconds (1–60)')
    .max(60, 'must be a number of seconds (1–60)')
    .optional(),
});

export type SlackEnv = z.output<typeof SlackEnvSchema>;

export function parseSlackEnv(env: Record<string, string | undefined>): SlackEnv {
  // Empty strings are what unset secrets look like in many deployments; treat them as absent.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = SlackEnvSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
  // Checked here rather than in a refinement so it is reported together with every other problem.
  if (present.SLACK_APP_TOKEN === undefined && present.SLACK_SIGNING_SECRET === undefined) {
    problems.push(
      'SLACK_SIGNING_SECRET is required in HTTP mode (Basic Information → App Credentials → Signing Secret), ' +
        'or set SLACK_APP_TOKEN for Socket Mode',
    );
  }
  if (!parsed.success || problems.length > 0) {
    throw new SmsConfigError(`Slack app configuration is invalid: ${problems.join('; ')}`, {
      hint: 'Set the named environment variables; docs/slack.md lists them all.',
    });
  }
  const slackApiUrl = parsed.data.SLACK_API_URL;
  return {
    ...parsed.data,
    ...(slackApiUrl === undefined
      ? {}
      : { SLACK_API_URL: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/` }),
  };
}
