import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/index.ts';
import { errorTableMarkdown, README_PATH, readmeErrorTable } from '../../scripts/error-table.ts';

const readme = readFileSync(README_PATH, 'utf8');

describe('README', () => {
  it('holds the error table generated from the core (run `node scripts/error-table.ts --write`)', () => {
    expect(readmeErrorTable(readme)).toBe(errorTableMarkdown());
  });

  it('lists every error code of the core table', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(readme).toContain(`| \`${code}\` |`);
  });

  it('quick start is the two commands .ci/run runs', () => {
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toMatch(/^npm test\b/m);
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm run demo$/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('links only to docs that exist', () => {
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) {
      expect(() => readFileSync(new URL(`../../${target}`, import.meta.url)), target).not.toThrow();
    }
  });
});
