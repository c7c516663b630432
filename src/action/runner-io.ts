import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';

/**
 * Everything the Action says to the runner goes through this interface, so `run()` is tested with a
 * recording fake and production uses `createRunnerIo()`.
 *
 * Why not @actions/core: bundled, it adds ~480 kB and ~50 ms of cold start (its http-client, undici copy and
 * OIDC code load even when only getInput/setOutput are used), and this Action needs five small file
 * commands. They follow the runner protocol exactly as @actions/core 3 writes them (see docs/action.md and
 * bench/action-cold-start.ts for the measurement).
 */
export interface ActionIo {
  /** The raw input, trimmed; '' when not given. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): void;
  /** Registers a value the runner replaces with *** in every later log line. */
  setSecret(value: string): void;
  info(message: string): void;
  warning(message: string): void;
  /** Logs an error annotation and makes the step fail. */
  setFailed(message: string): void;
}

export interface RunnerIoOptions {
  env: NodeJS.ProcessEnv;
  write: (text: string) => void;
  setExitCode: (code: number) => void;
}

/** `INPUT_` + name upper-cased, spaces to `_`, dashes kept: the runner's (and @actions/core's) mangling. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Workflow-command data escaping, so a value can never end the command early or start a new one. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** `name<<delimiter` heredoc entry of the GITHUB_OUTPUT file; the delimiter is random and checked. */
export function formatFileCommand(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    // A UUID collision is practically impossible; refusing is still better than a corrupted file.
    throw new Error(`Output ${name} contains its own delimiter; not written.`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function createRunnerIo(options: RunnerIoOptions): ActionIo {
  const { env, write, setExitCode } = options;
  const line = (text: string) => write(text + EOL);
  return {
    getInput: (name) => (env[inputVariableName(name)] ?? '').trim(),
    setOutput(name, value) {
      const file = env['GITHUB_OUTPUT'];
      if (file) appendFileSync(file, formatFileCommand(name, value), 'utf8');
      // Outside a runner (local runs, old runners) the deprecated stdout command is all there is.
      else line(`::set-output name=${name}::${escapeCommandData(value)}`);
    },
    appendSummary(markdown) {
      const file = env['GITHUB_STEP_SUMMARY'];
      if (file) appendFileSync(file, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8');
    },
    setSecret(value) {
      if (value) line(`::add-mask::${escapeCommandData(value)}`);
    },
    info: (message) => line(message),
    warning: (message) => line(`::warning::${escapeCommandData(message)}`),
    setFailed(message) {
      setExitCode(1);
      line(`::error::${escapeCommandData(message)}`);
    },
  };
}
