import type { Server } from 'node:http';
import type { ListenOptions } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import {
  App,
  LogLevel,
  type BlockButtonAction,
  type CustomRoute,
  type Logger,
  type RespondFn,
} from '@slack/bolt';
import { redact, secretsToRedact, SmsConfigError, type SmsClient } from '../core/index.ts';
import type { AccessConfig } from './access-config.ts';
import { AccessPolicy } from './access-policy.ts';
import type { SlackMessage } from './blocks.ts';
import { CommandService, NON_IDEMPOTENT } from './command-service.ts';
import { freshRequestsReceiver } from './fresh-requests.ts';
import { DEFAULT_TUNING, type Tuning } from './tuning.ts';
import { CANCEL_ACTION, CONFIRM_ACTION } from './send-messages.ts';
import { cancelSend, confirmSend, type Reply } from './send-flow.ts';
import { createSmsCatalog } from './sms-catalog.ts';
import { reportInterruptedSends } from './interrupted-sends.ts';
import { StatsScheduler } from './stats-scheduler.ts';
import { SlackStore } from './store.ts';
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
  /** Base of the Slack Web API (ends with `/`). */
  slackApiUrl?: string | undefined;
  access: AccessConfig | undefined;
  sms: SmsClient;
  /** SQLite file (or `:memory:`) for audit, pending sends and schedules. */
  dbPath: string;
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
  /** HTTP mode: listens (port 0 = any free port) and returns the bound port. Socket Mode: connects. */
  start(listen?: number | ListenOptions): Promise<{ port?: number | undefined }>;
  stop(): Promise<void>;
}

const SHANGHAI = 'Asia/Shanghai';

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, signal === undefined ? undefined : { signal }).catch(() => undefined);
}

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
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      },
    },
  ];
  const app = new App({
    token: deps.botToken,
    ...(appToken !== undefined
      ? { socketMode: true, appToken, customRoutes }
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

  const store = new SlackStore(deps.dbPath);
  const stopping = new AbortController();
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
  const flowDeps = { sms: deps.sms, store, policy, tuning, now, sleep, log, signal: stopping.signal };

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
      const click = {
        userId: body.user.id,
        channelId: body.channel?.id ?? '',
        pendingId: action.value ?? '',
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

  // Sends a stopped app left half-done are announced at start and then checked on the scheduler's cadence.
  const reportInterrupted = () =>
    track(
      reportInterruptedSends({
        store,
        now,
        interruptedAfterMs: tuning.interruptedAfterMs,
        log,
        post: async (channelId, message) => {
          await app.client.chat.postMessage({
            channel: channelId,
            text: message.text,
            blocks: message.blocks ?? [],
          });
        },
      }),
    );
  let interruptedTimer: NodeJS.Timeout | undefined;

  let server: Server | undefined;
  return {
    app,
    store,
    scheduler,
    async start(listen) {
      let port: number | undefined;
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
      void reportInterrupted();
      interruptedTimer = setInterval(() => void reportInterrupted(), tuning.schedulerTickMs);
      interruptedTimer.unref();
      return { port };
    },
    async stop() {
      stopping.abort();
      clearInterval(interruptedTimer);
      await scheduler.stop();
      await Promise.allSettled([...inFlight]);
      server?.closeAllConnections();
      await app.stop().catch(() => undefined);
      store.close();
    },
  };
}

async function safeRespond(
  respond: RespondFn,
  message: SlackMessage,
  options: { replace: boolean },
  log: (line: string) => void,
): Promise<void> {
  try {
    await respond({
      response_type: 'ephemeral',
      replace_original: options.replace,
      text: message.text,
      ...(message.blocks === undefined ? {} : { blocks: message.blocks }),
    });
  } catch (err) {
    // An expired response_url (30 min / 5 uses) is not worth crashing over; the audit log has the outcome.
    log(`warn: could not answer through response_url: ${(err as Error).message}`);
  }
}

/** Bolt's logs go through the app's log line (which redacts); debug noise stays out. */
function boltLogger(log: (line: string) => void): Logger {
  let level: LogLevel = LogLevel.WARN;
  const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];
  const emit = (at: LogLevel, parts: unknown[]) => {
    if (order.indexOf(at) < order.indexOf(level)) return;
    log(`${at}: [bolt] ${parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ')}`);
  };
  return {
    debug: (...parts) => emit(LogLevel.DEBUG, parts),
    info: (...parts) => emit(LogLevel.INFO, parts),
    warn: (...parts) => emit(LogLevel.WARN, parts),
    error: (...parts) => emit(LogLevel.ERROR, parts),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
