// `node scripts/inbox-screenshot.ts`: the screenshots of the inbox in docs/sandbox.md (a phone's view,
// light and dark), taken in headless Chromium from a sandbox that the CLI sends to, as a user would.
// Needs Debian's chromium and a CJK font (apt-get install -y chromium fonts-wqy-microhei).
import { launchChromium } from '../test/helpers/chromium.ts';
import { main } from '../src/cli/main.ts';
import { startSandbox } from '../src/sandbox/index.ts';

const sandbox = await startSandbox({ port: 0, receiptDelayMs: 200, rateLimitQps: 0 });
const env = {
  VOLC_SMS_ENDPOINT: sandbox.url,
  VOLCENGINE_ACCESS_KEY: sandbox.credentials.accessKeyId,
  VOLCENGINE_SECRET_KEY: sandbox.credentials.secretAccessKey,
  HOME: '/nonexistent-volc-sms-screenshot-home',
};
const quiet = { write: () => true, isTTY: false };
async function send(signature: string, templateId: string, mobiles: string, params: object) {
  const argv = [
    'send_sms',
    '--sub-account',
    '7384ed01',
    '--signature',
    signature,
    '--template-id',
    templateId,
  ];
  const code = await main([...argv, '--mobiles', mobiles, '--template-param', JSON.stringify(params)], env, {
    stdout: quiet,
    stderr: quiet,
    cwd: process.cwd(),
  });
  if (code !== 0) throw new Error(`send_sms exited with ${code}`);
}

const browser = await launchChromium();
try {
  await send('火山引擎', 'ST_0001', '13800138000,13912345678,13700000007', { code: '483920' });
  await send('VolcOps', 'ST_0002', '13800138000', {
    service: 'checkout-api',
    message: 'p99 latency above 800 ms for 5 minutes, on-call paged; runbook: ops/latency.md',
  });
  await send('VolcOps', 'ST_0004', '13800138000,13600000006', { version: 'v2.14.0' });
  await new Promise((resolve) => setTimeout(resolve, 400)); // the receipts
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ width: 1100, height: 640, colorScheme });
    await page.goto(`${sandbox.url}/#phones/13800138000`);
    await page.locator('#thread .bubble').nth(2).waitFor();
    await page.locator('#live[data-state="live"]').waitFor();
    await page.screenshot({ path: `docs/inbox-phone-${colorScheme}.png` });
    await page.close();
    process.stdout.write(`wrote docs/inbox-phone-${colorScheme}.png\n`);
  }
} finally {
  await browser.close();
  await sandbox.close();
}
