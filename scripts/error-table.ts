// The README's error table, generated from the core's one table of error codes (src/core/errors/error-codes.ts,
// which joins the sections kept under src/core/errors/codes/) so the README cannot drift from what the CLI,
// the Action and Slack say. test/docs/readme.test.ts checks that the README holds exactly this output
// between its error-table markers.
//
//   node scripts/error-table.ts           # print it
//   node scripts/error-table.ts --write   # put it into README.md
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from '../src/core/index.ts';

export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- error-table:start -->';
const END = '<!-- error-table:end -->';

export function errorTableMarkdown(): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const rows = Object.entries(ERROR_CODES).map(
    ([code, info]) =>
      `| \`${code}\` | ${escape(info.message)} | ${escape(info.hint)} | ${info.provesNotProcessed ? 'rejected' : 'unknown'} |`,
  );
  return ['| Code | What is wrong | What to do | Write outcome |', '|---|---|---|---|', ...rows].join('\n');
}

/** The text between the README's markers, or undefined when the markers are missing. */
export function readmeErrorTable(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + START.length, end).trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) {
    const readme = readFileSync(README_PATH, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
    writeFileSync(
      README_PATH,
      `${readme.slice(0, start + START.length)}\n${errorTableMarkdown()}\n${readme.slice(end)}`,
    );
  } else {
    process.stdout.write(`${errorTableMarkdown()}\n`);
  }
}
