// send_sms beyond the happy path: dry runs, files of numbers, several requests, partial failure.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { expectNoSecrets, parseJson, runCli, type TempHome } from './helpers/cli-process.ts';
import { akskEnv, NOTICE_TEMPLATE, sandboxSecrets, useSandboxWithHome } from './helpers/sandbox-env.ts';
import { startStubApi, stubEnvelope } from './helpers/stub-api.ts';

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

const SEND = ['send_sms', ...NOTICE_TEMPLATE, '--template-param', '{"version":"2.1.0"}'];

/** 13800000000, 13800000001, …: distinct valid mainland numbers (last digits 0–9 cycle through outcomes). */
const numbers = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `138${String(from + i).padStart(8, '0')}`);

async function cli(args: readonly string[], env: Record<string, string> = akskEnv(sandbox)) {
  const run = await runCli(args, { env, home: home.home });
  expectNoSecrets(run, [...sandboxSecrets(sandbox), ...numbers(260)]);
  return run;
}

type Recipients = {
  Recipients: Array<{
    Mobile: string;
    MessageId: string | null;
    Status: string;
    Error: { Code: string } | null;
  }>;
  Responses: Array<{ ResponseMetadata: { RequestId: string } } | null>;
};

describe('send_sms --dry-run', () => {
  it('checks and plans without sending: masked numbers, duplicates, request count', async () => {
    const run = await cli([...SEND, '--mobiles', '13800000000,+8613800000000,13900000001', '--dry-run']);
    expect(run.code).toBe(0);
    expect(parseJson(run)).toEqual({
      DryRun: true,
      SubAccount: '7384ed01',
      Signature: 'VolcOps',
      TemplateId: 'ST_0004',
      TemplateParam: '{"version":"2.1.0"}',
      Mobiles: ['138****0000', '139****0001'],
      Duplicates: ['+86****0000'],
      Requests: 1,
      Engine: 'direct',
      EngineReason:
        'direct sends: 2 numbers, at most the batch threshold of 10000; 1 request of at most 200 at 5/s',
    });
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('still rejects bad input: a template parameter that is not a string', async () => {
    const args = SEND.slice(0, -1);
    const run = await cli([...args, '{"version":2}', '--mobiles', '13800000000', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/template-param/);
    expect(sandbox.admin.messages()).toEqual([]);
  });
});

describe('send_sms --mobiles-file', () => {
  it('sends 250 numbers from a CSV as two requests and reports every number', async () => {
    const file = path.join(home.home, 'numbers.csv');
    await writeFile(file, ['name,mobile', ...numbers(250).map((n, i) => `user${i},${n}`)].join('\n'));
    const run = await cli([...SEND, '--mobiles-file', file]);
    expect(run.code).toBe(0);
    const document = parseJson(run) as Recipients;
    expect(document.Recipients).toHaveLength(250);
    expect(document.Responses).toHaveLength(2);
    expect(document.Recipients[0]).toMatchObject({ Mobile: '138****0000', Status: 'sent', Error: null });
    expect(document.Recipients.every((r) => r.Status === 'sent' && typeof r.MessageId === 'string')).toBe(
      true,
    );
    expect(new Set(document.Recipients.map((r) => r.MessageId)).size).toBe(250);
    expect(sandbox.admin.messages({ limit: 1000 })).toHaveLength(250);
  });

  it('combines --mobiles and the file, one number per line, skipping what was already given', async () => {
    const file = path.join(home.home, 'more.txt');
    await writeFile(file, '# on-call\n13800000001\n13800000002\n');
    const run = await cli([...SEND, '--mobiles', '13800000001', '--mobiles-file', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('volc-sms: 1 duplicate number(s) skipped (sent once).\n');
    expect(sandbox.admin.messages().map((m) => m.mobile)).toEqual(['13800000001', '13800000002']);
  });

  it('names a missing file', async () => {
    const run = await cli([...SEND, '--mobiles-file', 'no-such-file.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^volc-sms: --mobiles-file .*no-such-file\.csv: no such file/);
  });
});

describe('partial failure', () => {
  it('one request of two rejected: exit 6, the failed numbers carry the error, the others their ids', async () => {
    // The sandbox fails whole requests only; this stub rejects the request holding the 201st number.
    const stub = await startStubApi(({ action, body }) => {
      const mobiles = String(body.Mobiles).split(',');
      if (mobiles.includes(numbers(1, 200)[0] as string)) {
        return { body: stubEnvelope(action, { error: { Code: 'RE:0004', Message: 'Signature error' } }) };
      }
      return { body: stubEnvelope(action, { result: { MessageIds: mobiles.map((_, i) => `id-${i}`) } }) };
    });
    try {
      const run = await cli([...SEND, '--mobiles', numbers(230).join(',')], {
        ...akskEnv(sandbox),
        VOLC_SMS_ENDPOINT: stub.url,
      });
      expect(run.code).toBe(6);
      const document = parseJson(run) as Recipients;
      expect(document.Recipients.filter((r) => r.Status === 'sent')).toHaveLength(200);
      const failed = document.Recipients.filter((r) => r.Status === 'failed');
      expect(failed).toHaveLength(30);
      expect(failed[0]).toMatchObject({ Mobile: '138****0200', MessageId: null, Error: { Code: 'RE:0004' } });
      expect(run.stderr).toMatch(/^volc-sms: 30 number\(s\): .*RE:0004.*request id .*Hint: /);
      expect(stub.requests).toHaveLength(2);
    } finally {
      await stub.close();
    }
  });
});
