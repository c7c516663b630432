import { resolve } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layering from '../../eslint/core-entry.ts';

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser as Linter.Parser },
    plugins: { layering },
    rules: { 'layering/core-entry': 'error' },
  },
];

/** The layering messages for `code` as if it were the file at `path` (repo-relative). */
function problems(path: string, code: string): string[] {
  return linter.verify(code, config, { filename: resolve(path) }).map((m) => m.message);
}

describe('layering/core-entry', () => {
  it('lets every entry point import src/core/index.ts, however deep it sits', () => {
    expect(problems('src/cli/main.ts', "import { createSmsClient } from '../core/index.ts';")).toEqual([]);
    expect(
      problems('src/cli/commands/send-sms.ts', "import type { SmsClient } from '../../core/index.ts';"),
    ).toEqual([]);
    expect(problems('src/slack/app.ts', "export { redact } from '../core/index.ts';")).toEqual([]);
  });

  it('refuses a deep import from cli/commands, the case the old pattern let through', () => {
    const found = problems('src/cli/commands/doctor.ts', "import { signRequest } from '../../core/sign.ts';");
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('src/core/index.ts');
    expect(found[0]).toContain('src/core/sign.ts');
  });

  it('refuses deep paths in every spelling and import form', () => {
    const deep = [
      "import { buildRequest } from '../core/signing/build-request.ts';",
      "import { x } from './../core/errors/errors.ts';",
      "import { x } from '../mcp/../core/http/retry.ts';",
      "export { redact } from '../core/config/redact.ts';",
      "export * from '../core/time/time.ts';",
      "const m = await import('../core/schemas/wire.ts');",
      "type T = typeof import('../core/client.ts');",
    ];
    for (const code of deep) expect(problems('src/mcp/server.ts', code), code).toHaveLength(1);
  });

  it('keeps internal.ts to the sandbox', () => {
    const code = "import { canonicalRequest } from '../core/internal.ts';";
    expect(problems('src/sandbox/authenticate.ts', code)).toEqual([]);
    for (const area of ['cli', 'mcp', 'action', 'slack']) {
      expect(problems(`src/${area}/x.ts`, code), area).toHaveLength(1);
    }
    expect(
      problems('src/sandbox/actions/x.ts', "import { sign } from '../../core/signing/sign.ts';"),
    ).toHaveLength(1);
  });

  it('keeps the core from importing an entry point, and leaves its own imports and packages alone', () => {
    expect(problems('src/core/client.ts', "import { x } from '../cli/main.ts';")).toHaveLength(1);
    expect(problems('src/core/client.ts', "import { x } from './signing/sign.ts';")).toEqual([]);
    expect(problems('src/core/http/retry.ts', "import { x } from '../errors/error-codes.ts';")).toEqual([]);
    expect(problems('src/cli/main.ts', "import { z } from 'zod';")).toEqual([]);
  });

  it('does not apply outside src/', () => {
    expect(problems('test/core/sign.test.ts', "import { x } from '../../src/core/signing/sign.ts';")).toEqual(
      [],
    );
  });
});
