import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkUploadUrl, putBatchFile } from '../../../src/core/agent-v2/upload.ts';
import { createSmsClient } from '../../../src/core/client.ts';
import {
  SmsApiError,
  SmsInputError,
  SmsResponseValidationError,
  SmsTimeoutError,
  isSmsError,
} from '../../../src/core/errors/errors.ts';
import { formatErrorLine } from '../../../src/core/errors/format-error.ts';
import type { AttemptEvent, SmsClient } from '../../../src/core/types.ts';
import {
  ok,
  reply,
  startLoopbackServer,
  type Handler,
  type LoopbackServer,
} from '../helpers/loopback-server.ts';

// GetUploadTosURL, then the PUT to the URL it gave (agent-v2 reference §2.6, §3.2), against a real server
// playing both the API and the storage, as the sandbox does.
const SECRET_QUERY = 'X-Tos-Expires=300&X-Tos-Signature=d3adb33fsecret';
const CSV = 'phone,order\r\n13800000000,A1\r\n13900000001,A2\r\n';
let dir: string;
let csvPath: string;
let server: LoopbackServer;
let client: SmsClient;
const events: AttemptEvent[] = [];
let uploadUrl = '';
let putStatus = 200;

// The API answers GetUploadTosURL with `uploadUrl`; the storage answers a PUT with `putStatus`.
const storage: Handler = (req, res) => {
  if (req.method === 'PUT') {
    res.writeHead(putStatus, putStatus === 302 ? { Location: `${server.url}/elsewhere` } : {});
    res.end();
    return;
  }
  reply(res, 200, ok({ file: 'sms/batch/3f2a.csv', url: uploadUrl }));
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'volc-sms-upload-'));
  csvPath = join(dir, 'batch.csv');
  writeFileSync(csvPath, CSV);
  writeFileSync(join(dir, 'empty.csv'), '');
  server = await startLoopbackServer(storage);
  client = createSmsClient({
    auth: { kind: 'aksk', accessKeyId: 'AKLTupload', secretAccessKey: 'upload-secret' },
    endpoint: server.url,
    onAttempt: (e) => events.push(e),
  });
});
afterAll(async () => {
  await client.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.setHandler(storage);
  server.hits.length = 0;
  events.length = 0;
  putStatus = 200;
  uploadUrl = `${server.url}/_sandbox/uploads/sms/batch/3f2a.csv?${SECRET_QUERY}`;
});

const failure = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isSmsError(error)).toBe(true);
  const text = `${String(error)} ${formatErrorLine(error as Error)} ${JSON.stringify(events)}`;
  expect(text).not.toContain('d3adb33f');
  return error;
};

describe('uploadBatchFile', () => {
  it('PUTs the file to the endpoint host it was given, then returns the key, size and SHA-256', async () => {
    const upload = await client.uploadBatchFile({ path: csvPath });
    expect(upload).toEqual({
      file: 'sms/batch/3f2a.csv',
      requestId: 'REQ-OK',
      size: Buffer.byteLength(CSV),
      sha256: createHash('sha256').update(CSV).digest('hex'),
      status: 200,
    });
    const [ask, put] = server.hits;
    expect(ask?.url.search).toBe('?Action=GetUploadTosURL&Version=2026-01-01&suffix=csv');
    expect(put?.method).toBe('PUT');
    expect(put?.url.search).toBe(`?${SECRET_QUERY}`);
    expect(put?.body).toBe(CSV);
    expect(put?.headers['content-length']).toBe(String(Buffer.byteLength(CSV)));
  });

  it.each([
    ['a host outside TOS', 'https://uploads.example.com/k.csv'],
    ['plain http under the TOS domain', 'http://bucket.tos-cn-beijing.volces.com/k.csv'],
    ['a look-alike host', 'https://bucket.volces.com.example.com/k.csv'],
    ['user info', 'https://user:pw@bucket.tos-cn-beijing.volces.com/k.csv'],
  ])('refuses %s and sends nothing there', async (_what, url) => {
    uploadUrl = `${url}?${SECRET_QUERY}`;
    const error = await failure(client.uploadBatchFile({ path: csvPath }));
    expect(error).toBeInstanceOf(SmsResponseValidationError);
    expect(server.hits.map((h) => h.method)).toEqual(['GET']);
  });

  it('refuses another port of the endpoint host', async () => {
    const port = Number(new URL(server.url).port);
    uploadUrl = `http://127.0.0.1:${port + 1}/k.csv?${SECRET_QUERY}`;
    expect(await failure(client.uploadBatchFile({ path: csvPath }))).toBeInstanceOf(
      SmsResponseValidationError,
    );
  });

  it('a 403 (expired URL) says so, without the query', async () => {
    putStatus = 403;
    const error = (await failure(client.uploadBatchFile({ path: csvPath }))) as SmsApiError;
    expect(error).toBeInstanceOf(SmsApiError);
    expect(error.message).toContain('/_sandbox/uploads/sms/batch/3f2a.csv');
    expect(error.hint).toMatch(/expired/);
  });

  it('a redirect is not followed', async () => {
    putStatus = 302;
    const error = (await failure(client.uploadBatchFile({ path: csvPath }))) as SmsApiError;
    expect(error.hint).toMatch(/redirect/);
    expect(server.hits.map((h) => h.method)).toEqual(['GET', 'PUT']);
  });

  it.each([
    ['a missing file', 'missing.csv', /no such file/],
    ['an empty file', 'empty.csv', /empty/],
  ])('%s is refused before an upload URL is asked for', async (_what, name, message) => {
    const error = (await failure(client.uploadBatchFile({ path: join(dir, name) }))) as SmsInputError;
    expect(error).toBeInstanceOf(SmsInputError);
    expect(error.issues[0]).toMatchObject({ field: 'file', message: expect.stringMatching(message) });
    expect(server.hits).toHaveLength(0);
  });
});

describe('putBatchFile', () => {
  it('gives up after its timeout when the storage never answers', async () => {
    server.setHandler(() => undefined);
    const url = `${server.url}/slow/k.csv?${SECRET_QUERY}`;
    const file = { path: csvPath, size: Buffer.byteLength(CSV) };
    const error = await failure(putBatchFile(url, file, { endpoint: server.url, timeoutMs: 300 }));
    expect(error).toBeInstanceOf(SmsTimeoutError);
    expect((error as Error).message).toContain('/slow/k.csv');
  });
});

describe('checkUploadUrl', () => {
  const endpoint = 'https://sms.volcengineapi.com';
  it('accepts https under .volces.com and the endpoint itself', () => {
    expect(checkUploadUrl('https://Bucket.TOS-cn-beijing.volces.com/k?x=1', endpoint).hostname).toBe(
      'bucket.tos-cn-beijing.volces.com',
    );
    expect(checkUploadUrl('https://sms.volcengineapi.com/u/k', endpoint).pathname).toBe('/u/k');
    expect(checkUploadUrl('http://127.0.0.1:8080/u/k', 'http://127.0.0.1:8080').port).toBe('8080');
  });
  it('refuses the endpoint host over another scheme, and a fragment', () => {
    expect(() => checkUploadUrl('http://sms.volcengineapi.com/u/k', endpoint)).toThrow(
      SmsResponseValidationError,
    );
    expect(() => checkUploadUrl('https://b.volces.com/k#frag', endpoint)).toThrow(/fragment/);
  });
});
