import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A local stand-in for Slack, over real HTTP on 127.0.0.1:
 * - the Web API under /api/<method> (auth.test, chat.postMessage, chat.update, usergroups.users.list, …),
 * - response URLs under /respond/<id>,
 * - files shared in channels: `files.info`, `files.list`, and their `url_private_download` under /files-pri/,
 *   served only with the bot token as a bearer (otherwise a redirect to a sign-in page, as Slack does),
 * - Socket Mode: `apps.connections.open` hands out ws://…/link, where Slack's side of the WebSocket runs
 *   (hello, envelopes in, acks out),
 * and a client that posts Slack-signed slash commands and interactions to the app, as Slack would.
 * Every call is recorded for the test to inspect.
 */

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `respond`. */
  method: string;
  /** For respond calls: the response URL id. */
  responseId?: string;
  body: Record<string, unknown>;
  at: number;
  /** chat.postMessage / chat.update: the ts the message was given. */
  ts?: string;
}

export interface FakeSlack {
  url: string;
  apiUrl: string;
  calls: RecordedCall[];
  /** Members of each user group, answered by usergroups.users.list. */
  userGroups: Record<string, string[]>;
  /** Web API methods that answer `{ ok: false, error }`. */
  failures: Record<string, string>;
  /** Shares a file in a channel (as `userId`); returns its id. */
  shareFile(file: SharedFile): string;
  /** The bot token the downloads demand. */
  botToken: string;
  responseUrl(id: string): string;
  responses(id: string): RecordedCall[];
  api(method: string): RecordedCall[];
  waitFor<T>(find: () => T | undefined, what: string, timeoutMs?: number): Promise<T>;
  /** Socket Mode: Slack's end of the app's WebSocket. */
  socket: FakeSocketMode;
  close(): Promise<void>;
}

export interface SharedFile {
  name: string;
  content: string | Buffer;
  channelId: string;
  userId?: string;
  /** @default 'csv' for a .csv name */
  filetype?: string;
}

export interface FakeSocketMode {
  /** Open connections (the app holds one). */
  connections(): number;
  /** Sends an envelope (`slash_commands`, `interactive`) and resolves with the app's ack and how long it took. */
  deliver(
    type: string,
    payload: Record<string, unknown>,
  ): Promise<{ ack: Record<string, unknown>; elapsedMs: number }>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string, contentType: string | undefined): Record<string, unknown> {
  if (text === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    // The WebClient form-encodes arrays and objects as JSON strings.
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

export async function startFakeSlack(options: { botToken?: string } = {}): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const userGroups: Record<string, string[]> = {};
  const failures: Record<string, string> = {};
  const botToken = options.botToken ?? 'xoxb-test-bot-token';
  const files = new Map<string, SharedFile & { id: string; created: number }>();
  let ts = 1_700_000_000;
  let url = '';
  let fileCount = 0;
  const fileObject = (file: SharedFile & { id: string; created: number }) => {
    const size = Buffer.byteLength(file.content);
    return {
      id: file.id,
      name: file.name,
      filetype: file.filetype ?? (file.name.endsWith('.csv') ? 'csv' : 'text'),
      size,
      user: file.userId ?? 'USENDER',
      created: file.created,
      channels: [file.channelId],
      url_private_download: `${url}/files-pri/T1-${file.id}/download/${encodeURIComponent(file.name)}`,
    };
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = parseBody(await readBody(req), req.headers['content-type']);
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const download = /^\/files-pri\/T1-(F\w+)\/download\//.exec(path);
      if (download) {
        const authorized = req.headers.authorization === `Bearer ${botToken}`;
        calls.push({ method: 'files.download', body: { file: download[1], authorized }, at: Date.now() });
        const file = files.get(download[1] ?? '');
        if (!authorized || file === undefined) {
          res.writeHead(302, { location: `${url}/signin` }).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.content);
        return;
      }
      const respond = /^\/respond\/([\w-]+)$/.exec(path);
      if (respond) {
        calls.push({ method: 'respond', responseId: respond[1] ?? '', body, at: Date.now() });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        return;
      }
      const api = /^\/api\/([\w.]+)$/.exec(path);
      if (!api) {
        res.writeHead(404).end();
        return;
      }
      const method = api[1] as string;
      calls.push({ method, body, at: Date.now() });
      const failure = failures[method];
      let answer: Record<string, unknown>;
      if (failure !== undefined) answer = { ok: false, error: failure };
      else if (method === 'auth.test')
        answer = { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'volc-sms' };
      else if (method === 'usergroups.users.list')
        answer = { ok: true, users: userGroups[String(body.usergroup)] ?? [] };
      else if (method === 'apps.connections.open')
        answer = { ok: true, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link` };
      else if (method === 'files.info') {
        const file = files.get(String(body.file));
        answer =
          file === undefined ? { ok: false, error: 'file_not_found' } : { ok: true, file: fileObject(file) };
      } else if (method === 'files.list') {
        const listed = [...files.values()]
          .filter(
            (f) =>
              f.channelId === body.channel &&
              (body.user === undefined || (f.userId ?? 'USENDER') === body.user),
          )
          .sort((a, b) => b.created - a.created)
          .map(fileObject);
        answer = { ok: true, files: listed };
      } else if (method === 'chat.postMessage' || method === 'chat.update') {
        ts += 1;
        answer = { ok: true, channel: body.channel, ts: `${ts}.000100` };
        (calls.at(-1) as RecordedCall).ts = `${ts}.000100`;
      } else answer = { ok: true };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const socket = startSocketMode(server);

  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    userGroups,
    failures,
    botToken,
    shareFile(file) {
      fileCount += 1;
      const id = `F0FILE${String(fileCount).padStart(4, '0')}`;
      files.set(id, { ...file, id, created: 1_700_000_000 + fileCount });
      return id;
    },
    responseUrl: (id) => `${url}/respond/${id}`,
    responses: (id) => calls.filter((call) => call.method === 'respond' && call.responseId === id),
    api: (method) => calls.filter((call) => call.method === method),
    async waitFor(find, what, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = find();
        if (found !== undefined && found !== false) return found;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    socket: socket.api,
    close: () =>
      new Promise<void>((resolve) => {
        socket.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function startSocketMode(server: Server): { api: FakeSocketMode; close(): void } {
  const wss = new WebSocketServer({ server, path: '/link' });
  const open = new Set<WebSocket>();
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();
  let envelopes = 0;
  wss.on('connection', (ws) => {
    open.add(ws);
    ws.on('close', () => open.delete(ws));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string };
      if (message.envelope_id !== undefined) acks.get(message.envelope_id)?.(message);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
  });
  return {
    api: {
      connections: () => open.size,
      deliver(type, payload) {
        const [ws] = open;
        if (ws === undefined) return Promise.reject(new Error('the app is not connected'));
        envelopes += 1;
        const envelopeId = `env-${envelopes}`;
        const started = performance.now();
        return new Promise((resolve) => {
          acks.set(envelopeId, (ack) => resolve({ ack, elapsedMs: performance.now() - started }));
          ws.send(
            JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: false }),
          );
        });
      },
    },
    close: () => {
      for (const ws of open) ws.terminate();
      wss.close();
    },
  };
}

// ---- Slack → app: signed requests ---------------------------------------------------------------------

export interface SignedPostResult {
  status: number;
  body: string;
  elapsedMs: number;
}

/** `v0=` HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret, as Slack computes it. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postSigned(
  appUrl: string,
  secret: string,
  form: Record<string, string>,
  options: {
    retryNum?: number;
    timestamp?: number;
    signature?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<SignedPostResult> {
  const body = new URLSearchParams(form).toString();
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? slackSignature(secret, timestamp, body),
    ...options.headers,
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const res = await fetch(`${appUrl}/slack/events`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text, elapsedMs: performance.now() - started };
}

let responseCounter = 0;

export interface SlashCommand {
  text: string;
  userId?: string;
  channelId?: string;
}

/** A slash-command payload; returns it with the response URL id used. */
export function slashCommandForm(
  fake: FakeSlack,
  command: SlashCommand,
): { form: Record<string, string>; responseId: string } {
  responseCounter += 1;
  const responseId = `cmd-${responseCounter}`;
  return {
    responseId,
    form: {
      token: 'deprecated-verification-token',
      team_id: 'T1',
      team_domain: 'example',
      channel_id: command.channelId ?? 'COPS',
      channel_name: 'ops',
      user_id: command.userId ?? 'USENDER',
      user_name: 'someone',
      command: '/sms',
      text: command.text,
      api_app_id: 'A1',
      response_url: fake.responseUrl(responseId),
      trigger_id: `trigger-${responseCounter}`,
    },
  };
}

/** A block_actions payload for a button click on the message the response URL id belongs to. */
export function buttonClickForm(
  fake: FakeSlack,
  click: { actionId: string; value: string; userId?: string; channelId?: string },
): { form: Record<string, string>; responseId: string } {
  responseCounter += 1;
  const responseId = `act-${responseCounter}`;
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'example' },
    user: { id: click.userId ?? 'USENDER', name: 'someone', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: '1700000000.000100',
      channel_id: click.channelId ?? 'COPS',
      is_ephemeral: true,
    },
    trigger_id: `trigger-${responseCounter}`,
    channel: { id: click.channelId ?? 'COPS', name: 'ops' },
    response_url: fake.responseUrl(responseId),
    actions: [
      {
        type: 'button',
        action_id: click.actionId,
        block_id: 'sms_send_decision',
        text: { type: 'plain_text', text: 'Send' },
        value: click.value,
        action_ts: '1700000001.000200',
      },
    ],
  };
  return { responseId, form: { payload: JSON.stringify(payload) } };
}
