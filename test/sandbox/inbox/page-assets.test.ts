// The page is embedded in page-assets.ts so the bundled bin can serve it; the module must be the page's
// files as they are (regenerate with `node scripts/embed-inbox-page.ts`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSETS_FILE, renderPageAssets } from '../../../scripts/embed-inbox-page.ts';

describe('src/sandbox/inbox/page-assets.ts', () => {
  it('is generated from src/sandbox/inbox/page/ as it is now', () => {
    expect(
      readFileSync(ASSETS_FILE, 'utf8') === renderPageAssets(),
      'run node scripts/embed-inbox-page.ts',
    ).toBe(true);
  });
});
