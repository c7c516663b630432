import type { CommandSpec } from './command.ts';
import { EXIT_CODE_HELP } from './exit-code-help.ts';
import { GLOBAL_FLAGS } from './flags.ts';
import type { FlagSpec, FlagSpecs } from './flags.ts';
import { displayWidth, padToWidth } from './output/text-width.ts';

function flagLabel(name: string, spec: FlagSpec): string {
  const short = spec.short === undefined ? '' : `-${spec.short}, `;
  return `${short}--${name}${spec.value === undefined ? '' : ` ${spec.value}`}`;
}

function flagLines(flags: ReadonlyArray<readonly [string, FlagSpec]>): string[] {
  const labels = flags.map(([name, spec]) => flagLabel(name, spec));
  const width = Math.max(0, ...labels.map(displayWidth));
  return flags.map(([, spec], index) => `  ${padToWidth(labels[index] ?? '', width)}  ${spec.description}`);
}

const VERSION_FLAG: FlagSpec = { type: 'boolean', description: 'Print the version (volc-sms --version).' };
const USAGE_WIDTH = 100;

/** `Usage: volc-sms cmd --a A [--b B] …` wrapped under the command name, so long usages stay readable. */
function wrapWords(head: string, words: readonly string[]): string[] {
  const lines: string[] = [];
  let line = head;
  for (const word of words) {
    if (displayWidth(line) + 1 + displayWidth(word) > USAGE_WIDTH && line.trim() !== '') {
      lines.push(line);
      line = ' '.repeat(head.length);
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title}:`, ...lines];
}

export function renderCommandHelp(command: CommandSpec): string {
  const entries = Object.entries(command.flags as FlagSpecs);
  const own = entries.filter(([, spec]) => !spec.alias);
  const aliases = entries.filter(([, spec]) => spec.alias);
  const usage = [
    ...own.filter(([, spec]) => spec.required).map(([name, spec]) => flagLabel(name, spec)),
    ...own.filter(([, spec]) => !spec.required).map(([name, spec]) => `[${flagLabel(name, spec)}]`),
  ];
  return (
    [
      `volc-sms ${command.name}: ${command.summary}`,
      '',
      ...wrapWords(`Usage: volc-sms ${command.name}`, usage),
      ...(command.description === undefined ? [] : ['', ...command.description]),
      ...section('Flags', flagLines(own)),
      ...section("Also accepted (the skill document's wording)", flagLines(aliases)),
      ...section('Global flags', flagLines(Object.entries(GLOBAL_FLAGS))),
      ...section(
        'Examples',
        command.examples.map((example) => `  ${example}`),
      ),
    ].join('\n') + '\n'
  );
}

export function renderMainHelp(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = (group: CommandSpec['group']) =>
    commands
      .filter((command) => command.group === group)
      .map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return (
    [
      'volc-sms: Volcengine SMS from the terminal. The six commands of the byted-sms-sender skill, with the',
      'same flags, plus a doctor and a local sandbox.',
      '',
      'Usage: volc-sms <command> [flags]',
      ...section('Commands (the skill script’s actions)', list('api')),
      ...section('Tools', list('tool')),
      ...section(
        'Global flags',
        flagLines([...Object.entries(GLOBAL_FLAGS), ['version', VERSION_FLAG] as const]),
      ),
      ...section('Credentials (never a flag)', [
        '  ARK_SKILL_API_KEY + ARK_SKILL_API_BASE             gateway key (the skill’s environment), or',
        '  VOLCENGINE_ACCESS_KEY + VOLCENGINE_SECRET_KEY      AK/SK (also VOLC_ACCESSKEY / VOLC_SECRETKEY),',
        '  read from the environment, else from --env-file or ~/.openclaw/.env.',
        '  VOLC_SMS_ENDPOINT overrides the API URL (e.g. a local `volc-sms sandbox`).',
      ]),
      ...section('Output', [
        '  On a terminal: tables, phone numbers masked. With --json or in a pipe: the JSON response as the',
        '  skill prints it. Errors: one line with a hint and the request id on stderr, non-zero exit code.',
      ]),
      ...section('Exit codes', EXIT_CODE_HELP),
      '',
      'Run "volc-sms <command> --help" for its flags and an example. Start with "volc-sms doctor".',
    ].join('\n') + '\n'
  );
}
