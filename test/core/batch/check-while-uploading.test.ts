// A batch file checked while it uploads (the Action's mode: batch): read once, and refused before its last
// byte goes, so the storage (the sandbox, over real HTTP) never holds a file with a defect.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchCsvCheck, createSmsClient, SmsInputError, type SmsClient } from '../../../src/core/index.ts';
import { putBatchFile } from '../../../src/core/agent-v2/upload.ts';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.ts';
import { sandboxAuth } from '../../helpers/sandbox-auth.ts';
import { noticeTask } from '../../helpers/seed-requests.ts';

let sandbox: Sandbox;
let client: SmsClient;
const dir = mkdtempSync(join(tmpdir(), 'volc-sms-check-upload-'));
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, log: () => undefined });
  client = createSmsClient({ auth: sandboxAuth(sandbox), endpoint: sandbox.url, maxRetries: 0 });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A file of `rows` numbers whose last row repeats the first: the defect is in the last chunk. */
function fileWithLastRowRepeated(rows: number): { path: string; size: number } {
  const lines = ['phone,version'];
  for (let i = 0; i < rows; i++) lines.push(`139${String(i).padStart(8, '0')},v${i}`);
  lines.push(lines[1] as string);
  const path = join(dir, `numbers-${rows}.csv`);
  const text = `${lines.join('\n')}\n`;
  writeFileSync(path, text);
  return { path, size: Buffer.byteLength(text) };
}

/** The checker as an upload inspector: a defect throws before the last byte goes. */
function refusingDefects(check: BatchCsvCheck) {
  return {
    write: (chunk: Uint8Array) => check.write(chunk),
    end: () => {
      const result = check.end();
      if (!result.ok) throw new SmsInputError('defect', result.issues);
    },
  };
}

const createTask = (fileUrl: string) => client.setBatchTask(noticeTask('check while uploading', fileUrl));

describe('a batch file checked while it uploads', () => {
  it('a defect in the last chunk stops the PUT before its last byte: nothing is stored', async () => {
    // ~1.6 MB: several 256 KiB chunks, the repeated number in the last one.
    const file = fileWithLastRowRepeated(100_000);
    const { result } = await client.getUploadTosURL({ suffix: 'csv' });
    const check = new BatchCsvCheck('numbers.csv', { variableNames: ['version'] });
    const refused = await putBatchFile(
      result.url,
      { ...file, inspect: refusingDefects(check) },
      { endpoint: sandbox.url },
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SmsInputError);
    expect((refused as SmsInputError).issues[0]?.field).toBe('line 100002 phone');
    await expect(createTask(result.file)).rejects.toThrow(/was not uploaded/);
  });

  it('a sound file is checked and stored in the same pass', async () => {
    const sound = join(dir, 'sound.csv');
    writeFileSync(sound, ['phone,version', '13900000000,1', '13900000001,2', ''].join('\n'));
    const check = new BatchCsvCheck('sound.csv', { variableNames: ['version'] });
    const seen: number[] = [];
    const upload = await client.uploadBatchFile({
      path: sound,
      inspect: {
        write: (chunk) => (seen.push(chunk.length), check.write(chunk)),
        end: () => void check.end(),
      },
    });
    expect(seen.reduce((a, b) => a + b, 0)).toBe(upload.size);
    const { result } = await createTask(upload.file);
    expect(result).toMatchObject({ totalCount: 2, dupCount: 0 });
  });
});
