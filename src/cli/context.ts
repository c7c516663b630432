import path from 'node:path';
import { createSmsClient, resolveClientConfig, timeZoneFrom } from '../core/index.ts';
import type { AttemptEvent, SmsClient } from '../core/index.ts';
import type { CliIo } from './io.ts';
import { CLI_VERSION } from './version.ts';

export type Env = Readonly<Record<string, string | undefined>>;
export type ResolvedConfig = ReturnType<typeof resolveClientConfig>;

export interface GlobalOptions {
  envFile?: string | undefined;
  endpoint?: string | undefined;
  api?: 'agent' | 'classic' | undefined;
  json: boolean;
  verbose: boolean;
  timeoutMs?: number | undefined;
  debug: boolean;
}

type AttemptListener = (event: AttemptEvent) => void;

/**
 * What a command gets: output helpers that respect the output mode, and a client created on first use
 * (so `--help`, `--dry-run` input errors and `sandbox` never need credentials).
 */
export class CommandContext {
  readonly io: CliIo;
  readonly env: Env;
  readonly global: GlobalOptions;
  /** JSON on stdout: asked for with --json, or stdout is a pipe (agents, scripts). */
  readonly json: boolean;
  private resolved: ResolvedConfig | undefined;
  private zone: string | undefined;
  private smsClient: SmsClient | undefined;
  private readonly listeners = new Set<AttemptListener>();

  constructor(io: CliIo, env: Env, global: GlobalOptions) {
    this.io = io;
    this.env = env;
    this.global = global;
    this.json = global.json || io.stdout.isTTY !== true;
  }

  now(): number {
    return this.io.now?.() ?? Date.now();
  }

  /** The zone times are shown and typed in: VOLC_SMS_TZ, else Asia/Shanghai like the API's days. */
  get timeZone(): string {
    this.zone ??= timeZoneFrom(this.env);
    return this.zone;
  }

  /** Human output on stdout (tables, summaries). */
  print(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** Exactly as the skill's script prints: indented by 2, non-ASCII characters as they are. */
  printJson(value: unknown): void {
    this.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Notes and progress on stderr, so stdout stays parseable in JSON mode. */
  note(text: string): void {
    this.io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  resolvePath(file: string): string {
    return path.resolve(this.io.cwd, file);
  }

  config(): ResolvedConfig {
    this.resolved ??= resolveClientConfig({
      env: this.env,
      envFile: this.global.envFile === undefined ? undefined : this.resolvePath(this.global.envFile),
      endpoint: this.global.endpoint,
      api: this.global.api,
      homeDir: this.env.HOME ?? this.env.USERPROFILE,
    });
    return this.resolved;
  }

  client(): SmsClient {
    if (this.smsClient === undefined) {
      const { options } = this.config();
      this.smsClient = createSmsClient({
        ...options,
        ...(this.global.timeoutMs === undefined ? {} : { timeoutMs: this.global.timeoutMs }),
        userAgent: `volc-sms-cli/${CLI_VERSION}`,
        onAttempt: (event) => {
          for (const listener of this.listeners) listener(event);
        },
      });
      if (this.global.verbose) this.onAttempt((event) => this.note(describeAttempt(event)));
    }
    return this.smsClient;
  }

  /** Subscribes to the client's attempt events (verbose log, progress bar); returns the unsubscribe. */
  onAttempt(listener: AttemptListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.smsClient?.close();
  }
}

/** One stderr line per attempt. The core already redacts the URL; nothing else here can hold a secret. */
export function describeAttempt(event: AttemptEvent): string {
  const outcome = event.status === undefined ? (event.error ?? 'no answer') : `HTTP ${event.status}`;
  const details = [
    `attempt ${event.attempt}`,
    `${event.durationMs} ms`,
    ...(event.requestId ? [`request id ${event.requestId}`] : []),
    ...(event.status !== undefined && event.error ? [event.error] : []),
    ...(event.retryInMs === undefined ? [] : [`retrying in ${event.retryInMs} ms`]),
  ];
  return `volc-sms: ${event.method} ${event.url} → ${outcome} (${details.join(', ')})`;
}
