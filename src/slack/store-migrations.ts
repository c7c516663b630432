import type { Migration } from './store-driver.ts';

/**
 * The store's schema, as numbered steps per backend. A released step never changes: a new column is a new
 * step, which each database applies once at start (store-sqlite.ts and store-postgres.ts say how they lock).
 * Both backends have the same versions with the same meaning, so docs/slack.md can name one number.
 *
 * SQLite 1 is the schema of the release before versioned migrations, written with IF NOT EXISTS: a file
 * from that release (user_version 0, tables present) passes through it unchanged and then takes step 2.
 */

// Step 2: ownership of a send in flight. A claimed send carries its owner and a lease the owner renews;
// a lease that ran out means the owner died. Sends claimed before this step keep the old rule (interrupted
// 15 minutes after their claim). `response_url` lets another replica finish the receipt follow-up, and
// `follow_up` says one is still owed ('receipts').
const LEASES = `
ALTER TABLE pending_sends ADD COLUMN lease_owner TEXT;
ALTER TABLE pending_sends ADD COLUMN lease_expires_at BIGINT;
ALTER TABLE pending_sends ADD COLUMN response_url TEXT;
ALTER TABLE pending_sends ADD COLUMN follow_up TEXT;
UPDATE pending_sends SET lease_expires_at = claimed_at + 900000 WHERE state = 'sending';
CREATE INDEX pending_sends_by_lease ON pending_sends (state, lease_expires_at);
`;

// Step 3: batch tasks seen through Slack. One row per task (unique group + task id), whichever command made
// it; `state` is the Launch rule: a click launches only a row it moves from 'ready' to 'launching', once,
// across retried deliveries and replicas. The follow-up (progress in the thread, then receipts) is owned
// through a lease as a send's is. No phone number is ever stored here: the file is gone once uploaded.
const BATCH_TASKS = `
CREATE TABLE batch_tasks (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL,
  sub_account TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  summary TEXT NOT NULL,
  thread_ts TEXT,
  state TEXT NOT NULL,
  launched_by TEXT,
  launched_at BIGINT,
  last_status BIGINT,
  follow_up TEXT,
  lease_owner TEXT,
  lease_expires_at BIGINT,
  UNIQUE (sub_account, task_id)
);
CREATE INDEX batch_tasks_by_lease ON batch_tasks (follow_up, lease_expires_at);
`;

// Step 4: a cancel asked with `/sms batch cancel` waits for its Cancel click, claimed as a launch is: the
// click cancels only if it moves `cancel_state` from 'asked' to 'cancelling'. A cancel may be asked again
// (it sends nothing), so a claim whose replica died is claimable once it is a lease old.
const BATCH_CANCELS = `
ALTER TABLE batch_tasks ADD COLUMN cancel_state TEXT;
ALTER TABLE batch_tasks ADD COLUMN cancelled_by TEXT;
ALTER TABLE batch_tasks ADD COLUMN cancel_claimed_at BIGINT;
`;

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'tables',
    sql: `
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  command TEXT NOT NULL,
  detail TEXT NOT NULL,
  recipients TEXT,
  template_id TEXT,
  message_ids TEXT,
  outcome TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pending_sends (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  sub_account TEXT NOT NULL,
  signature TEXT NOT NULL,
  template_id TEXT NOT NULL,
  params TEXT NOT NULL,
  mobiles TEXT NOT NULL,
  masked TEXT NOT NULL,
  groups TEXT NOT NULL,
  rendered TEXT NOT NULL,
  state TEXT NOT NULL,
  claimed_at INTEGER,
  result TEXT
);
CREATE TABLE IF NOT EXISTS schedules (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  cron TEXT NOT NULL,
  label TEXT NOT NULL,
  timezone TEXT NOT NULL,
  window TEXT NOT NULL,
  filters TEXT NOT NULL,
  next_run_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS schedule_runs (
  schedule_id TEXT NOT NULL,
  slot_at INTEGER NOT NULL,
  claimed_at INTEGER NOT NULL,
  outcome TEXT,
  PRIMARY KEY (schedule_id, slot_at)
);
CREATE TABLE IF NOT EXISTS usage (
  user_id TEXT NOT NULL,
  command TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS usage_by_user ON usage (user_id, command, at);
`,
  },
  { version: 2, name: 'leases', sql: LEASES },
  { version: 3, name: 'batch-tasks', sql: BATCH_TASKS },
  { version: 4, name: 'batch-cancels', sql: BATCH_CANCELS },
];

/**
 * Step 1 in PostgreSQL's words: the same tables, with 64-bit integers (epoch milliseconds overflow
 * PostgreSQL's 32-bit INTEGER, which SQLite's INTEGER is not), an identity column for the audit id, and
 * `window` quoted (a reserved word there). Later steps are written to run on both as they stand.
 */
function postgresTables(sqlite: string): string {
  return sqlite
    .replace('id INTEGER PRIMARY KEY AUTOINCREMENT', 'id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY')
    .replaceAll('INTEGER', 'BIGINT')
    .replace(/^(\s+)window TEXT/m, '$1"window" TEXT');
}

export const POSTGRES_MIGRATIONS: readonly Migration[] = SQLITE_MIGRATIONS.map((migration) =>
  migration.version === 1 ? { ...migration, sql: postgresTables(migration.sql) } : migration,
);
