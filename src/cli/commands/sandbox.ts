import { z } from 'zod';
import type { CommandSpec } from '../command.ts';
import { parseFlagValues, textFlag, wholeNumberFlag } from '../flag-values.ts';

const NAME = 'sandbox';

const FlagsSchema = z.object({
  port: wholeNumberFlag(0, 65_535).default(8787),
  host: textFlag.default('127.0.0.1'),
  db: textFlag.optional(),
  seed: textFlag.optional(),
  'access-key': textFlag.optional(),
  'secret-key': textFlag.optional(),
  'api-key': textFlag.optional(),
  'receipt-delay': wholeNumberFlag(0, 3_600_000).optional(),
  'rate-limit': wholeNumberFlag(0, 1_000_000).optional(),
  fault: z.array(z.string()).optional(),
});

export const sandboxCommand: CommandSpec = {
  name: NAME,
  summary: 'Run the local sandbox: a faithful emulator of the SMS API, until Ctrl-C.',
  description: [
    'Point the CLI at it with the exports it prints (VOLC_SMS_ENDPOINT and a key pair). Nothing leaves',
    'the machine; "delivery" follows the number\'s last digit (7 and 9 fail, 6 never gets a receipt).',
    "The keys below are the sandbox's own test keys, not your Volcengine credentials. See docs/sandbox.md.",
  ],
  group: 'tool',
  flags: {
    port: {
      type: 'string',
      value: 'PORT',
      description: 'Port to listen on (default 8787; 0 = any free port).',
    },
    host: { type: 'string', value: 'HOST', description: 'Address to listen on (default 127.0.0.1).' },
    db: {
      type: 'string',
      value: 'FILE',
      description: 'Keep state in this SQLite file (default: in memory).',
    },
    seed: {
      type: 'string',
      value: 'FILE',
      description: 'Seed JSON: groups, signatures, templates, account.',
    },
    'access-key': {
      type: 'string',
      value: 'AK',
      description: 'Access key the sandbox accepts (default AKLTsandbox).',
    },
    'secret-key': { type: 'string', value: 'SK', description: 'Its secret (default sandbox-secret).' },
    'api-key': {
      type: 'string',
      value: 'KEY',
      description: 'Gateway key it accepts (default sandbox-api-key).',
    },
    'receipt-delay': {
      type: 'string',
      value: 'MS',
      description: 'Delay before a delivery receipt (default 1500).',
    },
    'rate-limit': {
      type: 'string',
      value: 'QPS',
      description: 'Requests per second per key (default 5; 0 = off).',
    },
    fault: {
      type: 'string',
      value: 'SPEC',
      multiple: true,
      description: 'Inject a fault, e.g. SendSmsForAgent=500x2, *=latency:300 (repeatable).',
    },
  },
  examples: ['volc-sms sandbox', 'volc-sms sandbox --port 0 --receipt-delay 300 --rate-limit 0'],
  async run(context, values) {
    const flags = parseFlagValues(FlagsSchema, values, NAME);
    // Listen for Ctrl-C before anything starts: a signal that arrives during start-up still stops it cleanly.
    const shutdown = context.io.waitForShutdown?.() ?? Promise.resolve('no shutdown hook');
    // Loaded on demand: SQLite and the server are not needed by any other command.
    const { startSandbox, describeSandbox } = await import('../../sandbox/index.ts');
    const sandbox = await startSandbox({
      port: flags.port,
      host: flags.host,
      ...(flags.db === undefined ? {} : { dbPath: context.resolvePath(flags.db) }),
      ...(flags.seed === undefined ? {} : { seed: context.resolvePath(flags.seed) }),
      ...(flags['access-key'] === undefined ? {} : { accessKeyId: flags['access-key'] }),
      ...(flags['secret-key'] === undefined ? {} : { secretAccessKey: flags['secret-key'] }),
      ...(flags['api-key'] === undefined ? {} : { apiKey: flags['api-key'] }),
      ...(flags['receipt-delay'] === undefined ? {} : { receiptDelayMs: flags['receipt-delay'] }),
      ...(flags['rate-limit'] === undefined ? {} : { rateLimitQps: flags['rate-limit'] }),
      ...(flags.fault === undefined ? {} : { faults: flags.fault }),
      log: (line: string) => context.note(line),
    });
    if (context.global.json)
      context.printJson({ url: sandbox.url, port: sandbox.port, credentials: sandbox.credentials });
    else context.print(describeSandbox(sandbox).join('\n'));
    context.note('Sandbox running; press Ctrl-C to stop.');
    const signal = await shutdown;
    await sandbox.close();
    context.note(`Sandbox stopped (${signal}).`);
    return 0;
  },
};
