// A minimal SMS API stub for benchmarks, run as its own process so its work does not count against the
// client being measured. Answers every request with a successful send envelope (agent or classic spelling)
// and prints its port on stdout.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const agentBody = JSON.stringify({
  ResponseMetadata: {
    RequestId: '20261125120000ABCDEF0123456789ABCDEF',
    Action: 'SendSmsForAgent',
    Version: '2026-01-01',
  },
  Result: { MessageIds: ['0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'] },
});
const classicBody = JSON.stringify({
  ResponseMetadata: {
    RequestId: '20261125120000ABCDEF0123456789ABCDEF',
    Action: 'SendSms',
    Version: '2020-01-01',
  },
  Result: { MessageID: ['0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'] },
});

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  req.resume();
  req.on('end', () => {
    const body = req.url?.includes('Action=SendSms&') ? classicBody : agentBody;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('disconnect', () => process.exit(0));
