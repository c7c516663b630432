/**
 * Everything the CLI touches outside its arguments and environment, so `main()` runs the same in a real
 * process, in tests and inside the demo (which prints tables to its own terminal).
 */
export interface CliStream {
  write(text: string): unknown;
  /** Tables, colours and the progress bar only when a human is watching. */
  isTTY?: boolean | undefined;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** Working directory for relative paths (--env-file, --mobiles-file). */
  cwd: string;
  /** Epoch milliseconds; injected so relative times (`--since 24h`) are testable. */
  now?: (() => number) | undefined;
  /**
   * Resolves when the user asks a long-running command (sandbox, slack) to stop. The process shim wires
   * SIGINT/SIGTERM to it; in-process callers pass their own.
   */
  waitForShutdown?: (() => Promise<string>) | undefined;
  /**
   * The OS process the CLI runs as, when it is one (the bin): `sandbox --detach` starts another copy of it,
   * and `sandbox --pid-file` names it. Absent when main() runs inside another program (tests, the demo).
   */
  process?: CliProcess | undefined;
  /**
   * Asks the person at the terminal and resolves with the line typed (a batch task's launch). Absent when
   * stdin is not a terminal: nothing is asked, and nothing that needs consent goes ahead.
   */
  ask?: ((question: string) => Promise<string>) | undefined;
}

export interface CliProcess {
  pid: number;
  execPath: string;
  execArgv: readonly string[];
  /** The script Node runs: the bin, bundled or not. */
  entry: string;
}

/** The io of a real process: stdout/stderr as they are, shutdown on SIGINT or SIGTERM. */
export function processIo(): CliIo {
  // `volc-sms list_sms_send_log | head` closes the pipe early: that is not an error worth a stack trace,
  // and the command (maybe a send) should finish rather than die half-way.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    now: Date.now,
    process: {
      pid: process.pid,
      execPath: process.execPath,
      execArgv: process.execArgv,
      entry: process.argv[1] ?? '',
    },
    ...(process.stdin.isTTY === true ? { ask: askOnTerminal } : {}),
    waitForShutdown: () =>
      new Promise((resolve) => {
        const stop = (signal: string) => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      }),
  };
}

/** One line from the terminal, the question on stderr (stdout may be a pipe). */
async function askOnTerminal(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}
