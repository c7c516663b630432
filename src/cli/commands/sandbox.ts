import type { CommandSpec } from '../command.ts';
import { parseFlagValues, text, wholeNumber } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';

const NAME = 'sandbox';

const FLAGS = {
  port: {
    type: 'string',
    value: 'PORT',
    description: 'Port to listen on (default 8787; 0 = any free port).',
    parse: wholeNumber(0, 65_535),
    default: 8787,
  },
  host: {
    type: 'string',
    value: 'HOST',
    description: 'Address to listen on (default 127.0.0.1).',
    parse: text,
    default: '127.0.0.1',
  },
  db: {
    type: 'string',
    value: 'FILE',
    description: 'Keep state in this SQLite file (default: in memory).',
    parse: text,
  },
  seed: {
    type: 'string',
    value: 'FILE',
    description: 'Seed JSON: groups, signatures, templates, account.',
    parse: text,
  },
  'access-key': {
    type: 'string',
    value: 'AK',
    description: 'Access key the sandbox accepts (default AKLTsandbox).',
    parse: text,
  },
  'secret-key': {
    type: 'string',
    value: 'SK',
    description: 'Its secret (default sandbox-secret).',
    parse: text,
  },
  'api-key': {
    type: 'string',
    value: 'KEY',
    description: 'Gateway key it accepts (default sandbox-api-key).',
    parse: text,
  },
  'receipt-delay': {
    type: 'string',
    value: 'MS',
    description: 'Delay before a delivery receipt (default 1500).',
    parse: wholeNumber(0, 3_600_000),
  },
  'rate-limit': {
    type: 'string',
    value: 'QPS',
    description: 'Requests per second per key (default 5; 0 = off).',
    parse: wholeNumber(0, 1_000_000),
  },
  'auto-review': {
    type: 'string',
    value: 'SECONDS',
    description:
      'Approve signature/template applications this long after they are made (default: only via the admin API).',
    parse: wholeNumber(0, 86_400),
  },
  'batch-rate': {
    type: 'string',
    value: 'N',
    description: 'Numbers per second a consented batch task sends (default 1000; 0 = as fast as it can).',
    parse: wholeNumber(0, 10_000_000),
  },
  fault: {
    type: 'string',
    value: 'SPEC',
    multiple: true,
    description:
      'Inject a fault, e.g. SendSmsForAgent=500x2, *=latency:300, SendSmsForAgent=error-after:RE:0500 (repeatable).',
  },
} as const satisfies FlagSpecs;

export const sandboxCommand: CommandSpec = {
  name: NAME,
  summary: 'Run the local sandbox: a faithful emulator of the SMS API, until Ctrl-C.',
  description: [
    'Point the CLI at it with the exports it prints (VOLC_SMS_ENDPOINT and a key pair). Nothing leaves',
    'the machine; "delivery" follows the number\'s last digit (7 and 9 fail, 6 never gets a receipt).',
    "The keys below are the sandbox's own test keys, not your Volcengine credentials. See docs/sandbox.md.",
  ],
  group: 'tool',
  flags: FLAGS,
  examples: ['volc-sms sandbox', 'volc-sms sandbox --port 0 --receipt-delay 300 --rate-limit 0'],
  async run(context, values) {
    const flags = parseFlagValues(FLAGS, values, NAME);
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
      ...(flags['auto-review'] === undefined ? {} : { autoReviewSeconds: flags['auto-review'] }),
      ...(flags['batch-rate'] === undefined ? {} : { batchRate: flags['batch-rate'] }),
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
