import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (no downloaded browser build). `.ci/run` installs it when
 * missing; where it is not installed a browser test is skipped with this message, except in CI
 * (CI=true), where a missing browser fails the run instead of passing it silently.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumMissing = !existsSync(CHROMIUM_PATH);

export function explainMissingChromium(): string {
  const message = `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI === 'true') throw new Error(`${message}: the browser tests cannot be skipped in CI.`);
  return `skipped: ${message}.`;
}

export interface Browser {
  context: BrowserContext;
  newPage(options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile, removed on close. */
export async function launchChromium(): Promise<Browser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'volc-sms-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  return {
    context,
    async newPage(options = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 800 });
      await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
