// The runner's entry point (action.yml `runs.main`, bundled to dist/action/index.js). All logic is in run().
import { run } from './main.ts';
import { createRunnerIo } from './runner-io.ts';

const io = createRunnerIo({
  env: process.env,
  write: (text) => process.stdout.write(text),
  setExitCode: (code) => {
    process.exitCode = code;
  },
});

run({ io, env: process.env }).catch((err: unknown) => {
  // run() reports its own failures; this only catches a bug in that reporting, and still fails the step.
  io.setFailed(`Unexpected failure: ${err instanceof Error ? err.message : String(err)}`);
});
