import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { QueryMap } from '../request-params.ts';
import type { SandboxAdmin } from '../sandbox-admin.ts';
import type { InboxEvents } from './event-stream.ts';
import type { LogFilter } from './inbox-reads.ts';
import { PAGE_ASSETS } from './page-assets.ts';

/**
 * The inbox over HTTP: the page itself (at `/` for a browser, and at /_sandbox/inbox for anything),
 * its event stream, and the admin reads it uses (routed from admin-http.ts). The page's files are
 * embedded in page-assets.ts, so the bundled bin serves them with no file next to it; nothing is loaded
 * from anywhere else, which the Content-Security-Policy makes the browser enforce.
 */

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const INBOX_PATH = '/_sandbox/inbox';
export const EVENTS_PATH = '/_sandbox/events';

/**
 * Serves the page, its assets and the event stream; false for anything else. `/` is the page only for
 * a browser's plain GET (Accept: text/html, no query): every API call keeps its `/?Action=` answers.
 */
export function serveInbox(
  method: string,
  path: string,
  rawQuery: string,
  headers: IncomingHttpHeaders,
  response: ServerResponse,
  events: InboxEvents,
): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (path === EVENTS_PATH) {
    events.subscribe(response);
    return true;
  }
  const wantsPage = path === '/' && rawQuery === '' && (headers.accept ?? '').includes('text/html');
  const key = wantsPage || path === INBOX_PATH ? `${INBOX_PATH}/` : path;
  const asset = Object.hasOwn(PAGE_ASSETS, key) ? PAGE_ASSETS[key] : undefined;
  if (!asset) return false;
  response.writeHead(200, {
    'content-type': asset.type,
    'content-length': Buffer.byteLength(asset.body),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  response.end(method === 'HEAD' ? undefined : asset.body);
  return true;
}

/** The admin reads of the inbox; undefined when the route is not one of them. */
export function routeInboxAdmin(
  admin: SandboxAdmin,
  method: string,
  path: string,
  query: QueryMap,
): { status: number; body: unknown } | undefined {
  const one = (name: string) => query[name]?.[0];
  const int = (name: string) => {
    const text = one(name);
    return text === undefined || text === '' ? undefined : Number(text);
  };
  const filter = (): LogFilter => ({
    since: one('since'),
    subAccount: one('subAccount'),
    signature: one('signature'),
    templateId: one('templateId'),
    mobile: one('mobile'),
    messageId: one('messageId'),
  });
  if (method === 'GET' && path === '/_sandbox/phones') {
    return { status: 200, body: admin.phones({ page: int('page'), pageSize: int('pageSize') }) };
  }
  if (method === 'GET' && path === '/_sandbox/log') {
    return {
      status: 200,
      body: admin.sendLog({ ...filter(), page: int('page'), pageSize: int('pageSize') }),
    };
  }
  if (method === 'GET' && path === '/_sandbox/stats') return { status: 200, body: admin.stats(filter()) };
  const fault = /^\/_sandbox\/faults\/(\d+)$/.exec(path);
  if (method === 'DELETE' && fault) {
    admin.removeFault(Number(fault[1]));
    return { status: 200, body: { faults: admin.listFaults() } };
  }
  return undefined;
}

/** The inbox's routes, for the admin API's list of routes in its 404 answer. */
export const INBOX_ADMIN_ROUTES = [
  'GET /_sandbox/phones?page=&pageSize=',
  'GET /_sandbox/log?since=&subAccount=&signature=&templateId=&mobile=&messageId=&page=&pageSize=',
  'GET /_sandbox/stats?since=&subAccount=&signature=&templateId=&mobile=&messageId=',
  'DELETE /_sandbox/faults/ID',
  `GET ${EVENTS_PATH} (server-sent events)`,
  `GET ${INBOX_PATH} (the inbox page; also / in a browser)`,
];
