import { isSmsError, SmsInputError } from '../core/index.ts';
import { inputError, jsonObject, ok, positiveInt, type AdminResponse } from './admin-http-helpers.ts';
import { routeVerifyCodes, VERIFY_CODE_ROUTES } from './admin-verify-codes.ts';
import { routeWorld, WORLD_ROUTES } from './admin-world-http.ts';
import type { FaultInput } from './faults.ts';
import { INBOX_ADMIN_ROUTES, routeInboxAdmin } from './inbox/inbox-http.ts';
import type { QueryMap } from './request-params.ts';
import type { SandboxAdmin } from './sandbox-admin.ts';

/**
 * The admin API under /_sandbox/ (the real API only ever uses `/?Action=`). Plain JSON, no envelope and
 * no authentication: the sandbox listens on loopback and holds nothing real.
 */

export type { AdminResponse } from './admin-http-helpers.ts';

export function handleAdminRequest(
  admin: SandboxAdmin,
  method: string,
  path: string,
  query: QueryMap,
  body: Buffer,
): AdminResponse {
  try {
    return route(admin, method, path, query, body);
  } catch (error) {
    if (error instanceof SmsInputError) {
      return { status: 400, body: { error: error.message, issues: error.issues, hint: error.hint } };
    }
    if (isSmsError(error)) return { status: 400, body: { error: error.message, hint: error.hint } };
    return { status: 500, body: { error: (error as Error).message } };
  }
}

function route(...[admin, method, path, query, body]: Parameters<typeof handleAdminRequest>): AdminResponse {
  const key = `${method} ${path.replace(/\/+$/, '')}`;
  const inbox = routeInboxAdmin(admin, method, path.replace(/\/+$/, ''), query);
  if (inbox) return inbox;
  const parts = path.replace(/\/+$/, '').split('/').slice(2); // after "", "_sandbox"
  const codes = routeVerifyCodes(admin, method, parts, query.mobile?.[0]);
  if (codes) return codes;
  switch (key) {
    case 'GET /_sandbox/health':
      return ok(admin.health());
    case 'GET /_sandbox/messages': {
      const limit = query.limit?.[0];
      return ok({
        messages: admin.messages({
          mobile: query.mobile?.[0],
          limit: limit ? positiveInt(limit, 'limit') : undefined,
          before: query.before?.[0],
        }),
      });
    }
    case 'POST /_sandbox/reset':
      admin.reset();
      return ok({ reset: true });
    case 'GET /_sandbox/faults':
      return ok({ faults: admin.listFaults() });
    case 'POST /_sandbox/faults': {
      const added = faultInputs(body).map((fault) => admin.addFault(fault));
      return ok({ added, faults: admin.listFaults() });
    }
    case 'DELETE /_sandbox/faults':
      admin.clearFaults();
      return ok({ faults: [] });
    case 'GET /_sandbox/account':
      return ok(admin.getAccount());
    case 'POST /_sandbox/account': {
      const flags = jsonObject(body);
      const update: { activated?: boolean; inArrears?: boolean } = {};
      for (const name of ['activated', 'inArrears'] as const) {
        const value = flags[name];
        if (value === undefined) continue;
        if (typeof value !== 'boolean') throw inputError(name, `${name} must be true or false`);
        update[name] = value;
      }
      return ok(admin.setAccount(update));
    }
    case 'GET /_sandbox/clock':
      return ok({ now: admin.now() });
    case 'POST /_sandbox/clock': {
      const input = jsonObject(body);
      if (typeof input.advanceMs === 'number') return ok({ now: admin.advanceClock(input.advanceMs) });
      if (typeof input.nowMs === 'number') return ok({ now: admin.setClock(input.nowMs) });
      throw inputError('advanceMs', 'give {"advanceMs": N} or {"nowMs": EPOCH_MS}');
    }
    default:
      return (
        routeWorld(admin, method, path, body) ?? {
          status: 404,
          body: {
            error: `No sandbox admin route ${key}.`,
            routes: [
              'GET /_sandbox/health',
              'GET /_sandbox/messages?mobile=&limit=&before=',
              'POST /_sandbox/reset',
              'GET|POST|DELETE /_sandbox/faults',
              'GET|POST /_sandbox/account',
              'GET|POST /_sandbox/clock',
              ...INBOX_ADMIN_ROUTES,
              ...VERIFY_CODE_ROUTES,
              ...WORLD_ROUTES,
            ],
          },
        }
      );
  }
}

/** A fault object, `{"spec": "SendSmsForAgent=500"}`, a list of either, or the text form as a plain body. */
function faultInputs(body: Buffer): Array<FaultInput | string> {
  const text = body.toString('utf8').trim();
  if (!text)
    throw inputError('body', 'give a fault, e.g. {"action":"SendSmsForAgent","kind":"status","status":500}');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text
      .split(/[\n,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    if (typeof item === 'string') return item;
    if (item && typeof item === 'object' && typeof (item as { spec?: unknown }).spec === 'string')
      return (item as { spec: string }).spec;
    return item as FaultInput;
  });
}
