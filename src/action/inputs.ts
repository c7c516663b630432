import type { ApiDialect, BatchSchedule, InputIssue, TemplateRef } from '../core/index.ts';
import {
  parseTemplateParamInput,
  phoneIssues,
  recipientsFromFile,
  splitRecipients,
  type ReadInputFile,
} from './input-recipients.ts';
import { checkInputs, type RawInputs } from './input-checks.ts';
import { actionInputError, collectIssues } from './input-issues.ts';
import { batchSchedule } from './input-schedule.ts';
import { statsWindowInputs } from './input-window.ts';
import type { StatsWindow } from './stats-report.ts';

export { INPUT_NAMES, readRawInputs } from './input-checks.ts';
export type { InputName, RawInputs } from './input-checks.ts';

/** Credential inputs, passed on to the core's resolver as the environment variables the CLI reads. */
export interface CredentialInputs {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  apiKey: string;
  apiBase: string;
}

interface CommonInputs {
  credentials: CredentialInputs;
  endpoint?: string | undefined;
  /** Overrides HTTPS_PROXY/HTTP_PROXY and NO_PROXY. */
  proxy?: string | undefined;
  api?: ApiDialect | undefined;
  failOnError: boolean;
}

export interface SendInputs extends CommonInputs {
  mode: 'send';
  subAccount: string;
  signature: string;
  templateId: string;
  /** As written, split; validated (each entry is a phone number). */
  phoneNumbers: string[];
  templateParam?: Record<string, string> | undefined;
  dryRun: boolean;
  waitForDelivery: boolean;
  deliveryTimeoutMs: number;
  failOnDeliveryError: boolean;
  /** Above this many unique numbers the batch-task engine carries the send (the core's default when unset). */
  batchThreshold?: number | undefined;
  /** For the batch engine, as in `mode: batch`. */
  taskName: string;
  launch: boolean;
  wait: boolean;
  waitTimeoutMs: number;
}

/** The window and filters (stats-report.ts's StatsWindow: epoch seconds), and the watchdog's settings. */
export interface StatsInputs extends CommonInputs, StatsWindow {
  mode: 'stats';
  /** `fail-below-receipt-rate`: a fraction; the step fails (and issues open) below it. */
  receiptRateThreshold?: number | undefined;
  openIssue: boolean;
  githubToken: string;
}

export interface BatchInputs extends CommonInputs {
  mode: 'batch';
  subAccount: string;
  signature: string;
  templateId: string;
  /** As written in the step (shown in messages), and resolved in the workspace (read). */
  batchFile: string;
  batchFilePath: string;
  taskName: string;
  /** The workflow author's consent: start the task once it is created and valid. */
  launch: boolean;
  wait: boolean;
  waitTimeoutMs: number;
  failOnDeliveryError: boolean;
  /** `send-time`: when the service sends (checked against the reference's limits); at once without it. */
  schedule: BatchSchedule;
}

export type ActionInputs = SendInputs | StatsInputs | BatchInputs;

/** The step's group, signature and template, alone: what the core's template reads and the send log take. */
export const templateRef = (inputs: TemplateRef): TemplateRef => ({
  subAccount: inputs.subAccount,
  signature: inputs.signature,
  templateId: inputs.templateId,
});

const SEND_REQUIRED = ['sub-account', 'signature', 'template-id'] as const;
// Inputs of a direct send that have no place in a batch: the file carries the recipients and parameters.
const NOT_IN_BATCH = ['phone-numbers', 'phone-numbers-file', 'template-param'] as const;

/**
 * Validates every input at once and throws one SmsInputError listing each problem with the input's name, so
 * a misconfigured step is fixed in one round. Nothing is sent before this passes.
 */
export function parseActionInputs(
  raw: RawInputs,
  options: {
    now: Date;
    readFile?: ReadInputFile | undefined;
    /** Where a file named by an input is, in the workspace. @default the path as written */
    resolvePath?: ((path: string) => string) | undefined;
    /** The task name when `task-name` is not given. @default 'volc-sms action' */
    defaultTaskName?: string | undefined;
  },
): ActionInputs {
  const mode = raw.mode === '' ? 'send' : raw.mode;
  const shape = checkInputs(raw, mode);
  const issues: InputIssue[] = [...shape.issues];
  const common = {
    credentials: {
      accessKeyId: raw['access-key-id'],
      secretAccessKey: raw['secret-access-key'],
      sessionToken: raw['session-token'],
      apiKey: raw['api-key'],
      apiBase: raw['api-base'],
    },
    endpoint: raw.endpoint || undefined,
    proxy: raw.proxy || undefined,
    api: (raw.api || undefined) as ApiDialect | undefined,
    failOnError: shape.data?.['fail-on-error'] ?? true,
  };

  if (mode === 'batch') {
    for (const name of SEND_REQUIRED) {
      if (raw[name] === '') issues.push({ field: name, message: 'is required when mode is batch' });
    }
    if (raw['batch-file'] === '') {
      issues.push({
        field: 'batch-file',
        message:
          "is required when mode is batch: a CSV in the workspace, header phone then the template's variables",
      });
    }
    for (const name of NOT_IN_BATCH) {
      if (raw[name] !== '') {
        issues.push({
          field: name,
          message:
            "does not apply to mode batch: batch-file's rows carry the recipients and their parameters",
        });
      }
    }
    const schedule = batchSchedule(raw, shape.data, options.now, issues);
    if (issues.length > 0 || !shape.data) throw actionInputError(issues);
    return {
      ...common,
      mode: 'batch',
      schedule,
      subAccount: raw['sub-account'],
      signature: raw.signature,
      templateId: raw['template-id'],
      batchFile: raw['batch-file'],
      batchFilePath: options.resolvePath?.(raw['batch-file']) ?? raw['batch-file'],
      taskName: raw['task-name'] || options.defaultTaskName || 'volc-sms action',
      launch: shape.data.launch,
      wait: shape.data.wait,
      waitTimeoutMs: shape.data['wait-timeout'],
      failOnDeliveryError: shape.data['fail-on-delivery-error'],
    };
  }

  if (raw['send-time'] !== '')
    issues.push({
      field: 'send-time',
      message: `applies to mode batch only (a scheduled batch task); mode ${mode} has no send time`,
    });

  if (mode === 'send') {
    for (const name of SEND_REQUIRED) {
      if (raw[name] === '') issues.push({ field: name, message: 'is required when mode is send' });
    }
    if (raw['phone-numbers'] === '' && raw['phone-numbers-file'] === '') {
      issues.push({
        field: 'phone-numbers',
        message: 'is required when mode is send (or give phone-numbers-file)',
      });
    }
    const inline = splitRecipients(raw['phone-numbers']);
    if (raw['phone-numbers'] !== '' && inline.length === 0) {
      issues.push({ field: 'phone-numbers', message: 'lists no phone number' });
    }
    issues.push(...phoneIssues(inline, 'phone-numbers'));
    const fromFile =
      raw['phone-numbers-file'] === ''
        ? []
        : recipientsFromFile(raw['phone-numbers-file'], options.readFile ?? (() => undefined), issues);
    const phoneNumbers = [...inline, ...fromFile];
    let templateParam: Record<string, string> | undefined;
    collectIssues(issues, () => {
      if (raw['template-param'] !== '') templateParam = parseTemplateParamInput(raw['template-param']);
    });
    if (issues.length > 0 || !shape.data) throw actionInputError(issues);
    return {
      ...common,
      mode: 'send',
      subAccount: raw['sub-account'],
      signature: raw.signature,
      templateId: raw['template-id'],
      phoneNumbers,
      templateParam,
      dryRun: shape.data['dry-run'],
      waitForDelivery: shape.data['wait-for-delivery'],
      deliveryTimeoutMs: shape.data['delivery-timeout'],
      failOnDeliveryError: shape.data['fail-on-delivery-error'],
      batchThreshold: shape.data['batch-threshold'],
      taskName: raw['task-name'] || options.defaultTaskName || 'volc-sms action',
      launch: shape.data.launch,
      wait: shape.data.wait,
      waitTimeoutMs: shape.data['wait-timeout'],
    };
  }

  const window = statsWindowInputs(raw, options.now, issues);
  const receiptRateThreshold = shape.data?.['fail-below-receipt-rate'];
  if (shape.data?.['open-issue']) {
    if (receiptRateThreshold === undefined && raw['fail-below-receipt-rate'] === '') {
      issues.push({
        field: 'open-issue',
        message: 'needs fail-below-receipt-rate, the rate under which an issue is opened (e.g. 0.95)',
      });
    }
    if (raw['github-token'] === '') {
      issues.push({
        field: 'github-token',
        message:
          'is empty, and open-issue needs it: keep its default (the job token) and give the job permissions: issues: write',
      });
    }
  }
  if (issues.length > 0 || !shape.data) throw actionInputError(issues);
  return {
    ...common,
    mode: 'stats',
    receiptRateThreshold,
    openIssue: shape.data['open-issue'],
    githubToken: raw['github-token'],
    ...window,
    subAccount: raw['sub-account'] || undefined,
    signature: raw.signature || undefined,
    templateId: raw['template-id'] || undefined,
    channelType: raw['channel-type'] || undefined,
  };
}
