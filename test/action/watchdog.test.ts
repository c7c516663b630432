import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import {
  SANDBOX_CREDENTIALS,
  deliverableNumbers,
  runAction,
  sendInputs,
  startActionSandbox,
} from './helpers/action-sandbox.ts';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.ts';
import { runStep } from './helpers/run-step.ts';

// The watchdog through the committed bundle, as the runner runs it, against the sandbox's stats and a fake
// of the GitHub REST API reached through GITHUB_API_URL.
const TOKEN = 'ghs_watchdog0token0for0tests';
const REPOSITORY = 'acme/alerts';

let sandbox: Sandbox;
let github: FakeGitHub;
beforeAll(async () => {
  sandbox = await startActionSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  sandbox.admin.reset();
  github = await startFakeGitHub({ token: TOKEN, repository: REPOSITORY });
});
afterEach(() => github.close());

/** Sends and waits for every receipt, so the window's counts are final. */
async function sendAndWait(numbers: string[], overrides: Record<string, string> = {}): Promise<void> {
  const io = await runAction(
    sendInputs(sandbox, {
      'phone-numbers': numbers.join(','),
      'wait-for-delivery': 'true',
      'fail-on-delivery-error': 'false',
      ...overrides,
    }),
  );
  expect(io.failures).toEqual([]);
}

function watchdogStep(inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  return runStep(
    {
      mode: 'stats',
      'access-key-id': SANDBOX_CREDENTIALS.accessKeyId,
      'secret-access-key': SANDBOX_CREDENTIALS.secretAccessKey,
      endpoint: sandbox.url,
      window: '1h',
      'fail-below-receipt-rate': '0.95',
      ...inputs,
    },
    {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '31337',
      ...env,
    },
  );
}

const issueInputs = { 'open-issue': 'true', 'github-token': TOKEN, 'sub-account': '7384ed01' };
const RUN_URL = 'https://github.example/acme/alerts/actions/runs/31337';

describe('stats watchdog', () => {
  it('fail-below-receipt-rate fails the step on the recomputed rate, and passes at or above it', async () => {
    await sendAndWait(['13800000000', '13800000007']); // …7: a failed receipt
    const low = await watchdogStep();
    expect(low.code).toBe(1);
    expect(low.outputs['receipt-rate']).toBe('0.5');
    expect(low.outputs['status']).toBe('low-receipt-rate');
    // `%` travels as %25 in a workflow command; the runner shows it as `%`.
    expect(low.stdout).toMatch(
      /^::error title=SMS receipt rate below the watchdog threshold::The receipt success rate is 50\.0 %25 \(1 of 2 accepted messages delivered\) in .*below fail-below-receipt-rate 95\.0 %25\.$/m,
    );
    expect(low.summary).toContain('### 🐕 Receipt-rate watchdog');
    expect(github.requests).toEqual([]); // no open-issue: GitHub is never called

    const atThreshold = await watchdogStep({ 'fail-below-receipt-rate': '0.5' });
    expect(atThreshold.code).toBe(0);
    expect(atThreshold.outputs['status']).toBe('ok');
  });

  it('a window with nothing accepted has no rate: the step passes and says so', async () => {
    const step = await watchdogStep(issueInputs);
    expect(step.code).toBe(0);
    expect(step.outputs['receipt-rate']).toBe('');
    expect(step.printed).toContain('no accepted message in the window');
    expect(JSON.parse(step.outputs['watchdog-issues'] ?? '')).toEqual([
      { subAccount: '7384ed01', receiptRate: '', action: 'none' },
    ]);
    expect(github.issues).toEqual([]);
  });

  it('open-issue: opens one issue when the rate drops, comments while low, closes it on recovery', async () => {
    // Issues the watchdog must leave alone: one by a person with its label, one for another group.
    github.addIssue({ title: 'Discuss SMS budget', labels: [{ name: 'volc-sms-watchdog' }] });
    github.addIssue({
      title: 'SMS receipt rate below 95.0 % in message group 77da1acf',
      body: '<!-- volc-sms-watchdog group=77da1acf -->',
      labels: [{ name: 'volc-sms-watchdog' }],
    });
    await sendAndWait(['13800000000', '13800000007']);

    const opened = await watchdogStep(issueInputs);
    expect(opened.code).toBe(1);
    expect(github.issues).toHaveLength(3);
    const issue = github.issues[2];
    expect(issue).toMatchObject({
      title: 'SMS receipt rate below 95.0 % in message group 7384ed01',
      state: 'open',
      labels: [{ name: 'volc-sms-watchdog' }],
    });
    expect(issue?.body).toContain('<!-- volc-sms-watchdog group=7384ed01 -->');
    expect(issue?.body).toContain('**50.0 % (1 of 2 accepted messages delivered) in ');
    expect(issue?.body).toContain(`Run: ${RUN_URL}`);
    expect(JSON.parse(opened.outputs['watchdog-issues'] ?? '')).toEqual([
      { subAccount: '7384ed01', receiptRate: '0.5', action: 'opened', number: 3, url: issue?.html_url },
    ]);
    expect(opened.summary).toContain(`| \`7384ed01\` | 50.0 % | 🚨 opened | [#3](${issue?.html_url}) |`);
    // The token is masked first and never printed.
    expect(opened.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(`${opened.printed}${opened.summary}${opened.stderr}`).not.toContain(TOKEN);
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    const stillLow = await watchdogStep(issueInputs);
    expect(stillLow.code).toBe(1);
    expect(github.issues).toHaveLength(3);
    expect(issue?.comments).toEqual([
      expect.stringMatching(/^Still below 95\.0 %: 50\.0 % \(1 of 2 accepted messages delivered\) in /),
    ]);
    expect(JSON.parse(stillLow.outputs['watchdog-issues'] ?? '')[0]).toMatchObject({
      action: 'commented',
      number: 3,
    });

    await sendAndWait(deliverableNumbers(19)); // 20 of 21 delivered: 95.2 %
    const recovered = await watchdogStep(issueInputs);
    expect(recovered.code).toBe(0);
    expect(recovered.outputs['receipt-rate']).toBe('0.9524');
    expect(issue?.state).toBe('closed');
    expect(issue?.state_reason).toBe('completed');
    expect(issue?.comments[1]).toMatch(
      /^Recovered: 95\.2 % \(20 of 21 accepted messages delivered\) in .*Closing\./,
    );
    expect(github.issues.slice(0, 2).map((i) => [i.state, i.comments.length])).toEqual([
      ['open', 0],
      ['open', 0],
    ]);

    const quiet = await watchdogStep(issueInputs);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.outputs['watchdog-issues'] ?? '')[0]).toMatchObject({ action: 'none' });
    expect(github.issues).toHaveLength(3);
  });

  it('without sub-account, every approved message group is judged on its own rate and gets its own issue', async () => {
    await sendAndWait(['13800000000', '13800000007']); // 7384ed01: 50 %
    await sendAndWait(deliverableNumbers(3, '1370000'), {
      'sub-account': '77da1acf',
      'template-id': 'ST_0003',
      'template-param': 'name: 张三',
    });
    const step = await watchdogStep({ ...issueInputs, 'sub-account': '' });
    const issues = JSON.parse(step.outputs['watchdog-issues'] ?? '') as {
      subAccount: string;
      action: string;
    }[];
    expect(issues.map((i) => [i.subAccount, i.action])).toEqual([
      ['7384ed01', 'opened'],
      ['77da1acf', 'none'],
    ]);
    expect(github.issues.map((i) => i.title)).toEqual([
      'SMS receipt rate below 95.0 % in message group 7384ed01',
    ]);
    // Overall 4 of 5 delivered: the step fails on the whole window too.
    expect(step.outputs['receipt-rate']).toBe('0.8');
    expect(step.code).toBe(1);
  });

  it('a token GitHub refuses: the step fails naming github-token, after the rate outputs are written', async () => {
    await sendAndWait(['13800000000']);
    const step = await watchdogStep({ ...issueInputs, 'github-token': 'ghs_wrong' });
    expect(step.code).toBe(1);
    expect(step.outputs['receipt-rate']).toBe('1');
    expect(step.stdout).toMatch(
      /^::error::Could not list the open volc-sms-watchdog issues of acme\/alerts: GitHub answered 401 Bad credentials.*Hint: github-token is missing or invalid/m,
    );
    expect(step.stdout).not.toMatch(/\n\s+at /);
  });

  it('bad watchdog inputs fail before any read, each named with its fix', async () => {
    const step = await watchdogStep({ 'fail-below-receipt-rate': '95', 'open-issue': 'yes' });
    expect(step.code).toBe(1);
    const error = step.stdout.split('\n').find((line) => line.startsWith('::error')) ?? '';
    expect(error).toMatch(/^::error title=Invalid inputs%3A open-issue%2C fail-below-receipt-rate::/);
    expect(error).toContain('fail-below-receipt-rate: must be a fraction above 0 and at most 1, e.g. 0.95');
    const missing = await watchdogStep({
      'fail-below-receipt-rate': '',
      'open-issue': 'true',
      'github-token': '',
    });
    expect(missing.stdout).toMatch(/open-issue: needs fail-below-receipt-rate/);
    expect(missing.stdout).toMatch(/github-token: is empty, and open-issue needs it/);
    expect(sandbox.admin.messages()).toEqual([]);
    expect(github.requests).toEqual([]);
  });
});
