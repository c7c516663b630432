// The runner's entry point (action.yml `runs.main`, bundled to dist/action/index.js). All logic is in run(),
// loaded only once the Node version is known to be enough (node-version.ts): an older runner gets one
// error line instead of a failure deep inside a module.
import { nodeVersionProblem } from '../node-version.ts';

const problem = nodeVersionProblem();
if (problem === undefined) {
  const [{ run }, { createRunnerIo }] = await Promise.all([import('./main.ts'), import('./runner-io.ts')]);
  const io = createRunnerIo();
  run({ io, env: process.env }).catch((err: unknown) => {
    // run() reports its own failures; this only catches a bug in that reporting, and still fails the step.
    io.setFailed(`Unexpected failure: ${err instanceof Error ? err.message : String(err)}`);
  });
} else {
  // A workflow command by hand: nothing else may be loaded yet.
  process.stdout.write(
    `::error::volc-sms action ${problem}: keep \`runs.using: node24\` in action.yml and use a runner that ` +
      'supports it (GitHub-hosted runners do; update a self-hosted runner).\n',
  );
  process.exitCode = 1;
}
