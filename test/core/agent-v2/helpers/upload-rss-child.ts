// Uploads one file through the client and reports how far its resident memory rose above what it was
// just before (peak RSS from getrusage, so a short-lived buffer counts too). Run by upload-memory.test.ts
// as `node upload-rss-child.ts <endpoint> <file> [warm-up file]`.
import { createSmsClient } from '../../../../src/core/index.ts';

const [endpoint, file, warmUp] = process.argv.slice(2) as [string, string, string];
const client = createSmsClient({
  auth: { kind: 'aksk', accessKeyId: 'AKLTmemory', secretAccessKey: 'memory-secret' },
  endpoint,
});
// Loads every module the upload uses (zod schemas, http, crypto, streams) before measuring.
await client.uploadBatchFile({ path: warmUp });
globalThis.gc?.();
const before = process.memoryUsage().rss;
const upload = await client.uploadBatchFile({ path: file });
const peak = process.resourceUsage().maxRSS * 1024;
await client.close();
process.stdout.write(JSON.stringify({ size: upload.size, sha256: upload.sha256, before, peak }));
