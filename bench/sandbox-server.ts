// The sandbox as its own process for bench/sandbox-throughput.ts: rate limit off, in-memory store, port 0.
// Prints the port on stdout, then answers IPC `cpu` requests with its CPU time and `messages` with the
// number of messages it has recorded, so the bench can check every request was really processed, and
// `memory` with its memory usage (bench/inbox.ts), `maxrss` with its peak RSS and CPU time, and `task:ID`
// with a batch task as the admin API shows it (bench/batch-engine.ts). `--batch-rate N` and `--db FILE`
// as the CLI's.
import { parseArgs } from 'node:util';
import { startSandbox } from '../src/sandbox/index.ts';

const { values } = parseArgs({
  options: { 'batch-rate': { type: 'string', default: '1000' }, db: { type: 'string' } },
});
const sandbox = await startSandbox({
  port: 0,
  rateLimitQps: 0,
  batchRate: Number(values['batch-rate']),
  dbPath: values.db,
});
process.stdout.write(`${sandbox.port}\n`);
process.on('message', (message: string) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  if (message === 'messages') process.send?.({ messages: sandbox.admin.health().messages });
  if (message === 'maxrss')
    process.send?.({ maxrss: process.resourceUsage().maxRSS * 1024, cpu: process.cpuUsage() });
  if (message.startsWith('task:'))
    process.send?.({ [message]: sandbox.admin.batchTask(message.slice('task:'.length)) ?? null });
  if (message === 'memory') {
    globalThis.gc?.(); // with --expose-gc: what stays allocated, not what awaits collection
    process.send?.({ memory: process.memoryUsage() });
  }
});
process.on('disconnect', () => {
  void sandbox.close().then(() => process.exit(0));
});
