import { main } from '../../../src/cli/main.ts';
import type { CliIo } from '../../../src/cli/io.ts';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs main() in this process with captured streams: for what a child process cannot show (a terminal
 * on stdout for tables, a TTY stderr for the progress bar) or cannot reach (see the --env-file note).
 */
export async function runMain(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  options: {
    tty?: boolean;
    stderrTty?: boolean;
    cwd?: string;
    now?: () => number;
    ask?: (question: string) => Promise<string>;
  } = {},
): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrTty ?? false },
    cwd: options.cwd ?? process.cwd(),
    now: options.now,
    ...(options.ask === undefined ? {} : { ask: options.ask }),
  };
  const code = await main(argv, env, io);
  return { code, stdout, stderr };
}
