import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_BATCH_THRESHOLD,
  SmsInputError,
  createSmsClient,
  formatErrorLine,
  redact,
} from '../core/index.ts';
import type { ClientOptions, InputIssue, SmsClient } from '../core/index.ts';
import { credentialSecrets, resolveActionConfig } from './credentials.ts';
import { parseActionInputs, readRawInputs, type ActionInputs } from './inputs.ts';
import { readRunContext } from './run-context.ts';
import type { ReadInputFile } from './input-recipients.ts';
import type { ActionIo } from './runner-io.ts';
import { runBatch } from './batch-mode.ts';
import { runSend, type StepStatus } from './send-mode.ts';
import { runStats } from './stats-mode.ts';
import { cell } from './summary-markdown.ts';

export interface ActionDeps {
  io: ActionIo;
  /** The step's environment (credential fallbacks, VOLC_SMS_ENDPOINT, HOME for the env file). */
  env: NodeJS.ProcessEnv;
  now?: (() => Date) | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  createClient?: ((options: ClientOptions) => SmsClient) | undefined;
  /** First pause between send-log polls while waiting for receipts. @default 1000 */
  pollIntervalMs?: number | undefined;
  /** Where the resolver looks for ~/.openclaw/.env. @default the user's home */
  homeDir?: string | undefined;
}

const USER_AGENT = 'volc-sms-action/0.1';
const BATCH_CALL_TIMEOUT_MS = 180_000;

/** `mode: batch`, or a send with more numbers than the batch threshold (before de-duplication). */
function mayCreateBatchTask(inputs: ActionInputs): boolean {
  if (inputs.mode === 'batch') return true;
  return (
    inputs.mode === 'send' && inputs.phoneNumbers.length > (inputs.batchThreshold ?? DEFAULT_BATCH_THRESHOLD)
  );
}

/**
 * The whole Action, with the runner behind `io`. Never throws: every failure, including a non-Error
 * throw, ends in `io.setFailed` with the CLI's wording, so a broken step is never green.
 */
export async function run(deps: ActionDeps): Promise<void> {
  const rawIo = deps.io;
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const raw = readRawInputs(rawIo.getInput);
  // Masked first, before any line can echo them; the runner then hides them everywhere in the log.
  const secrets = credentialSecrets(
    {
      accessKeyId: raw['access-key-id'],
      secretAccessKey: raw['secret-access-key'],
      sessionToken: raw['session-token'],
      apiKey: raw['api-key'],
      apiBase: raw['api-base'],
    },
    deps.env,
    raw.proxy,
  );
  // The GitHub token is masked by the runner already when it comes from `github.token` or a secret.
  if (raw['github-token']) secrets.push(raw['github-token']);
  for (const secret of secrets) rawIo.setSecret(secret);
  const io = redactingIo(rawIo, secrets);

  let failOnError = true;
  let client: SmsClient | undefined;
  // Always written, so `if: steps.sms.outputs.status != 'ok'` works with continue-on-error or fail-on-error.
  let status: StepStatus | undefined;
  const setStatus = (value: StepStatus) => {
    status = value;
    io.setOutput('status', value);
  };
  // The run's own page and commit, for a later step's message (`${{ steps.sms.outputs.run-url }}`).
  const runContext = readRunContext(deps.env);
  io.setOutput('run-url', runContext.runUrl);
  io.setOutput('sha', runContext.sha);
  try {
    const inputs = parseActionInputs(raw, {
      now: now(),
      readFile: workspaceFileReader(deps.env),
      resolvePath: (path) => resolve(workspaceOf(deps.env), path),
      defaultTaskName: runContext.label || undefined,
    });
    failOnError = inputs.failOnError;
    const config = resolveActionConfig({
      credentials: inputs.credentials,
      env: deps.env,
      endpoint: inputs.endpoint,
      proxy: inputs.proxy,
      api: inputs.api,
      homeDir: deps.homeDir,
    });
    const route = config.proxy ? ` through the proxy ${config.proxy}` : '';
    io.info(
      `volc-sms ${inputs.mode}: ${config.description}, endpoint ${safeOrigin(config.endpoint)}${route}`,
    );
    const active = (deps.createClient ?? createSmsClient)({
      ...config.options,
      userAgent: USER_AGENT,
      // The service checks a batch file while SetBatchTask waits: a million rows take longer than the 15 s
      // an ordinary call gets, and a timeout there leaves the task's creation unknown.
      ...(mayCreateBatchTask(inputs) ? { timeoutMs: BATCH_CALL_TIMEOUT_MS } : {}),
    });
    client = active;
    const pollIntervalMs = deps.pollIntervalMs ?? 1000;
    if (inputs.mode === 'send')
      await runSend({ io, client: active, now, sleep, setStatus, pollIntervalMs }, inputs);
    else if (inputs.mode === 'batch')
      await runBatch({ io, client: active, now, sleep, setStatus, pollIntervalMs }, inputs);
    else await runStats({ io, client: active, run: runContext, setStatus }, inputs);
  } catch (err) {
    // Before any send (inputs, credentials, a refused stats read): nothing went out.
    if (status === undefined) setStatus('failed');
    const line = formatErrorLine(err);
    // Invalid inputs always fail; API and configuration problems follow fail-on-error.
    const badInput = err instanceof SmsInputError;
    const warnOnly = !failOnError && !badInput;
    // The summary page is where people look first; a step that stopped early says why there too.
    await io.appendSummary(
      `### ${warnOnly ? '⚠️ SMS step skipped' : '❌ SMS step failed'}\n\n${cell(line)}\n`,
    );
    // The annotation's title names the inputs to fix, so the run page says it before anyone opens the log.
    const annotation = badInput ? { title: inputTitle(err.issues) } : undefined;
    if (warnOnly) io.warning(line, annotation);
    else io.setFailed(line, annotation);
  } finally {
    await client?.close().catch(() => undefined);
  }
}

/**
 * Belt and braces under the runner's masking: what people read (log, annotations, summary) never carries
 * a credential or a full phone number, even outside a runner. Outputs are machine-read and built from
 * masked values already; they pass unchanged, so a message id can never be mistaken for a number.
 */
function redactingIo(io: ActionIo, secrets: string[]): ActionIo {
  const clean = (text: string) => redact(text, secrets);
  return {
    getInput: io.getInput,
    setSecret: io.setSecret,
    setOutput: io.setOutput,
    appendSummary: (markdown) => io.appendSummary(clean(markdown)),
    info: (message) => io.info(clean(message)),
    warning: (message, annotation) => io.warning(clean(message), annotation),
    setFailed: (message, annotation) => io.setFailed(clean(message), annotation),
  };
}

/** `Invalid input: phone-numbers, delivery-timeout`, each input once. */
function inputTitle(issues: readonly InputIssue[]): string {
  const names = [...new Set(issues.map((issue) => issue.field))];
  return `Invalid input${names.length > 1 ? 's' : ''}: ${names.join(', ') || 'see the message'}`;
}

const workspaceOf = (env: NodeJS.ProcessEnv) => env['GITHUB_WORKSPACE'] || process.cwd();

/** Files named by inputs are relative to the checked-out repository, like every other path in a workflow. */
function workspaceFileReader(env: NodeJS.ProcessEnv): ReadInputFile {
  const base = workspaceOf(env);
  return (path) => {
    try {
      return readFileSync(resolve(base, path), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** The endpoint without any user:password@ or path a misconfigured URL might carry. */
function safeOrigin(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return '(invalid URL)';
  }
}
