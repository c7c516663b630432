import { readFileSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { createServer } from 'node:tls';

/** The test-only certificate for `sms.internal` (self-signed, its own CA; valid until 2126). */
export const TEST_CERT_FILE = join(import.meta.dirname, '../fixtures/tls/sms-internal.cert.pem');
const TEST_KEY_FILE = join(import.meta.dirname, '../fixtures/tls/sms-internal.key.pem');

/**
 * TLS in front of a local plain-HTTP server (the sandbox), on 127.0.0.1, presenting the certificate of
 * `sms.internal`: with a proxy that resolves that name, a client reaches the sandbox over real https.
 */
export async function startTlsFront(targetPort: number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer(
    { key: readFileSync(TEST_KEY_FILE), cert: readFileSync(TEST_CERT_FILE) },
    (secure) => {
      const plain = connect(targetPort, '127.0.0.1');
      sockets.add(plain);
      secure.pipe(plain).pipe(secure);
      secure.on('error', () => plain.destroy());
      plain.on('error', () => secure.destroy());
    },
  );
  server.on('connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
