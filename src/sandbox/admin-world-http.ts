import { jsonObject, ok, type AdminResponse } from './admin-http-helpers.ts';
import { APPLICATION_ROUTES, routeApplications } from './admin-applications.ts';
import { BATCH_ROUTES, routeBatch } from './admin-batch.ts';
import type { SandboxAdmin } from './sandbox-admin.ts';

/** The admin routes that change the world at run time (admin-world.ts), under /_sandbox/. */

export const WORLD_ROUTES = [
  'GET /_sandbox/world',
  'POST /_sandbox/sub-accounts | signatures | templates | qualifications (a seed item)',
  'DELETE /_sandbox/sub-accounts/ID | signatures/TEXT | templates/ID | qualifications/ID',
  ...APPLICATION_ROUTES,
  ...BATCH_ROUTES,
];

const KINDS = {
  'sub-accounts': { put: 'putSubAccount', remove: 'removeSubAccount', what: 'message group' },
  signatures: { put: 'putSignature', remove: 'removeSignature', what: 'signature' },
  templates: { put: 'putTemplate', remove: 'removeTemplate', what: 'template' },
  qualifications: { put: 'putQualification', remove: 'removeQualification', what: 'qualification' },
} as const;

export function routeWorld(
  admin: SandboxAdmin,
  method: string,
  path: string,
  body: Buffer,
): AdminResponse | undefined {
  const parts = path.replace(/\/+$/, '').split('/').slice(2); // after "", "_sandbox"
  if (method === 'GET' && parts.length === 1 && parts[0] === 'world') return ok(admin.world());
  const application = routeApplications(admin, method, parts, body) ?? routeBatch(admin, method, parts, body);
  if (application) return application;
  const kind = KINDS[parts[0] as keyof typeof KINDS] as (typeof KINDS)[keyof typeof KINDS] | undefined;
  if (!kind) return undefined;
  if (method === 'POST' && parts.length === 1) return ok(admin[kind.put](jsonObject(body)));
  if (method === 'DELETE' && parts.length === 2) {
    const key = decodeURIComponent(parts[1] as string);
    const removed =
      kind.remove === 'removeQualification'
        ? admin.removeQualification(Number(key))
        : admin[kind.remove](key);
    return removed
      ? ok({ removed: true })
      : { status: 404, body: { error: `No ${kind.what} "${key}".`, removed: false } };
  }
  return undefined;
}
