// The inbox page's batch-tasks panel in a real browser (Debian's Chromium through playwright-core): a task
// created and consented through the client appears with its state, and its progress bar advances live
// over the event stream while a low --batch-rate sends it, at 375 px and in the dark scheme.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsClient, type SmsClient } from '../../../src/core/index.ts';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.ts';
import {
  chromiumMissing,
  explainMissingChromium,
  launchChromium,
  type Browser,
} from '../../helpers/chromium.ts';
import { sandboxAuth } from '../../helpers/sandbox-auth.ts';
import { noticeTask } from '../../helpers/seed-requests.ts';

// page.evaluate callbacks run in the browser (the tests' tsconfig has no DOM library).
declare const document: {
  activeElement: { id: string; dataset: Record<string, string> } | null;
  documentElement: { scrollWidth: number };
};

const NUMBERS = 40;
const RATE = 20; // numbers per second: the task sends for about two seconds
if (chromiumMissing) console.warn(`inbox-batch.e2e: ${explainMissingChromium()}`);

describe.skipIf(chromiumMissing)('the inbox batch-tasks panel in Chromium', () => {
  let sandbox: Sandbox;
  let client: SmsClient;
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'inbox-batch-'));
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0, batchRate: RATE });
    client = createSmsClient({ auth: sandboxAuth(sandbox), endpoint: sandbox.url });
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await client?.close();
    await sandbox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a task in state 2, then its bar advancing while it sends, then Done', async () => {
    const page = await browser.newPage({ width: 375, height: 800, colorScheme: 'dark' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${sandbox.url}/`);
    await page.locator('#live[data-state="live"]').waitFor();
    // Keyboard: the tab is a link; Enter on it opens the panel.
    await page.locator('[data-tab="batch"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#view-batch:not([hidden])').waitFor();
    expect(await page.locator('#batch-empty').isVisible()).toBe(true);

    const path = join(dir, 'numbers.csv');
    const rows = Array.from({ length: NUMBERS }, (_, i) => `1380000${String(i).padStart(4, '0')},v${i}`);
    writeFileSync(path, `phone,version\n${rows.join('\n')}\n13800000000,dup\n`);
    const { file } = await client.uploadBatchFile({ path });
    const { result } = await client.setBatchTask(noticeTask('release notice', file));
    const task = page.locator(`.batch-task[data-task-id="${result.taskId}"]`);
    await task.waitFor({ timeout: 1000 });
    expect(await task.locator('[data-batch-status]').textContent()).toBe('Valid');
    expect(await task.textContent()).toContain('41 rows: 40 to send, 0 invalid, 1 duplicates');
    expect(await task.locator('progress').count()).toBe(0);

    await client.consentBatchTask({ subAccount: '7384ed01', taskId: result.taskId });
    const bar = task.locator('progress');
    await bar.waitFor({ timeout: 1000 });
    expect(await bar.getAttribute('max')).toBe(String(NUMBERS));
    // Read the bar as it goes: it must show several values between empty and full, never going back.
    const seen: number[] = [];
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const value = Number(await bar.getAttribute('value'));
      if (seen.at(-1) !== value) seen.push(value);
      if (value === NUMBERS) break;
      await page.waitForTimeout(50);
    }
    expect(seen.at(-1)).toBe(NUMBERS);
    const between = seen.filter((value) => value > 0 && value < NUMBERS);
    expect(between.length, `values seen: ${seen.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await expect.poll(() => task.locator('[data-batch-status]').textContent()).toBe('Done');
    expect(await task.locator('.progress').textContent()).toContain('40 of 40 numbers sent');
    expect(await bar.getAttribute('aria-label')).toBe('release notice: 40 of 40 numbers sent');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
    await page.close();
  });
});
