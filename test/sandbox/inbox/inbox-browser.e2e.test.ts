// The inbox page in a real browser (Debian's Chromium through playwright-core), served by the sandbox
// that the bundled bin starts (dist/cli/index.js: the page must be inside the bundle), while the CLI sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chromiumMissing,
  explainMissingChromium,
  launchChromium,
  type Browser,
} from '../../helpers/chromium.ts';
import { signedCall, TEMPLATE_APPLICATION } from '../helpers/sandbox-http.ts';
import {
  makeTempHome,
  parseJson,
  runCli,
  startLongRunning,
  type LongRunning,
} from '../../cli/helpers/cli-process.ts';
import { CODE_TEMPLATE } from '../../cli/helpers/sandbox-env.ts';

// page.evaluate callbacks run in the browser, where these exist (the tests' tsconfig has no DOM library).
declare const document: {
  activeElement: { id: string } | null;
  documentElement: { scrollWidth: number };
  body: object;
};
declare function getComputedStyle(element: object): { backgroundColor: string };

const BUNDLE = 'dist/cli/index.js';
const RECEIPT_DELAY_MS = 300;
if (chromiumMissing) console.warn(`inbox-browser.e2e: ${explainMissingChromium()}`);

describe.skipIf(chromiumMissing)('the inbox page in Chromium', () => {
  let home: { home: string; cleanup: () => Promise<void> };
  let sandbox: LongRunning;
  let url: string;
  let browser: Browser;
  const elsewhere: string[] = [];

  beforeAll(async () => {
    home = await makeTempHome();
    sandbox = await startLongRunning(
      ['sandbox', '--port', '0', '--rate-limit', '0', '--receipt-delay', String(RECEIPT_DELAY_MS)],
      {
        home: home.home,
        entry: BUNDLE,
        ready: /Inbox, what every phone received.*: (http:\/\/127\.0\.0\.1:\d+)\//,
      },
    );
    url = sandbox.match[1] as string;
    browser = await launchChromium();
    // Offline: nothing the page loads may come from anywhere but the sandbox.
    browser.context.on('request', (request) => {
      if (!request.url().startsWith(`${url}/`)) elsewhere.push(request.url());
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop('SIGTERM');
    await home?.cleanup();
  });

  const env = () => ({
    VOLC_SMS_ENDPOINT: url,
    VOLCENGINE_ACCESS_KEY: 'AKLTsandbox',
    VOLCENGINE_SECRET_KEY: 'sandbox-secret',
  });
  async function sendSms(mobiles: string, code: string): Promise<string[]> {
    const args = ['send_sms', ...CODE_TEMPLATE];
    const run = await runCli([...args, '--mobiles', mobiles, '--template-param', JSON.stringify({ code })], {
      env: env(),
      home: home.home,
      entry: BUNDLE,
    });
    expect(run.code, run.stderr).toBe(0);
    return (parseJson(run) as { Result: { MessageIds: string[] } }).Result.MessageIds;
  }
  async function openInbox(options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
    const page = await browser.newPage(options);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${url}/`);
    await page.locator('#live[data-state="live"]').waitFor();
    expect(errors).toEqual([]);
    return page;
  }

  it('shows a send through the CLI within 1 s, rendered as the handset shows it, with its receipt', async () => {
    const page = await openInbox();
    const [id] = await sendSms('13800138000', '483920');
    const sentAt = performance.now();
    const phone = page.locator('a.phone[data-mobile="13800138000"]');
    await phone.waitFor({ timeout: 1000 });
    expect(performance.now() - sentAt).toBeLessThan(1000);
    await expect.poll(() => phone.locator('.number').textContent()).toBe('138****8000');
    expect(await page.locator('body').textContent()).not.toContain('13800138000');

    // Keyboard only: focus the phone, Enter opens its handset view and moves focus to it.
    await phone.focus();
    await page.keyboard.press('Enter');
    const bubble = page.locator(`#thread .bubble[data-message-id="${id}"]`);
    await bubble.waitFor({ timeout: 5000 }); // navigation, not the live path: no 1 s claim here
    expect(await bubble.locator('.sms-text').textContent()).toBe(
      '【火山引擎】您的验证码是483920，5分钟内有效。',
    );
    expect(await bubble.locator('.sms-text strong').textContent()).toBe('【火山引擎】');
    expect(await bubble.locator('.meta').first().textContent()).toContain('1 SMS');
    expect(await bubble.locator('.meta.id code').textContent()).toBe(id);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('handset-title');
    await expect
      .poll(() => bubble.locator('.status').textContent(), { timeout: RECEIPT_DELAY_MS + 1500 })
      .toBe('DeliveredDELIVRD');

    // A second message to the open phone arrives in its thread without a reload.
    const [second] = await sendSms('13800138000', '777000');
    await page.locator(`#thread .bubble[data-message-id="${second}"]`).waitFor({ timeout: 1000 });
    expect(await page.locator('#handset-count').textContent()).toBe('2 messages');

    await page.locator('#reveal').check();
    expect(await page.locator('#handset-title').textContent()).toBe('13800138000');
    await page.close();
  });

  it('shows a failed receipt with its code, in the handset and in the send log', async () => {
    const page = await openInbox();
    const [id] = await sendSms('13700000007', '111111');
    await page.goto(`${url}/#phones/13700000007`);
    const status = page.locator(`.bubble[data-message-id="${id}"] .status`);
    await expect.poll(() => status.textContent(), { timeout: RECEIPT_DELAY_MS + 1500 }).toBe('FailedNE:0105');

    await page.locator('[data-tab="log"]').click();
    await page.locator('#log-filter input[name="messageId"]').fill(String(id));
    await page.locator('#log-filter input[name="messageId"]').press('Enter');
    await expect.poll(() => page.locator('#log-rows tr').count()).toBe(1);
    expect(await page.locator('#log-rows tr .status').textContent()).toBe('FailedNE:0105');
    expect(await page.locator('#stats').textContent()).toContain('Failed1');
    await page.close();
  });

  it('pages the send log, and offers the configured groups, signatures and templates as filters', async () => {
    const mobiles = Array.from({ length: 51 }, (_, i) => `139${String(i).padStart(8, '0')}`);
    await sendSms(mobiles.join(','), '5151');
    const page = await openInbox();
    await page.locator('[data-tab="log"]').click();
    const pager = page.locator('#log-pager');
    await pager.waitFor();
    expect(await pager.locator('span').textContent()).toMatch(/^Page 1 of [2-9]$/);
    expect(await pager.getByRole('button', { name: 'Newer' }).isDisabled()).toBe(true);
    await pager.getByRole('button', { name: 'Older' }).click();
    await expect.poll(() => pager.locator('span').textContent()).toMatch(/^Page 2 of [2-9]$/);
    expect(await pager.getByRole('button', { name: 'Newer' }).isDisabled()).toBe(false);
    const choices = (name: string) =>
      page
        .locator(`#log-filter select[name="${name}"] option`)
        .evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
    await expect.poll(() => choices('subAccount')).toContain('7384ed01');
    expect((await choices('subAccount'))[0]).toBe('');
    expect(await choices('signature')).toContain('火山引擎');
    expect(await choices('templateId')).toContain('ST_0001');
    await page.close();
  });

  it('adds and clears faults through the form, the way the admin API does', async () => {
    const page = await openInbox();
    await page.goto(`${url}/#faults`);
    await page.locator('#fault-spec').fill('SendSmsForAgent=nonsense');
    await page.locator('#fault-spec').press('Enter');
    await page.locator('#fault-error:not([hidden])').waitFor();
    expect(await page.locator('#fault-error').textContent()).toMatch(
      /unknown kind "nonsense".*Use ACTION=KIND/,
    );

    await page.locator('#fault-spec').fill('SendSmsForAgent=500x1');
    await page.locator('#fault-spec').press('Enter');
    await page.locator('#fault-list .fault').waitFor();
    expect(await page.locator('#fault-list').textContent()).toContain('answers HTTP 500');
    const send = await runCli(
      ['send_sms', '--sub-account', '7384ed01', '--signature', 'VolcOps', '--template-id', 'ST_0004'].concat([
        '--mobiles',
        '13800000000',
        '--template-param',
        '{"version":"1"}',
      ]),
      { env: env(), home: home.home, entry: BUNDLE },
    );
    expect(send.code).toBe(5); // the fault answered 500: outcome unknown
    // Used up: the stream takes it off the page.
    await expect.poll(() => page.locator('#fault-list .fault').count()).toBe(0);

    await page.locator('#fault-spec').fill('*=latency:1');
    await page.locator('#fault-spec').press('Enter');
    await page.locator('#fault-spec').fill('SendSmsForAgent=error-after:SY:0500');
    await page.locator('#fault-spec').press('Enter');
    await expect.poll(() => page.locator('#fault-list .fault').count()).toBe(2);
    expect(await page.locator('#fault-list').textContent()).toContain(
      'processes, then answers error SY:0500',
    );
    await page
      .locator('#fault-list .fault')
      .first()
      .getByRole('button', { name: /^Clear fault/ })
      .click();
    await expect.poll(() => page.locator('#fault-list').textContent()).not.toContain('adds 1 ms');
    await page.locator('#faults-clear').click();
    await expect.poll(() => page.locator('#fault-list .fault').count()).toBe(0);
    const faults = await (await fetch(`${url}/_sandbox/faults`)).json();
    expect(faults).toEqual({ faults: [] });
    await page.close();
  });

  it('approves a template application from the page: list_sms_template shows it approved, and it sends', async () => {
    const credentials = { accessKeyId: 'AKLTsandbox', secretAccessKey: 'sandbox-secret', apiKey: '' };
    const apply = async (name: string) => {
      const applied = await signedCall({ url, credentials }, 'ApplySmsTemplateV2', {
        ...TEMPLATE_APPLICATION,
        name,
      });
      return applied.json?.Result.templateId as string;
    };
    const approved = await apply('ship');
    const rejected = await apply('ship again');
    const page = await openInbox();
    await page.locator('[data-tab="reviews"]').click();
    const card = (id: string) => page.locator(`.application[data-kind="templates"][data-key="${id}"]`);
    await card(approved).waitFor();
    expect(await card(approved).locator('.status').textContent()).toBe('Under review');
    expect(await page.locator('#review-total').textContent()).toBe('2');

    // Keyboard: type the opinion, then Approve with Enter.
    await card(approved).locator('input[name="opinion"]').fill('looks fine');
    await card(approved)
      .getByRole('button', { name: /^Approve/ })
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card(approved).locator('.status').textContent()).toBe('Approved');
    await card(rejected).locator('input[name="opinion"]').fill('duplicate of the first');
    await card(rejected)
      .getByRole('button', { name: /^Reject/ })
      .click();
    await expect.poll(() => card(rejected).locator('.status').textContent()).toBe('Rejected');
    expect(await card(rejected).textContent()).toContain('Opinion: duplicate of the first');
    expect(await page.locator('#review-total').textContent()).toBe('');

    const listed = await runCli(['list_sms_template', '--template-id', approved], {
      env: env(),
      home: home.home,
      entry: BUNDLE,
    });
    expect(listed.code, listed.stderr).toBe(0);
    expect((parseJson(listed) as { Result: { List: unknown[] } }).Result.List).toMatchObject([
      { TemplateId: approved, Status: 3 },
    ]);
    const send = await runCli(
      ['send_sms', '--sub-account', '7384ed01', '--signature', 'VolcOps', '--template-id', approved].concat([
        '--mobiles',
        '13800000000',
        '--template-param',
        '{"order":"A-1001"}',
      ]),
      { env: env(), home: home.home, entry: BUNDLE },
    );
    expect(send.code, send.stderr).toBe(0);
    await page.goto(`${url}/#phones/13800000000`);
    await expect
      .poll(() => page.locator('#thread .bubble .sms-text').last().textContent())
      .toBe('【VolcOps】订单A-1001已发货');
    await page.close();
  });

  it('is readable at 375 px (nothing wider than the screen) and follows the dark colour scheme', async () => {
    const light = await openInbox({ width: 375 });
    const dark = await openInbox({ width: 375, colorScheme: 'dark' });
    for (const page of [light, dark]) {
      for (const hash of ['#phones', '#phones/13800138000', '#log', '#reviews', '#faults']) {
        await page.goto(`${url}/${hash}`);
        await page.locator('#live[data-state="live"]').waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, hash).toBeLessThanOrEqual(375);
      }
    }
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background(light)).toBe('rgb(244, 245, 247)');
    expect(await background(dark)).toBe('rgb(15, 18, 22)');
    await light.close();
    await dark.close();
    expect(elsewhere).toEqual([]);
  });
});
