import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { compactUtcMs } from './authenticate.ts';
import { constantTimeEqual } from './constant-time.ts';

/**
 * Where batch files go (reference-v2 §2.6, §3.2): GetUploadTosURL hands out an object key and a PUT URL
 * on the sandbox itself, signed with HMAC-SHA256 over the method, key and expiry, valid for five minutes
 * of sandbox time. Files live on disk next to `--db` (`<db>.uploads/`), or in a temporary directory that
 * is removed on close for an in-memory sandbox; they are streamed, never held in memory.
 */

export const UPLOAD_PATH_PREFIX = '/_upload/';
export const UPLOAD_EXPIRY_SECONDS = 300;
/** The production cap on a batch file: 50 MiB (reference-v2 §3.3). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export type UploadCheck =
  { ok: true; key: string } | { ok: false; status: number; code: string; message: string };

function tosDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export class UploadArea {
  readonly dir: string;
  readonly #temporary: boolean;
  readonly #secret = randomBytes(32);
  readonly #register: StatementSync;
  readonly #markUploaded: StatementSync;
  readonly #find: StatementSync;

  constructor(db: DatabaseSync, dbPath: string | undefined) {
    this.#temporary = dbPath === undefined;
    this.dir = dbPath === undefined ? mkdtempSync(join(tmpdir(), 'volc-sms-sandbox-')) : `${dbPath}.uploads`;
    mkdirSync(join(this.dir, 'sms', 'batch'), { recursive: true });
    mkdirSync(join(this.dir, 'tasks'), { recursive: true });
    db.exec(`CREATE TABLE IF NOT EXISTS uploads (
      key TEXT PRIMARY KEY, created_ms INTEGER NOT NULL, size INTEGER, uploaded_ms INTEGER)`);
    this.#register = db.prepare('INSERT INTO uploads (key, created_ms) VALUES (?, ?)');
    this.#markUploaded = db.prepare('UPDATE uploads SET size = ?, uploaded_ms = ? WHERE key = ?');
    this.#find = db.prepare('SELECT size FROM uploads WHERE key = ?');
  }

  /** A new object key and its presigned PUT URL under `publicUrl`, expiring five minutes after `nowMs`. */
  presign(publicUrl: string, nowMs: number): { file: string; url: string } {
    const key = `sms/batch/${randomUUID()}.csv`;
    this.#register.run(key, nowMs);
    const date = tosDate(nowMs);
    const query = `X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Date=${date}&X-Tos-Expires=${UPLOAD_EXPIRY_SECONDS}`;
    const signature = this.#sign(key, date, UPLOAD_EXPIRY_SECONDS);
    return {
      file: key,
      url: `${publicUrl}${UPLOAD_PATH_PREFIX}${key}?${query}&X-Tos-Signature=${signature}`,
    };
  }

  /** Checks a PUT's path and query: the key known, the signature intact, the URL not expired. */
  check(path: string, rawQuery: string, nowMs: number): UploadCheck {
    const key = decodeURIComponent(path.slice(UPLOAD_PATH_PREFIX.length));
    const query = new URLSearchParams(rawQuery);
    const date = query.get('X-Tos-Date') ?? '';
    const expires = Number(query.get('X-Tos-Expires'));
    const given = query.get('X-Tos-Signature') ?? '';
    const signedAtMs = compactUtcMs(date);
    if (
      signedAtMs === undefined ||
      !Number.isInteger(expires) ||
      !constantTimeEqual(given, this.#sign(key, date, expires))
    ) {
      return {
        ok: false,
        status: 403,
        code: 'SignatureDoesNotMatch',
        message: 'The presigned URL was altered or is not one this sandbox signed.',
      };
    }
    if (nowMs > signedAtMs + expires * 1000) {
      return {
        ok: false,
        status: 403,
        code: 'AccessDenied',
        message: `Request has expired: presigned URLs are valid for ${UPLOAD_EXPIRY_SECONDS} s; ask GetUploadTosURL for a new one.`,
      };
    }
    if (this.#find.get(key) === undefined) {
      return { ok: false, status: 404, code: 'NoSuchKey', message: 'No upload was requested for this key.' };
    }
    return { ok: true, key };
  }

  /** Where the file of a key lives (a key is `sms/batch/<uuid>.csv`, minted here). */
  pathOf(key: string): string {
    return join(this.dir, ...key.split('/'));
  }

  /** What the upload check found (batch-csv.ts), and the rows it will send: next to the file. */
  checkedOf(key: string): { facts: string; rows: string } {
    const path = this.pathOf(key);
    return { facts: `${path}.facts.json`, rows: `${path}.rows.jsonl` };
  }

  /** Where a task's checked recipients are kept between SetBatchTask and the send. */
  taskFile(taskId: string): string {
    return join(this.dir, 'tasks', `${taskId}.jsonl`);
  }

  recordUpload(key: string, size: number, nowMs: number): void {
    this.#markUploaded.run(size, nowMs, key);
  }

  /** The uploaded size of a key, or undefined when nothing was uploaded under it. */
  uploadedSize(key: string): number | undefined {
    const row = this.#find.get(key) as { size: number | null } | undefined;
    if (row?.size === null || row?.size === undefined) return undefined;
    try {
      return statSync(this.pathOf(key)).size;
    } catch {
      return undefined;
    }
  }

  /** Forgets every upload and task file (reset). */
  clear(db: DatabaseSync): void {
    db.exec('DELETE FROM uploads');
    for (const sub of ['sms', 'tasks']) rmSync(join(this.dir, sub), { recursive: true, force: true });
    mkdirSync(join(this.dir, 'sms', 'batch'), { recursive: true });
    mkdirSync(join(this.dir, 'tasks'), { recursive: true });
  }

  close(): void {
    if (this.#temporary) rmSync(this.dir, { recursive: true, force: true });
  }

  #sign(key: string, date: string, expires: number): string {
    return createHmac('sha256', this.#secret).update(`PUT\n/${key}\n${date}\n${expires}`).digest('hex');
  }
}
