import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsClient } from '../../src/core/client.ts';
import { SmsTimeoutError } from '../../src/core/errors/errors.ts';
import { ok, reply, startLoopbackServer, type LoopbackServer } from './helpers/loopback-server.ts';

// The node:http engine's connect deadline, over real sockets: it covers making a connection (for https,
// the TLS handshake) and nothing else.
const auth = { kind: 'aksk', accessKeyId: 'AKLTconnect', secretAccessKey: 'connect-secret' } as const;
const SEND = {
  subAccount: '7384ed01',
  signature: '火山引擎',
  templateId: 'ST_0001',
  mobiles: ['13800000000'],
};

describe('connect timeout (node:http engine)', () => {
  // Accepts TCP and never says a word: a TLS handshake to it never completes.
  let silent: Server;
  const held: Socket[] = [];
  let silentUrl = '';
  let loopback: LoopbackServer;
  beforeAll(async () => {
    silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `https://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    loopback = await startLoopbackServer();
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
    await loopback.close();
  });

  it('a connection that never comes up fails at the connect deadline; a send is failed, not unknown', async () => {
    const client = createSmsClient({
      auth,
      endpoint: silentUrl,
      connectTimeoutMs: 150,
      timeoutMs: 20_000,
      maxRetries: 0,
    });
    const started = Date.now();
    const readError = await client.listSubAccounts().catch((e: unknown) => e);
    const outcome = await client.sendSms(SEND);
    await client.close();
    expect(readError).toBeInstanceOf(SmsTimeoutError);
    expect((readError as Error).message).toContain('Could not connect within 150 ms');
    // Nothing left this machine, so the send is a definite failure that may be sent again.
    expect(outcome.recipients[0]?.status).toBe('failed');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('waiting for a free connection is not connecting: a queued call gets the answer deadline', async () => {
    loopback.setHandler((_req, res) => {
      setTimeout(() => reply(res, 200, ok({ Total: 0, List: [] })), 400);
    });
    // One connection, two calls: the second waits ~400 ms for the socket, longer than the connect deadline.
    const client = createSmsClient({
      auth,
      endpoint: loopback.url,
      maxConnections: 1,
      connectTimeoutMs: 100,
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    const answers = await Promise.allSettled([client.listSubAccounts(), client.listSubAccounts()]);
    await client.close();
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(loopback.hits).toHaveLength(2);
  });
});
