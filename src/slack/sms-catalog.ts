import type { Signature, SmsClient, SubAccount, Template } from '../core/index.ts';
import { TtlCache } from './ttl-cache.ts';

/**
 * The account's message groups, signatures and templates, cached briefly: a send's validation asks for all
 * three, and people often run `/sms templates` right before `/sms send`.
 */
export interface SmsCatalog {
  subAccounts(): Promise<SubAccount[]>;
  signatures(): Promise<Signature[]>;
  templates(): Promise<Template[]>;
}

const PAGE_SIZE = 100;
// Accounts have tens of templates, not thousands; the cap keeps a misbehaving server from looping us.
const MAX_PAGES = 20;

export function createSmsCatalog(sms: SmsClient, ttlMs: number, now: () => number = Date.now): SmsCatalog {
  const subAccounts = new TtlCache<SubAccount[]>(ttlMs, now);
  const signatures = new TtlCache<Signature[]>(ttlMs, now);
  const templates = new TtlCache<Template[]>(ttlMs, now);
  return {
    subAccounts: () => subAccounts.get('all', async () => (await sms.listSubAccounts()).result.List),
    signatures: () =>
      signatures.get('all', () =>
        allPages((page) => sms.listSignatures({ page, pageSize: PAGE_SIZE }).then((r) => r.result)),
      ),
    templates: () =>
      templates.get('all', () =>
        allPages((page) => sms.listTemplates({ page, pageSize: PAGE_SIZE }).then((r) => r.result)),
      ),
  };
}

async function allPages<T>(load: (page: number) => Promise<{ Total: number; List: T[] }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const { Total, List } = await load(page);
    items.push(...List);
    if (List.length < PAGE_SIZE || items.length >= Total) break;
  }
  return items;
}

/** Review status 3 (passed) and 5 (exempted) may be used to send; 1 reviewing, 2 rejected, 4 closed may not. */
export function isUsable(item: {
  Status?: number | string | undefined;
  Usable?: boolean | undefined;
}): boolean {
  if (item.Usable !== undefined) return item.Usable;
  if (item.Status === undefined) return true;
  const status = String(item.Status).toLowerCase();
  return ['3', '5', 'passed', 'approved', 'exempted', 'normal'].includes(status);
}

export function statusWord(status: number | string | undefined): string {
  switch (String(status)) {
    case '1':
      return 'under review';
    case '2':
      return 'rejected';
    case '3':
      return 'approved';
    case '4':
      return 'closed';
    case '5':
      return 'exempted';
    default:
      return status === undefined ? 'unknown' : String(status);
  }
}
