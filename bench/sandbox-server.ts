// The sandbox as its own process for bench/sandbox-throughput.ts: rate limit off, in-memory store, port 0.
// Prints the port on stdout, then answers IPC `cpu` requests with its CPU time and `messages` with the
// number of messages it has recorded, so the bench can check every request was really processed, and
// `memory` with its memory usage (bench/inbox.ts).
import { startSandbox } from '../src/sandbox/index.ts';

const sandbox = await startSandbox({ port: 0, rateLimitQps: 0 });
process.stdout.write(`${sandbox.port}\n`);
process.on('message', (message: string) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  if (message === 'messages') process.send?.({ messages: sandbox.admin.health().messages });
  if (message === 'memory') {
    globalThis.gc?.(); // with --expose-gc: what stays allocated, not what awaits collection
    process.send?.({ memory: process.memoryUsage() });
  }
});
process.on('disconnect', () => {
  void sandbox.close().then(() => process.exit(0));
});
