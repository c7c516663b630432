import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmsClient } from '../../../src/core/client.ts';
import { SmsOutcomeUnknownError } from '../../../src/core/errors/errors.ts';
import type { SmsClient } from '../../../src/core/types.ts';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.ts';
import { sandboxAuth } from '../../helpers/sandbox-auth.ts';

// The agent-v2 writes against the sandbox: what they create, and the lost answer of each (the sandbox
// processes the request, then drops the connection): reported unknown, never resent, and settled by the
// read the error names.
let sandbox: Sandbox;
let client: SmsClient;
const sleeps: number[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0 });
  client = createSmsClient({
    auth: sandboxAuth(sandbox),
    endpoint: sandbox.url,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
});
beforeEach(() => {
  sandbox.admin.reset();
  sleeps.length = 0;
});

const unknown = async (call: Promise<unknown>) => {
  const error = (await call.catch((e: unknown) => e)) as SmsOutcomeUnknownError;
  expect(error).toBeInstanceOf(SmsOutcomeUnknownError);
  expect(sleeps).toEqual([]);
  return error;
};

describe('applications', () => {
  const signature = {
    content: 'NewBrand',
    purpose: 1 as const,
    source: 1 as const,
    signatureIdentificationID: 11,
    subAccounts: ['7384ed01'],
    channelTypes: ['CN_NTC' as const],
  };
  const template = {
    content: 'Your parcel ${order} is on its way',
    channelType: 'CN_NTC' as const,
    name: 'parcel',
    signatures: ['VolcOps'],
    subAccounts: ['7384ed01'],
    templateParams: [{ name: 'order' }],
  };

  it('ApplySmsSignatureV2 creates a signature under review', async () => {
    const { result } = await client.applySmsSignatureV2(signature);
    expect(result).toMatchObject({ applyId: expect.any(String), status: 1 });
    const listed = await client.listSignatures({ signature: 'NewBrand', subAccounts: ['7384ed01'] });
    expect(listed.result.List.map((s) => [s.Signature, s.Status])).toEqual([['NewBrand', 1]]);
  });

  it('ApplySmsSignatureV2 whose answer is lost: unknown, once, and ListSignatureForAgent settles it', async () => {
    sandbox.admin.addFault({ action: 'ApplySmsSignatureV2', kind: 'drop-after', count: 1 });
    const error = await unknown(client.applySmsSignatureV2(signature));
    expect(error.reconcile?.action).toBe('ListSignatureForAgent');
    const params = error.reconcile!.params as { Signature: string; SubAccounts: string[] };
    const listed = await client.listSignatures({
      signature: params.Signature,
      subAccounts: params.SubAccounts,
    });
    expect(listed.result.List.filter((s) => s.Signature === 'NewBrand')).toHaveLength(1);
  });

  it('ApplySmsTemplateV2 creates a template under review', async () => {
    const { result } = await client.applySmsTemplateV2(template);
    expect(result).toMatchObject({ templateId: expect.any(String), status: 1 });
  });

  it('ApplySmsTemplateV2 whose answer is lost: unknown, once, and ListSmsTemplateForAgent settles it', async () => {
    sandbox.admin.addFault({ action: 'ApplySmsTemplateV2', kind: 'drop-after', count: 1 });
    const error = await unknown(client.applySmsTemplateV2(template));
    expect(error.reconcile?.action).toBe('ListSmsTemplateForAgent');
    const listed = await client.listTemplates({
      subAccounts: ['7384ed01'],
      signatures: ['VolcOps'],
      pageSize: 100,
    });
    expect(listed.result.List.filter((t) => (t.TemplateName ?? t.Name) === 'parcel')).toHaveLength(1);
  });
});
