import type { Server } from 'node:http';
import { hostname } from 'node:os';
import type { ListenOptions } from 'node:net';
import { randomBytes } from 'node:crypto';
import { App, type BlockButtonAction, type CustomRoute } from '@slack/bolt';
import { redact, secretsToRedact, SmsConfigError, type SmsClient } from '../core/index.ts';
import type { AccessConfig } from './access-config.ts';
import { AccessPolicy } from './access-policy.ts';
import { notice, type SlackMessage } from './blocks.ts';
import { CommandService, NON_IDEMPOTENT } from './command-service.ts';
import { takeOverFollowUps } from './follow-up.ts';
import { freshRequestsReceiver } from './fresh-requests.ts';
import { DEFAULT_TUNING, type Tuning } from './tuning.ts';
import { CANCEL_ACTION, CONFIRM_ACTION } from './send-messages.ts';
import { cancelSend, confirmSend, type Reply } from './send-flow.ts';
import { abortableSleep, boltLogger, replyThroughUrl, safeRespond } from './slack-io.ts';
import { createSmsCatalog } from './sms-catalog.ts';
import { reportInterruptedSends } from './interrupted-sends.ts';
import { StatsScheduler } from './stats-scheduler.ts';
import { SlackStore } from './store.ts';
import { PostgresDriver } from './store-postgres.ts';
import { SqliteDriver } from './store-sqlite.ts';
import { TtlCache } from './ttl-cache.ts';

/**
 * Wires the use cases to Bolt: one `/sms` command, the Send/Cancel buttons, a health route, and the
 * scheduled-report loop. Listeners ack first and work afterwards, so Slack gets its answer within 3 s
 * whatever the SMS API is doing.
 */

export interface SlackAppDeps {
  botToken: string;
  /** Required in HTTP mode. */
  signingSecret?: string | undefined;
  /** Present → Socket Mode. */
  appToken?: string | undefined;
  /** Socket Mode: the port of /healthz and /readyz (HTTP mode serves them on its listening port). */
  healthPort?: number | undefined;
  /** Base of the Slack Web API (ends with `/`). */
  slackApiUrl?: string | undefined;
  access: AccessConfig | undefined;
  sms: SmsClient;
  /** SQLite file (or `:memory:`) for audit, pending sends and schedules, unless `databaseUrl` is given. */
  dbPath: string;
  /** `postgres://…`: the shared database of several replicas. Wins over `dbPath`. */
  databaseUrl?: string | undefined;
  /** This replica's id in leases and migration records. @default host:pid:random */
  replicaId?: string | undefined;
  /** @default the config file's timezone, else 'Asia/Shanghai' */
  timezone?: string | undefined;
  tuning?: Partial<Tuning> | undefined;
  /** Epoch ms; injected in tests to move time (schedules, expiry, limits). */
  now?: (() => number) | undefined;
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** One line per event; already free of secrets and full numbers. */
  log?: ((line: string) => void) | undefined;
}

export interface SlackAppHandle {
  app: App;
  store: SlackStore;
  scheduler: StatsScheduler;
  replicaId: string;
  /** HTTP mode: listens (port 0 = any free port) and returns the bound port. Socket Mode: connects. */
  start(listen?: number | ListenOptions): Promise<{ port?: number | undefined }>;
  stop(): Promise<void>;
}

const SHANGHAI = 'Asia/Shanghai';
/** On stop, how long sends in flight may take to finish; the rest of the 10 s is for closing. */
const STOP_GRACE_MS = 7_000;

export function createSlackApp(deps: SlackAppDeps): SlackAppHandle {
  const confirmAbove = deps.access?.limits?.confirmAbove;
  const tuning: Tuning = {
    ...DEFAULT_TUNING,
    ...(confirmAbove === undefined ? {} : { confirmAbove }),
    ...deps.tuning,
  };
  const now = deps.now ?? Date.now;
  // Without a caller's log, lines still never carry a Slack token or a full phone number.
  const slackSecrets = secretsToRedact({ values: [deps.botToken, deps.signingSecret, deps.appToken] });
  const log = deps.log ?? ((line: string) => console.log(redact(line, slackSecrets)));
  const timezone = deps.timezone ?? deps.access?.timezone ?? SHANGHAI;
  const appToken = deps.appToken;
  const socketMode = appToken !== undefined;
  if (!socketMode && deps.signingSecret === undefined) {
    throw new SmsConfigError('The Slack signing secret is required in HTTP mode', {
      hint: 'Set SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode.',
    });
  }

  const logger = boltLogger(log);
  const customRoutes: CustomRoute[] = [
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
  const app = new App({
    token: deps.botToken,
    ...(appToken !== undefined
      ? // The health routes still need a port; Bolt would take 3000 whatever PORT says.
        { socketMode: true, appToken, customRoutes, installerOptions: { port: deps.healthPort ?? 3000 } }
      : {
          receiver: freshRequestsReceiver(
            { signingSecret: deps.signingSecret ?? '', customRoutes, logger },
            log,
          ),
        }),
    logger,
    deferInitialization: true,
    // No conversation state is used; skipping Bolt's store saves work before every ack.
    convoStore: false,
    // A short retry budget: a command's answer is useless after a minute, and respond() has its own URL.
    clientOptions: {
      ...(deps.slackApiUrl === undefined ? {} : { slackApiUrl: deps.slackApiUrl }),
      retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
    },
  });

  const replicaId = deps.replicaId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const store = new SlackStore(
    deps.databaseUrl === undefined ? new SqliteDriver(deps.dbPath) : new PostgresDriver(deps.databaseUrl),
  );
  const stopping = new AbortController();
  const readiness = async () =>
    stopping.signal.aborted ? ({ ok: false, reason: 'stopping' } as const) : store.ready();
  // While stopping, new commands are turned away (the load balancer sends the next try elsewhere).
  const STOPPING_NOTICE = notice(
    ':hourglass: This app instance is restarting; run the command again in a few seconds. Nothing was done.',
  );
  const sleep = deps.sleep ?? abortableSleep;
  const memberCache = new TtlCache<readonly string[]>(tuning.groupCacheMs, now);
  const policy = new AccessPolicy(
    deps.access,
    (groupId) =>
      memberCache.get(groupId, async () => {
        const result = await app.client.usergroups.users.list({ usergroup: groupId });
        return result.users ?? [];
      }),
    log,
  );
  const catalog = createSmsCatalog(deps.sms, tuning.listCacheMs, now);
  const service = new CommandService({
    sms: deps.sms,
    store,
    catalog,
    policy,
    access: deps.access,
    timezone,
    tuning,
    now,
    log,
  });
  const flowDeps = {
    sms: deps.sms,
    store,
    policy,
    tuning,
    now,
    sleep,
    log,
    signal: stopping.signal,
    owner: replicaId,
  };

  // Work that outlives its listener's ack (receipt polling); awaited on stop so nothing writes to a closed DB.
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    const done = () => inFlight.delete(work);
    work.then(done, done);
    return work;
  };

  app.command('/sms', async ({ command, ack, respond, context }) => {
    await ack();
    if (stopping.signal.aborted) {
      await safeRespond(respond, STOPPING_NOTICE, { replace: false }, log);
      return;
    }
    const isRetry = (context.retryNum ?? 0) > 0;
    if (isRetry) {
      const kind = service.peekKind(command.text);
      if (kind === undefined || NON_IDEMPOTENT.has(kind)) {
        log(
          `info: ignored Slack retry #${context.retryNum} of /sms ${kind ?? '(unparsable)'} from ${command.user_id}`,
        );
        return;
      }
    }
    const message = await track(
      service.run({ userId: command.user_id, channelId: command.channel_id, text: command.text }),
    );
    await safeRespond(respond, message, { replace: false }, log);
  });

  // The Send and Cancel buttons carry the pending-send id as their value; nothing else is trusted from the click.
  for (const [actionId, handler] of [
    [CONFIRM_ACTION, confirmSend],
    [CANCEL_ACTION, cancelSend],
  ] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const reply: Reply = (message, options) => safeRespond(respond, message, options, log);
      if (stopping.signal.aborted) {
        await reply(STOPPING_NOTICE, { replace: false });
        return;
      }
      const click = {
        userId: body.user.id,
        channelId: body.channel?.id ?? '',
        pendingId: action.value ?? '',
        responseUrl: body.response_url,
      };
      await track(handler(click, reply, flowDeps));
    });
  }

  app.error(async (error) => {
    log(`error: unhandled in a listener: ${error.message}`);
  });

  const scheduler = new StatsScheduler({
    store,
    now,
    tickMs: tuning.schedulerTickMs,
    graceMs: tuning.scheduleGraceMs,
    log,
    post: async (schedule, slotAt) => {
      const message = await service.scheduledReport(schedule, slotAt);
      await app.client.chat.postMessage({
        channel: schedule.channelId,
        text: message.text,
        blocks: message.blocks ?? [],
      });
    },
  });

  const post = async (channelId: string, message: SlackMessage) => {
    await app.client.chat.postMessage({
      channel: channelId,
      text: message.text,
      blocks: message.blocks ?? [],
    });
  };
  // Leases that ran out (an owner died, or handed its work back when stopping): interrupted sends are
  // announced, receipt follow-ups taken over. At start, then on the lease cadence.
  const watchLeases = () =>
    track(
      (async () => {
        await reportInterruptedSends({ store, now, log, post });
        await takeOverFollowUps(flowDeps, (url) => replyThroughUrl(url, log), track).catch((err: unknown) =>
          log(`error: could not look for follow-ups to take over: ${(err as Error).message}`),
        );
      })(),
    );
  let leaseTimer: NodeJS.Timeout | undefined;

  let server: Server | undefined;
  return {
    app,
    store,
    scheduler,
    replicaId,
    async start(listen) {
      let port: number | undefined;
      // Before any traffic: the schema at the current version, applied once however many replicas start.
      const applied = await store.migrate(replicaId);
      if (applied.length > 0)
        log(`info: database ${store.description}: applied migration(s) ${applied.join(', ')}`);
      // Initialisation (auth.test) is deferred to here so a wrong or revoked bot token fails the start with a
      // clear error, instead of an unhandled rejection from Bolt's constructor.
      try {
        await app.init();
      } catch (err) {
        const rejected = (err as { code?: unknown }).code === 'slack_webapi_platform_error';
        throw new SmsConfigError(
          rejected
            ? `Slack rejected SLACK_BOT_TOKEN: ${(err as Error).message}`
            : `Could not reach the Slack Web API at ${deps.slackApiUrl ?? 'https://slack.com/api/'}: ${(err as Error).message}`,
          {
            cause: err,
            hint: rejected
              ? 'Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions; reinstall the app if it was revoked.'
              : 'Check the network (proxy, firewall) and SLACK_API_URL.',
          },
        );
      }
      if (socketMode) {
        await app.start();
      } else {
        server = (await app.start(listen ?? 3000)) as Server;
        const address = server.address();
        port = typeof address === 'object' && address !== null ? address.port : undefined;
      }
      scheduler.start();
      void watchLeases();
      leaseTimer = setInterval(() => void watchLeases(), tuning.leaseCheckMs);
      leaseTimer.unref();
      return { port };
    },
    async stop() {
      // Stop taking work: /readyz turns 503, new commands are turned away, no new connections.
      stopping.abort();
      server?.close();
      clearInterval(leaseTimer);
      await scheduler.stop();
      // Sends in flight finish (a send is never cut short on purpose); receipt follow-ups see the abort and
      // hand their leases back. Whatever is still running after the grace period is left to its lease.
      const grace = new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      server?.closeAllConnections();
      await app.stop().catch(() => undefined);
      await store.close();
    },
  };
}
