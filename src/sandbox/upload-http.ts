import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { UploadCheck } from './batch-csv.ts';
import { MAX_UPLOAD_BYTES, type UploadArea } from './uploads.ts';
import { writeJson } from './http-answers.ts';

/**
 * The PUT of a presigned URL: checked before a byte is read, then streamed to a temporary file (never
 * buffered whole) and renamed into place once complete, so a half-written upload is never a file. Each
 * chunk also goes through the batch file check (batch-csv.ts), whose facts and rows land next to the
 * file before the 200, so SetBatchTask answers without reading the file again. TOS error answers are
 * JSON `{Code, Message}` with 403 (signature, expiry), 405, 413 or 404.
 */
export async function receiveUpload(
  uploads: UploadArea,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  rawQuery: string,
  nowMs: number,
): Promise<{ key: string; size: number } | undefined> {
  const refuse = (status: number, code: string, message: string) => {
    request.resume();
    writeJson(response, status, JSON.stringify({ Code: code, Message: message }), { Connection: 'close' });
    return undefined;
  };
  const tooLargeMessage = `A batch file holds at most ${MAX_UPLOAD_BYTES} bytes (50 MiB).`;
  if (request.method !== 'PUT') return refuse(405, 'MethodNotAllowed', 'Upload with PUT.');
  const check = uploads.check(path, rawQuery, nowMs);
  if (!check.ok) return refuse(check.status, check.code, check.message);
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > MAX_UPLOAD_BYTES) return refuse(413, 'EntityTooLarge', tooLargeMessage);

  const final = uploads.pathOf(check.key);
  const checked = uploads.checkedOf(check.key);
  const suffix = `.${process.pid}.${Date.now()}.part`;
  const partial = {
    file: `${final}${suffix}`,
    facts: `${checked.facts}${suffix}`,
    rows: `${checked.rows}${suffix}`,
  };
  const removePartials = () => Promise.all(Object.values(partial).map((p) => rm(p, { force: true })));
  const file = createWriteStream(partial.file);
  // A write that fails (a full disk) or is cut short by a broken upload is this upload's error, never
  // an uncaught one: the stream's error is kept and thrown below.
  let writeError: Error | undefined;
  file.on('error', (error) => (writeError ??= error));
  const rows = new UploadCheck(partial.rows);
  let size = 0;
  let tooLarge = false;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) {
        tooLarge = true;
        break;
      }
      file.write(chunk);
      await rows.write(chunk);
      // Asked after the check's own wait, so a drain that came meanwhile is not waited for.
      if (file.writableNeedDrain) await once(file, 'drain');
    }
    file.end();
    if (!file.closed) await once(file, 'close');
    if (writeError) throw writeError;
    if (!tooLarge) await writeFile(partial.facts, JSON.stringify(await rows.end()));
  } catch (error) {
    file.destroy();
    rows.destroy();
    await removePartials();
    if (!response.headersSent) response.destroy(error as Error);
    return undefined;
  }
  if (tooLarge) {
    rows.destroy();
    await removePartials();
    return refuse(413, 'EntityTooLarge', tooLargeMessage);
  }
  // The facts first and the file last: a file in place always has its facts.
  await rename(partial.rows, checked.rows);
  await rename(partial.facts, checked.facts);
  await rename(partial.file, final);
  response.writeHead(200, { 'Content-Length': 0, 'x-tos-request-id': `sandbox-${Date.now().toString(16)}` });
  response.end();
  return { key: check.key, size };
}
