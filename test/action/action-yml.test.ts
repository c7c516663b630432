import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_NAMES } from '../../src/action/inputs.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { readActionMetadata } from './helpers/action-metadata.ts';
import { startFakeGitHub } from './helpers/fake-github.ts';
import { SANDBOX_CREDENTIALS, runAction, sendInputs, startActionSandbox } from './helpers/action-sandbox.ts';

// twilio-labs/actions-sms shipped inputs its code never read; this keeps action.yml and the code in step,
// by observing what run() really reads and writes rather than trusting a list.
const ROOT = join(import.meta.dirname, '../..');
const meta = readActionMetadata(join(ROOT, 'action.yml'));
const declaredInputs = Object.keys(meta.sections['inputs'] ?? {}).sort();
const declaredOutputs = Object.keys(meta.sections['outputs'] ?? {}).sort();

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startActionSandbox();
});
afterAll(() => sandbox.close());

describe('action.yml', () => {
  it('runs the committed bundle on node24 and carries branding', () => {
    expect(meta.sectionScalars['runs']).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(existsSync(join(ROOT, 'dist/action/index.js'))).toBe(true);
    expect(meta.sectionScalars['branding']).toEqual({ icon: expect.any(String), color: expect.any(String) });
    expect(meta.top['name']).toBeTruthy();
    expect(meta.top['description']).toBeTruthy();
  });

  it('documents every input and output', () => {
    for (const [name, props] of Object.entries({ ...meta.sections['inputs'], ...meta.sections['outputs'] })) {
      expect(props['description'], name).toMatch(/\S{3,}/);
    }
    expect(declaredInputs.length).toBeGreaterThan(15);
    expect(declaredOutputs.length).toBeGreaterThan(10);
  });

  it('declares exactly the inputs run() reads', async () => {
    const io = await runAction(sendInputs(sandbox, { 'dry-run': 'true' }));
    expect(io.failures).toEqual([]);
    expect([...io.inputsRead].sort()).toEqual(declaredInputs);
    expect([...INPUT_NAMES].sort()).toEqual(declaredInputs);
  });

  it('declares exactly the outputs run() writes across every mode', async () => {
    const send = await runAction(
      sendInputs(sandbox, { 'phone-numbers': '13800000000', 'wait-for-delivery': 'true' }),
    );
    const github = await startFakeGitHub({ token: 'ghs_t', repository: 'acme/alerts' });
    const stats = await runAction(
      {
        mode: 'stats',
        'access-key-id': SANDBOX_CREDENTIALS.accessKeyId,
        'secret-access-key': SANDBOX_CREDENTIALS.secretAccessKey,
        endpoint: sandbox.url,
        'fail-below-receipt-rate': '0.5',
        'open-issue': 'true',
        'github-token': 'ghs_t',
      },
      { env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/alerts' } },
    ).finally(() => github.close());
    const workspace = mkdtempSync(join(tmpdir(), 'volc-sms-ws-'));
    writeFileSync(join(workspace, 'r.csv'), 'phone,service,message\n13800000000,api,down\n');
    const batch = await runAction(
      {
        ...sendInputs(sandbox, { signature: 'VolcOps', 'template-id': 'ST_0002' }),
        mode: 'batch',
        'phone-numbers': '',
        'template-param': '',
        'batch-file': 'r.csv',
        launch: 'true',
        wait: 'true',
      },
      { env: { GITHUB_WORKSPACE: workspace } },
    );
    expect([...send.failures, ...stats.failures, ...batch.failures]).toEqual([]);
    const written = new Set([...send.outputs.keys(), ...stats.outputs.keys(), ...batch.outputs.keys()]);
    expect([...written].sort()).toEqual(declaredOutputs);
  });

  it('has defaults that agree with the code: a step that omits a switch behaves as documented', () => {
    const inputs = meta.sections['inputs'] ?? {};
    expect(inputs['mode']?.['default']).toBe('send');
    expect(inputs['fail-on-error']?.['default']).toBe('true');
    expect(inputs['fail-on-delivery-error']?.['default']).toBe('true');
    expect(inputs['dry-run']?.['default']).toBe('false');
    expect(inputs['wait-for-delivery']?.['default']).toBe('false');
    expect(inputs['delivery-timeout']?.['default']).toBe('120');
    // GitHub does not enforce `required: true`; the code validates, so nothing claims to be required.
    expect(Object.values(inputs).filter((props) => props['required'] === 'true')).toEqual([]);
  });
});
