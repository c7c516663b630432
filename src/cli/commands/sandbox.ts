import { SmsInputError } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import { EXIT } from '../exit-codes.ts';
import { hostFlag, parseFlagValues, portFlag, text, wholeNumber } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import type { CliProcess } from '../io.ts';
import {
  DetachedStartError,
  removePidFile,
  runningSandbox,
  startDetached,
  stopSandbox,
  writePidFile,
} from './sandbox-process.ts';

const NAME = 'sandbox';

const FLAGS = {
  port: { ...portFlag('Port to listen on (default 8787; 0 = any free port).'), default: 8787 },
  host: hostFlag('Address to listen on (default 127.0.0.1).'),
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
  'pid-file': {
    type: 'string',
    value: 'FILE',
    description: 'Write {pid, url} to FILE once listening; removed on stop.',
    parse: text,
  },
  detach: {
    type: 'boolean',
    description: 'Start in the background and return once it listens (needs --pid-file).',
  },
  log: {
    type: 'string',
    value: 'FILE',
    description: 'With --detach: append its output to FILE (default: discarded once started).',
    parse: text,
  },
  stop: {
    type: 'boolean',
    description: 'Stop the sandbox that --pid-file names, wait until it is gone, remove the file.',
  },
} as const satisfies FlagSpecs;

type SandboxFlags = ReturnType<typeof parseFlagValues<typeof FLAGS>>;

function flagError(flag: string, problem: string, hint: string): SmsInputError {
  return new SmsInputError(`--${flag} ${problem}.`, [{ field: flag, message: problem }], { hint });
}

/** The process this CLI runs as; detaching and PID files need a real one, not main() inside a test. */
function selfProcess(context: CommandContext, flag: string): CliProcess {
  const self = context.io.process;
  if (self === undefined)
    throw flagError(flag, 'works only in the volc-sms bin', 'Run `volc-sms sandbox` as a command.');
  return self;
}

async function refuseIfRunning(pidFile: string): Promise<void> {
  const running = await runningSandbox(pidFile);
  if (running === undefined) return;
  throw flagError(
    'pid-file',
    `${pidFile} names a sandbox that is running (pid ${running.pid}, ${running.url})`,
    `Stop it first: volc-sms sandbox --stop --pid-file ${pidFile}`,
  );
}

/** The same sandbox as a command line for the detached copy (paths made absolute, no --detach). */
function foregroundArgs(flags: SandboxFlags, pidFile: string, context: CommandContext): string[] {
  const args = ['sandbox', '--port', String(flags.port), '--host', flags.host, '--pid-file', pidFile];
  const add = (flag: string, value: string | number | undefined) => {
    if (value !== undefined) args.push(`--${flag}`, String(value));
  };
  add('db', flags.db === undefined ? undefined : context.resolvePath(flags.db));
  add('seed', flags.seed === undefined ? undefined : context.resolvePath(flags.seed));
  add('access-key', flags['access-key']);
  add('secret-key', flags['secret-key']);
  add('api-key', flags['api-key']);
  add('receipt-delay', flags['receipt-delay']);
  add('rate-limit', flags['rate-limit']);
  add('auto-review', flags['auto-review']);
  add('batch-rate', flags['batch-rate']);
  for (const fault of flags.fault ?? []) add('fault', fault);
  return args;
}

export const sandboxCommand: CommandSpec = {
  name: NAME,
  summary: 'Run the local sandbox: a faithful emulator of the SMS API, until Ctrl-C (or in the background).',
  description: [
    'Point the CLI at it with the exports it prints (VOLC_SMS_ENDPOINT and a key pair). Nothing leaves',
    'the machine; "delivery" follows the number\'s last digit (7 and 9 fail, 6 never gets a receipt).',
    "The keys below are the sandbox's own test keys, not your Volcengine credentials. See docs/sandbox.md.",
    'In CI: --detach --pid-file FILE returns once it listens; --stop --pid-file FILE stops it.',
  ],
  group: 'tool',
  flags: FLAGS,
  examples: [
    'volc-sms sandbox',
    'volc-sms sandbox --port 0 --receipt-delay 300 --rate-limit 0',
    'volc-sms sandbox --detach --pid-file /tmp/sandbox.pid --log /tmp/sandbox.log',
    'volc-sms sandbox --stop --pid-file /tmp/sandbox.pid',
  ],
  async run(context, values) {
    const flags = parseFlagValues(FLAGS, values, NAME);
    const pidFile = flags['pid-file'] === undefined ? undefined : context.resolvePath(flags['pid-file']);
    if (flags.stop === true || flags.detach === true) {
      const mode = flags.stop === true ? 'stop' : 'detach';
      if (flags.stop === true && flags.detach === true)
        throw flagError(
          'stop',
          'and --detach cannot be combined',
          'Stop with one command, start with another.',
        );
      if (pidFile === undefined)
        throw flagError(
          mode,
          'needs --pid-file FILE',
          `Add --pid-file, e.g. --${mode} --pid-file /tmp/sandbox.pid.`,
        );
      return mode === 'stop' ? stop(context, pidFile) : detach(context, flags, pidFile);
    }
    return runInForeground(context, flags, pidFile);
  },
};

async function runInForeground(
  context: CommandContext,
  flags: SandboxFlags,
  pidFile: string | undefined,
): Promise<number> {
  const self = pidFile === undefined ? undefined : selfProcess(context, 'pid-file');
  if (pidFile !== undefined) await refuseIfRunning(pidFile);
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
  // Written once it listens: whoever waits for the file (--detach) may use the sandbox right away.
  if (pidFile !== undefined && self !== undefined)
    await writePidFile(pidFile, { pid: self.pid, url: sandbox.url });
  if (context.global.json)
    context.printJson({ url: sandbox.url, port: sandbox.port, credentials: sandbox.credentials });
  else context.print(describeSandbox(sandbox).join('\n'));
  context.note('Sandbox running; press Ctrl-C to stop.');
  const signal = await shutdown;
  await sandbox.close();
  if (pidFile !== undefined && self !== undefined) await removePidFile(pidFile, self.pid);
  context.note(`Sandbox stopped (${signal}).`);
  return EXIT.ok;
}

async function detach(context: CommandContext, flags: SandboxFlags, pidFile: string): Promise<number> {
  const self = selfProcess(context, 'detach');
  await refuseIfRunning(pidFile);
  const logFile = flags.log === undefined ? undefined : context.resolvePath(flags.log);
  let started;
  try {
    started = await startDetached(self, foregroundArgs(flags, pidFile, context), pidFile, logFile);
  } catch (error) {
    if (!(error instanceof DetachedStartError)) throw error;
    context.note(
      `volc-sms: the sandbox stopped before it listened (exit ${error.exitCode}): ${error.message.replace(/^volc-sms: /, '')}`,
    );
    return error.exitCode === 0 ? EXIT.error : error.exitCode;
  }
  const { describeSandbox, SANDBOX_CREDENTIALS } = await import('../../sandbox/index.ts');
  const credentials = {
    accessKeyId: flags['access-key'] ?? SANDBOX_CREDENTIALS.accessKeyId,
    secretAccessKey: flags['secret-key'] ?? SANDBOX_CREDENTIALS.secretAccessKey,
    apiKey: flags['api-key'] ?? SANDBOX_CREDENTIALS.apiKey,
  };
  if (context.global.json) context.printJson({ url: started.url, pid: started.pid, credentials });
  else context.print(describeSandbox({ url: started.url, credentials }).join('\n'));
  context.note(
    `Sandbox running in the background (pid ${started.pid}); stop it with: volc-sms sandbox --stop --pid-file ${pidFile}`,
  );
  return EXIT.ok;
}

async function stop(context: CommandContext, pidFile: string): Promise<number> {
  const result = await stopSandbox(pidFile);
  if (result.stopped)
    context.note(`Sandbox stopped (pid ${result.pid}${result.forced ? ', killed after 10 s' : ''}).`);
  else if (result.reason === 'stale')
    context.note(`No sandbox was running (pid ${result.pid} is gone); removed ${pidFile}.`);
  else context.note(`No sandbox to stop: ${pidFile} does not exist.`);
  return EXIT.ok;
}
