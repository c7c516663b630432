// Every `volc-sms <command>` the README and docs/ show a user exists: run as written, `volc-sms <command>
// --help` exits 0. (docs/action.md once told users to run `volc-sms list-sms-send-log`, which does not.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli/helpers/in-process.ts';

const ROOT = path.join(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The code a page shows: fenced blocks and inline code spans, where a command line is meant to be typed. */
function codeOf(markdown: string): string[] {
  const fenced = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
  return [...fenced, ...spans];
}

/** `volc-sms <word>` where the word is a command (not a flag, a path such as volc-sms/volc-sms, or `volc-sms:`). */
export function commandsNamed(markdown: string): string[] {
  const names = new Set<string>();
  for (const code of codeOf(markdown)) {
    for (const match of code.matchAll(/(?<![\w/.-])volc-sms[ \t]+([a-z][a-z0-9_-]*)/g))
      names.add(match[1] ?? '');
  }
  return [...names];
}

const named = DOCS.flatMap((doc) =>
  commandsNamed(readFileSync(path.join(ROOT, doc), 'utf8')).map((command) => [doc, command] as const),
);

describe('commands named in the docs', () => {
  it('finds the commands users are told to run', () => {
    const commands = new Set(named.map(([, command]) => command));
    for (const command of ['send_sms', 'list_sms_send_log', 'doctor', 'sandbox'])
      expect(commands).toContain(command);
    // It reads code, not prose ("`volc-sms` is also a GitHub Action").
    expect(
      commandsNamed('`volc-sms` is also an Action; uses: volc-sms/volc-sms@v1; volc-sms: an error'),
    ).toEqual([]);
    expect(commandsNamed('check with `volc-sms list-sms-send-log`')).toEqual(['list-sms-send-log']);
  });

  it.each(named)('%s: volc-sms %s exists', async (_doc, command) => {
    const run = await runMain(command === 'help' ? ['help'] : [command, '--help'], {});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
