import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsClient, isSmsApiError, type AuthConfig } from '../../src/core/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { sandboxAuth } from '../helpers/sandbox-auth.ts';
import { sendCode } from '../helpers/seed-requests.ts';

/** The project's own client against the sandbox, in both auth modes: what the CLI, Action and Slack app do. */
describe.each([
  ['aksk', 'agent'],
  ['gateway', 'agent'],
  ['aksk', 'classic'],
] as const)('core client (%s, %s API) against the sandbox', (kind, api) => {
  let sandbox: Sandbox;
  let auth: AuthConfig;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0 });
    auth = sandboxAuth(sandbox, kind);
  });
  afterAll(() => sandbox.close());

  it('sends, lists, reads the log and the stats', async () => {
    const client = createSmsClient({ auth, endpoint: sandbox.url, api });
    try {
      const outcome = await sendCode(client, ['13800000000', '+86 139 0000 0007'], '5678');
      expect(outcome.sentCount).toBe(2);
      const ids = outcome.recipients.map((r) => r.messageId);
      expect(sandbox.admin.messages().map((m) => m.messageId)).toEqual(ids);

      expect((await client.listSubAccounts()).result.Total).toBe(2);
      expect(
        (await client.listSignatures({ subAccounts: ['77da1acf'] })).result.List.map((s) => s.Signature),
      ).toEqual(['火山引擎']);
      if (api === 'agent') {
        expect((await client.listTemplates({ signatures: ['VolcOps'] })).result.Total).toBe(3);
      } else {
        // The classic list has no signature filter, and it lists templates under review too.
        const templates = await client.listTemplates({ subAccounts: ['77da1acf'] });
        expect(templates.result.List.map((t) => t.TemplateId)).toEqual(['ST_0003']);
      }

      const log = await client.listSendLogs({ subAccount: '7384ed01' });
      expect(log.result.List.map((i) => [i.Mobile, i.Status, i.ErrorCode]).sort()).toEqual([
        // The classic log reports a delivery as "0" (the official sample), the agent log as DELIVRD.
        ['138****0000', 3, api === 'agent' ? 'DELIVRD' : '0'],
        ['139****0007', 2, 'NE:0105'],
      ]);
      const now = Math.floor(Date.now() / 1000);
      const stats = await client.getSendStats({ startTime: now - 3600, endTime: now + 60 });
      expect(stats.result).toMatchObject({
        TotalAllSendCount: 2,
        TotalReceiptSuccessCount: 1,
        TotalReceiptFailureCount: 1,
      });
    } finally {
      await client.close();
    }
  });

  it('surfaces a business error with its code and request id', async () => {
    const client = createSmsClient({ auth, endpoint: sandbox.url, api });
    try {
      const error = await client.listSendLogs({ subAccount: 'nope' }).catch((e: unknown) => e);
      expect(isSmsApiError(error)).toBe(true);
      expect(error).toMatchObject({ apiCode: 'RE:0003' });
      expect((error as { requestId?: string }).requestId).toMatch(/^\d{14}[0-9A-F]{20}$/);
    } finally {
      await client.close();
    }
  });
});
