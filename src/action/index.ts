// The runner's entry point (action.yml `runs.main`, bundled to dist/action/index.js). All logic is in run().
import { z } from 'zod';
import { run } from './main.ts';
import { createRunnerIo } from './runner-io.ts';

// One parse per schema in a short-lived process: zod's JIT (code generation on first parse) costs more than
// it saves here.
z.config({ jitless: true });

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
