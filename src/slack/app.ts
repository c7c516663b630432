import type { Server } from 'node:http';
import { hostname } from 'node:os';
import type { ListenOptions } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { App } from '@slack/bolt';
import { redact, secretsToRedact, SmsConfigError, type SmsClient } from '../core/index.ts';
import type { AccessConfig } from './access-config.ts';
import { AccessPolicy } from './access-policy.ts';
import type { SlackMessage } from './blocks.ts';
import { createBoltApp, initBoltApp } from './bolt-app.ts';
import { takeOverBatchFollowUps } from './batch-launch.ts';
import { CommandService } from './command-service.ts';
import { takeOverFollowUps } from './follow-up.ts';
import { registerListeners } from './listeners.ts';
import { DEFAULT_TUNING, type Tuning } from './tuning.ts';
import { abortableSleep, boltLogger, replyThroughUrl } from './slack-io.ts';
import { slackSide } from './slack-side.ts';
import { createSmsCatalog } from './sms-catalog.ts';
import { reportInterruptedSends } from './interrupted-sends.ts';
import { StatsScheduler } from './stats-scheduler.ts';
import { SlackStore } from './store.ts';
import { PostgresDriver } from './store-postgres.ts';
import { SqliteDriver } from './store-sqlite.ts';
import { TtlCache } from './ttl-cache.ts';

/**
 * Wires the use cases to Bolt (listeners.ts: one `/sms` command and the buttons; bolt-app.ts: the app and
 * its health routes), the scheduled-report loop and the lease watch, and owns start and stop.
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
  const { confirmAbove, batchThreshold } = deps.access?.limits ?? {};
  const tuning: Tuning = {
    ...DEFAULT_TUNING,
    ...(confirmAbove === undefined ? {} : { confirmAbove }),
    ...(batchThreshold === undefined ? {} : { batchThreshold }),
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

  const replicaId = deps.replicaId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const store = new SlackStore(
    deps.databaseUrl === undefined ? new SqliteDriver(deps.dbPath) : new PostgresDriver(deps.databaseUrl),
  );
  const stopping = new AbortController();
  const app = createBoltApp({
    botToken: deps.botToken,
    signingSecret: deps.signingSecret,
    appToken,
    healthPort: deps.healthPort,
    slackApiUrl: deps.slackApiUrl,
    logger: boltLogger(log),
    log,
    readiness: async () =>
      stopping.signal.aborted ? ({ ok: false, reason: 'stopping' } as const) : store.ready(),
  });
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
  const slack = slackSide(app, { botToken: deps.botToken, slackApiUrl: deps.slackApiUrl, log });
  const service = new CommandService({
    slack,
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
    post: slack.post,
  };

  // Work that outlives its listener's ack (receipt polling); awaited on stop so nothing writes to a closed DB.
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    const done = () => inFlight.delete(work);
    work.then(done, done);
    return work;
  };

  registerListeners(app, { service, flowDeps, stopping: stopping.signal, track, log });

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
        // track hands the promise back; here nobody needs it (it is tracked, and its failures handled).
        await takeOverFollowUps(
          flowDeps,
          (url) => replyThroughUrl(url, log),
          (work) => void track(work),
        ).catch((err: unknown) =>
          log(`error: could not look for follow-ups to take over: ${(err as Error).message}`),
        );
        await takeOverBatchFollowUps(flowDeps, (work) => void track(work)).catch((err: unknown) =>
          log(`error: could not look for batch follow-ups to take over: ${(err as Error).message}`),
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
      await initBoltApp(app, deps.slackApiUrl);
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
