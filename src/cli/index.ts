#!/usr/bin/env -S node --
// The `volc-sms` bin: run main() and leave the exit code to the process, so stdout is flushed first.
// The `--` in the shebang ends Node's own options: without it Node reads a `--env-file` anywhere in the
// arguments (nodejs/node#54232) and exits 9 before volc-sms starts, with its own words.
// The rest is loaded only once the Node version is known to be enough (node-version.ts).
import { nodeVersionProblem } from '../node-version.ts';

const problem = nodeVersionProblem();
if (problem === undefined) {
  const [{ processIo }, { main }] = await Promise.all([import('./io.ts'), import('./main.ts')]);
  process.exitCode = await main(process.argv.slice(2), process.env, processIo());
} else {
  process.stderr.write(
    `volc-sms: ${problem}. Install Node 24 (https://nodejs.org, or \`nvm install 24\`) and run it again.\n`,
  );
  process.exitCode = 1;
}
