// signature-preview/-submit and template-preview/-submit through the real bin against the sandbox: the
// default-all rule, a group added between preview and submit, once-only submits, a digest of another
// command, and a lost answer.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { type CliRun, type TempHome } from './helpers/cli-process.ts';
import { envelope, gateCli } from './helpers/gate-cli.ts';
import { NOTICE_TEMPLATE, useSandboxWithHome } from './helpers/sandbox-env.ts';

vi.setConfig({ testTimeout: 120_000 });

let sandbox: Sandbox;
let home: TempHome;
let cli: (args: readonly string[]) => Promise<CliRun>;

useSandboxWithHome((started) => ({ sandbox, home } = started));

const SIGNATURE = [
  '--content',
  '【Acme告警】',
  '--purpose',
  '1',
  '--qualification-id',
  '11',
  '--channel-type',
  'CN_NTC',
  '--source',
  '1',
];
const applied = () => sandbox.admin.applications().signatures;
const submitted = (args: string[], digest: string, extra: string[] = []) =>
  cli(['signature-submit', ...args, '--preview-digest', digest, ...extra]);

describe('signature-preview / signature-submit', () => {
  beforeAll(async () => {
    cli = await gateCli(sandbox, home.home);
  });

  it('without --sub-account binds every visible group that takes the channels, and applies for nothing', async () => {
    const run = await cli(['signature-preview', ...SIGNATURE]);
    expect(run.code).toBe(0);
    const out = envelope(run);
    expect(out).toMatchObject({ action: 'signature-preview', success: true });
    expect(out.result).toMatchObject({
      preview: {
        content: 'Acme告警',
        purpose: 1,
        source: 1,
        signatureIdentificationID: 11,
        subAccounts: ['7384ed01'],
        channelTypes: ['CN_NTC'],
      },
      messageGroups: [{ subAccount: '7384ed01', subAccountName: 'Ops alerts' }],
      messageGroupCount: 1,
      excludedGroups: [{ subAccount: '77da1acf', reason: 'does not take CN_NTC' }],
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(applied()).toEqual([]);
  });

  it('a group added between preview and submit invalidates a default-all preview, naming the group', async () => {
    const digest = envelope(await cli(['signature-preview', ...SIGNATURE])).result.digest as string;
    sandbox.admin.putSubAccount({ id: 'a11ce000', name: 'New team', channelTypes: ['CN_NTC'] });
    const run = await submitted(SIGNATURE, digest);
    expect(run.code).toBe(2);
    const out = envelope(run);
    expect(out.error?.code).toBe('digest_mismatch');
    expect(out.error?.message).toContain('changed: the message groups (added a11ce000)');
    expect(out.result).toEqual({ changed: ['subAccounts'] });
    expect(applied()).toEqual([]);
  });

  it('applies once: the same digest again, or a digest of another command, applies nothing', async () => {
    const args = [...SIGNATURE, '--sub-account', '7384ed01'];
    const digest = envelope(await cli(['signature-preview', ...args])).result.digest as string;
    const first = await submitted(args, digest);
    expect(first.code).toBe(0);
    expect(envelope(first)).toMatchObject({ action: 'ApplySmsSignatureV2', success: true });
    expect(envelope(first).result).toMatchObject({ applyId: expect.any(String), status: 1 });
    expect(applied()).toHaveLength(1);

    const again = await submitted(args, digest);
    expect(again.code).toBe(2);
    expect(envelope(again).error?.code).toBe('already_submitted');

    // A send preview's digest opens no signature submit, even for a fresh signature.
    const send = await cli([
      'send-preview',
      ...NOTICE_TEMPLATE,
      '--mobile',
      '13800000000',
      '--template-params',
      '{"version":"1"}',
    ]);
    const other = await submitted(
      SIGNATURE.map((a) => (a === '【Acme告警】' ? 'Other' : a)),
      envelope(send).result.digest as string,
    );
    expect(envelope(other).error?.code).toBe('digest_mismatch');
    expect(envelope(other).error?.message).toContain('No signature-preview produced this digest');
    expect(applied()).toHaveLength(1);
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('a lost answer: found by the reconciling read when it was processed; otherwise unknown until --reconciled', async () => {
    const args = [...SIGNATURE, '--sub-account', '7384ed01'];
    const digest = envelope(await cli(['signature-preview', ...args])).result.digest as string;
    sandbox.admin.addFault({ action: 'ApplySmsSignatureV2', kind: 'drop-after', count: 1 });
    const found = await submitted(args, digest);
    expect(found.code).toBe(0);
    expect(envelope(found)).toMatchObject({
      action: 'signature-submit',
      result: { reconciled: true, Signature: 'Acme告警' },
    });
    expect(applied()).toHaveLength(1);

    sandbox.admin.reset();
    const second = envelope(await cli(['signature-preview', ...args])).result.digest as string;
    sandbox.admin.addFault({ action: 'ApplySmsSignatureV2', kind: 'drop-before', count: 1 });
    const lost = await submitted(args, second);
    expect(lost.code).toBe(5);
    expect(envelope(lost).error).toMatchObject({ code: 'outcome_unknown', outcome_unknown: true });
    expect(envelope(lost).error?.message).toContain(
      'volc-sms list-signatures --signature Acme告警 --sub-account 7384ed01',
    );
    expect((await submitted(args, second)).code).toBe(5);
    expect(applied()).toEqual([]);
    const reconciled = await submitted(args, second, ['--reconciled']);
    expect(reconciled.code).toBe(0);
    expect(applied()).toHaveLength(1);
  });
});

const TEMPLATE = [
  '--name',
  'Release note',
  '--content',
  '版本${version}已发布，详情${link}',
  '--channel-type',
  'CN_NTC',
  '--signature',
  'VolcOps',
  '--sub-account',
  '7384ed01',
];
const templates = () => sandbox.admin.applications().templates;

describe('template-preview / template-submit', () => {
  beforeAll(async () => {
    cli = await gateCli(sandbox, home.home);
  });

  it('previews the body with the content as length and hash, applies once', async () => {
    const preview = await cli(['template-preview', ...TEMPLATE]);
    expect(preview.code).toBe(0);
    const out = envelope(preview);
    expect(out.result.preview).toEqual({
      name: 'Release note',
      channelType: 'CN_NTC',
      area: 'cn',
      signatures: ['VolcOps'],
      subAccounts: ['7384ed01'],
      templateParams: [{ name: 'version' }, { name: 'link' }],
      content_length: 25,
      content_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(preview.stdout).not.toContain('已发布');
    const digest = out.result.digest as string;
    const first = await cli(['template-submit', ...TEMPLATE, '--preview-digest', digest]);
    expect(envelope(first)).toMatchObject({
      action: 'ApplySmsTemplateV2',
      result: { templateId: expect.any(String) },
    });
    const again = await cli(['template-submit', ...TEMPLATE, '--preview-digest', digest]);
    expect(envelope(again).error?.code).toBe('already_submitted');
    expect(templates()).toHaveLength(1);
  });

  it('other content, or a signature no longer approved, refuses the submit and applies nothing', async () => {
    const digest = envelope(await cli(['template-preview', ...TEMPLATE])).result.digest as string;
    const edited = TEMPLATE.map((a) => (a.startsWith('版本') ? '版本${version}已上线，详情${link}' : a));
    const changed = await cli(['template-submit', ...edited, '--preview-digest', digest]);
    expect(changed.code).toBe(2);
    expect(envelope(changed).error?.message).toContain('changed: the content');

    sandbox.admin.putSignature({ text: 'VolcOps', status: 2, subAccounts: ['7384ed01'] });
    const rejected = await cli(['template-submit', ...TEMPLATE, '--preview-digest', digest]);
    expect(envelope(rejected).error).toMatchObject({ code: 'validation_error' });
    expect(envelope(rejected).error?.message).toContain('Signature "VolcOps" has status 2, not approved');
    expect(templates()).toEqual([]);
  });
});
