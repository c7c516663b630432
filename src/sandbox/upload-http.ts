import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_UPLOAD_BYTES, type UploadArea } from './uploads.ts';
import { writeJson } from './http-answers.ts';

/**
 * The PUT of a presigned URL: checked before a byte is read, then streamed to a temporary file (never
 * buffered whole) and renamed into place once complete, so a half-written upload is never a file. TOS
 * error answers are JSON `{Code, Message}` with 403 (signature, expiry), 405, 413 or 404.
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
  if (request.method !== 'PUT') return refuse(405, 'MethodNotAllowed', 'Upload with PUT.');
  const check = uploads.check(path, rawQuery, nowMs);
  if (!check.ok) return refuse(check.status, check.code, check.message);
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > MAX_UPLOAD_BYTES)
    return refuse(413, 'EntityTooLarge', `A batch file holds at most ${MAX_UPLOAD_BYTES} bytes (50 MiB).`);

  const final = uploads.pathOf(check.key);
  const partial = `${final}.${process.pid}.${Date.now()}.part`;
  const file = createWriteStream(partial);
  let size = 0;
  let tooLarge = false;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) {
        tooLarge = true;
        break;
      }
      if (!file.write(chunk)) await once(file, 'drain');
    }
    file.end();
    await once(file, 'close');
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    if (!response.headersSent) response.destroy(error as Error);
    return undefined;
  }
  if (tooLarge) {
    await rm(partial, { force: true });
    return refuse(413, 'EntityTooLarge', `A batch file holds at most ${MAX_UPLOAD_BYTES} bytes (50 MiB).`);
  }
  await rename(partial, final);
  response.writeHead(200, { 'Content-Length': 0, 'x-tos-request-id': `sandbox-${Date.now().toString(16)}` });
  response.end();
  return { key: check.key, size };
}
