import { App, type CustomRoute, type Logger } from '@slack/bolt';
import { SmsConfigError } from '../core/index.ts';
import { freshRequestsReceiver } from './fresh-requests.ts';

/**
 * The Bolt app in either mode, with the health routes (/healthz, /readyz), and its start-up check of the
 * bot token turned into a configuration error that says what to fix.
 */

export interface BoltAppOptions {
  botToken: string;
  signingSecret?: string | undefined;
  /** Present → Socket Mode. */
  appToken?: string | undefined;
  healthPort?: number | undefined;
  slackApiUrl?: string | undefined;
  logger: Logger;
  log: (line: string) => void;
  /** Whether the app can take traffic now, for /readyz. */
  readiness: () => Promise<{ ok: true } | { ok: false; reason: string }>;
}

function healthRoutes(readiness: BoltAppOptions['readiness']): CustomRoute[] {
  return [
    {
      // The process is up (a liveness probe): nothing else is checked, nothing is revealed.
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      },
    },
    {
      // Ready for traffic: migrated, the database answers, and not stopping (a load balancer drains it).
      path: '/readyz',
      method: ['GET'],
      handler: (_req, res) => {
        void readiness().then((state) => {
          res.writeHead(state.ok ? 200 : 503, { 'content-type': 'text/plain' });
          res.end(state.ok ? 'ready' : `not ready: ${state.reason}`);
        });
      },
    },
  ];
}

export function createBoltApp(options: BoltAppOptions): App {
  const { appToken, logger } = options;
  const customRoutes = healthRoutes(options.readiness);
  return new App({
    token: options.botToken,
    ...(appToken !== undefined
      ? // The health routes still need a port; Bolt would take 3000 whatever PORT says.
        { socketMode: true, appToken, customRoutes, installerOptions: { port: options.healthPort ?? 3000 } }
      : {
          receiver: freshRequestsReceiver(
            { signingSecret: options.signingSecret ?? '', customRoutes, logger },
            options.log,
          ),
        }),
    logger,
    deferInitialization: true,
    // No conversation state is used; skipping Bolt's store saves work before every ack.
    convoStore: false,
    // A short retry budget: a command's answer is useless after a minute, and respond() has its own URL.
    clientOptions: {
      ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
      retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
    },
  });
}

/**
 * Bolt's initialisation (auth.test), deferred to the start so a wrong or revoked bot token fails it with
 * a clear error, instead of an unhandled rejection from Bolt's constructor.
 */
export async function initBoltApp(app: App, slackApiUrl: string | undefined): Promise<void> {
  try {
    await app.init();
  } catch (err) {
    const rejected = (err as { code?: unknown }).code === 'slack_webapi_platform_error';
    throw new SmsConfigError(
      rejected
        ? `Slack rejected SLACK_BOT_TOKEN: ${(err as Error).message}`
        : `Could not reach the Slack Web API at ${slackApiUrl ?? 'https://slack.com/api/'}: ${(err as Error).message}`,
      {
        cause: err,
        hint: rejected
          ? 'Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions; reinstall the app if it was revoked.'
          : 'Check the network (proxy, firewall) and SLACK_API_URL.',
      },
    );
  }
}
