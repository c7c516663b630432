// Run as a child process by runner-io.test.ts: makes the ActionIo calls given as JSON in argv[2] through
// createRunnerIo() (so through @actions/core, writing to this process's stdout, env files and exit code),
// then prints what getInput returned as the last line.
import { createRunnerIo } from '../../../src/action/runner-io.ts';

type Call =
  | ['getInput', string]
  | ['setOutput', string, string]
  | ['appendSummary', string]
  | ['setSecret', string]
  | ['info', string]
  | ['warning', string, { title?: string }?]
  | ['setFailed', string, { title?: string }?];

const io = createRunnerIo();
const read: Record<string, string> = {};
for (const call of JSON.parse(process.argv[2] ?? '[]') as Call[]) {
  if (call[0] === 'getInput') read[call[1]] = io.getInput(call[1]);
  else if (call[0] === 'setOutput') io.setOutput(call[1], call[2]);
  else if (call[0] === 'appendSummary') await io.appendSummary(call[1]);
  else if (call[0] === 'setSecret') io.setSecret(call[1]);
  else if (call[0] === 'info') io.info(call[1]);
  else if (call[0] === 'warning') io.warning(call[1], call[2]);
  else io.setFailed(call[1], call[2]);
}
process.stdout.write(`inputs=${JSON.stringify(read)}\n`);
