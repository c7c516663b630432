import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

// The file is streamed, never held whole (issue 11): a 50 MB upload must raise the uploading process's
// peak RSS by less than 30 MB. The uploader runs in a child process so that nothing else (vitest, this
// server) is counted; the server here counts the bytes and hashes them.
const CHILD = fileURLToPath(new URL('./helpers/upload-rss-child.ts', import.meta.url));
const FILE_BYTES = 50 * 1000 * 1000;
let dir: string;
let server: Server;
let endpoint = '';
const received: Array<{ bytes: number; sha256: string }> = [];

function writeBigCsv(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  const header = 'phone,order\n';
  writeSync(fd, header);
  hash.update(header);
  let written = header.length;
  let n = 0;
  while (written < FILE_BYTES) {
    let block = '';
    for (let i = 0; i < 4000; i++) block += `139${String(n++ % 1e8).padStart(8, '0')},ORDER-${n}\n`;
    const bytes = Buffer.from(block.slice(0, FILE_BYTES - written));
    writeSync(fd, bytes);
    hash.update(bytes);
    written += bytes.length;
  }
  closeSync(fd);
  return hash.digest('hex');
}

let bigSha = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'volc-sms-rss-'));
  bigSha = writeBigCsv(join(dir, 'big.csv'));
  writeFileSync(join(dir, 'small.csv'), 'phone,order\n13800000000,A1\n');
  server = createServer((req, res) => {
    if (req.method === 'PUT') {
      const hash = createHash('sha256');
      let bytes = 0;
      req.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
      });
      req.on('end', () => {
        received.push({ bytes, sha256: hash.digest('hex') });
        res.end();
      });
      return;
    }
    req.resume();
    res.setHeader('Content-Type', 'application/json');
    res.end(
      JSON.stringify({
        ResponseMetadata: { RequestId: 'REQ-RSS' },
        Result: { file: 'sms/batch/big.csv', url: `${endpoint}/upload/big.csv?X-Tos-Signature=s` },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

it('a 50 MB upload raises peak RSS by less than 30 MB', async () => {
  const child = spawn(
    process.execPath,
    ['--expose-gc', CHILD, endpoint, join(dir, 'big.csv'), join(dir, 'small.csv')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c));
  child.stderr.on('data', (c: Buffer) => (stderr += c));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as { size: number; sha256: string; before: number; peak: number };
  expect(report.size).toBe(FILE_BYTES);
  expect(report.sha256).toBe(bigSha);
  expect(received.at(-1)).toEqual({ bytes: FILE_BYTES, sha256: bigSha });
  const growthMb = (report.peak - report.before) / 1e6;
  console.log(`upload of 50 MB: peak RSS ${(report.peak / 1e6).toFixed(1)} MB, +${growthMb.toFixed(1)} MB`);
  expect(growthMb).toBeLessThan(30);
}, 60_000);
