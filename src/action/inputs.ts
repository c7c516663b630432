import {
  MAX_STATS_WINDOW_DAYS,
  SmsInputError,
  checkDuration,
  parseTimeInput,
  parseWindow,
} from '../core/index.ts';
import type { ApiDialect, InputIssue } from '../core/index.ts';
import {
  parseTemplateParamInput,
  phoneIssues,
  recipientsFromFile,
  splitRecipients,
  type ReadInputFile,
} from './input-recipients.ts';

/** Every input of action.yml; `run()` reads exactly these (a test checks both directions). */
export const INPUT_NAMES = [
  'mode',
  'access-key-id',
  'secret-access-key',
  'session-token',
  'api-key',
  'api-base',
  'endpoint',
  'proxy',
  'api',
  'sub-account',
  'signature',
  'template-id',
  'phone-numbers',
  'phone-numbers-file',
  'template-param',
  'dry-run',
  'fail-on-error',
  'wait-for-delivery',
  'delivery-timeout',
  'fail-on-delivery-error',
  'window',
  'start-time',
  'end-time',
  'channel-type',
  'fail-below-receipt-rate',
  'open-issue',
  'github-token',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];
export type RawInputs = Record<InputName, string>;

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
}

export interface StatsInputs extends CommonInputs {
  mode: 'stats';
  /** Epoch seconds. */
  startTime: number;
  /** Epoch seconds. */
  endTime: number;
  subAccount?: string | undefined;
  signature?: string | undefined;
  templateId?: string | undefined;
  channelType?: string | undefined;
  /** `fail-below-receipt-rate`: a fraction; the step fails (and issues open) below it. */
  receiptRateThreshold?: number | undefined;
  openIssue: boolean;
  githubToken: string;
}

export type ActionInputs = SendInputs | StatsInputs;

// The values GitHub's own getBooleanInput accepts (YAML 1.2 core schema); anything else is a typo worth failing on.
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
const isFlag = (v: string) => v === '' || TRUE_WORDS.includes(v) || FALSE_WORDS.includes(v);
const flagValue = (v: string, fallback: boolean) => (v === '' ? fallback : TRUE_WORDS.includes(v));

// Whole seconds, minutes or hours, up to 6 h: a GitHub-hosted job cannot run longer anyway.
const DELIVERY_TIMEOUT_RULES = {
  defaultUnit: 's',
  units: ['s', 'm', 'h'],
  whole: true,
  minMs: 1000,
  maxMs: 6 * 3_600_000,
} as const;
/** Milliseconds, or undefined when the text is not a duration in range. */
function durationMs(value: string): number | undefined {
  const result = checkDuration(value === '' ? '120' : value, DELIVERY_TIMEOUT_RULES);
  return result.ok ? result.ms : undefined;
}

const isHttpUrl = (v: string) => /^https?:$/.test(URL.parse(v)?.protocol ?? '');
const isUrlInput = (v: string) => v === '' || isHttpUrl(v);

interface CheckedInputs {
  'dry-run': boolean;
  'fail-on-error': boolean;
  'wait-for-delivery': boolean;
  'fail-on-delivery-error': boolean;
  'delivery-timeout': number;
  'open-issue': boolean;
}

const URL_MESSAGE = 'must be an absolute http(s) URL such as https://sms.volcengineapi.com';
const FLAG_MESSAGE = 'must be true or false';

// The inputs with a fixed form, each with what to write instead. Plain predicates rather than a zod schema:
// loading zod costs more than the whole send of a one-send step (see the core's wire-schemas.ts).
const FORM_CHECKS: ReadonlyArray<{ field: InputName; valid: (raw: RawInputs) => boolean; message: string }> =
  [
    {
      field: 'api',
      valid: (raw) => ['', 'agent', 'classic'].includes(raw.api),
      message: 'must be agent or classic',
    },
    { field: 'endpoint', valid: (raw) => isUrlInput(raw.endpoint), message: URL_MESSAGE },
    { field: 'api-base', valid: (raw) => isUrlInput(raw['api-base']), message: URL_MESSAGE },
    {
      field: 'proxy',
      valid: (raw) => isUrlInput(raw.proxy),
      message: 'must be an http(s) proxy URL such as http://proxy.example:3128',
    },
    { field: 'dry-run', valid: (raw) => isFlag(raw['dry-run']), message: FLAG_MESSAGE },
    { field: 'fail-on-error', valid: (raw) => isFlag(raw['fail-on-error']), message: FLAG_MESSAGE },
    { field: 'wait-for-delivery', valid: (raw) => isFlag(raw['wait-for-delivery']), message: FLAG_MESSAGE },
    {
      field: 'fail-on-delivery-error',
      valid: (raw) => isFlag(raw['fail-on-delivery-error']),
      message: FLAG_MESSAGE,
    },
    { field: 'open-issue', valid: (raw) => isFlag(raw['open-issue']), message: FLAG_MESSAGE },
    {
      field: 'fail-below-receipt-rate',
      valid: (raw) =>
        raw['fail-below-receipt-rate'] === '' || fraction(raw['fail-below-receipt-rate']) !== undefined,
      message: 'must be a fraction above 0 and at most 1, e.g. 0.95 for 95 %',
    },
  ];

/** `0.95` → 0.95; undefined unless a plain decimal in (0, 1]. */
function fraction(value: string): number | undefined {
  if (!/^(?:0?\.\d+|1(?:\.0*)?|0)$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 && number <= 1 ? number : undefined;
}

/** The mode, flags and duration checked and read, or every problem with them. */
function checkInputs(raw: RawInputs, mode: string): { data?: CheckedInputs; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  if (mode !== 'send' && mode !== 'stats') issues.push({ field: 'mode', message: 'must be send or stats' });
  for (const check of FORM_CHECKS) {
    if (!check.valid(raw)) issues.push({ field: check.field, message: check.message });
  }
  const deliveryTimeout = durationMs(raw['delivery-timeout']);
  if (deliveryTimeout === undefined) {
    issues.push({
      field: 'delivery-timeout',
      message: `"${raw['delivery-timeout']}" is not a duration between 1 second and 6h: use seconds (120) or 90s, 5m, 1h`,
    });
  }
  if (issues.length > 0 || deliveryTimeout === undefined) return { issues };
  return {
    data: {
      'dry-run': flagValue(raw['dry-run'], false),
      'fail-on-error': flagValue(raw['fail-on-error'], true),
      'wait-for-delivery': flagValue(raw['wait-for-delivery'], false),
      'fail-on-delivery-error': flagValue(raw['fail-on-delivery-error'], true),
      'delivery-timeout': deliveryTimeout,
      'open-issue': flagValue(raw['open-issue'], false),
    },
    issues,
  };
}

const SEND_REQUIRED = ['sub-account', 'signature', 'template-id'] as const;

/** Reads every input through the runner's mangling. */
export function readRawInputs(getInput: (name: string) => string): RawInputs {
  const raw = {} as RawInputs;
  for (const name of INPUT_NAMES) raw[name] = getInput(name);
  return raw;
}

function collect(issues: InputIssue[], parse: () => void): void {
  try {
    parse();
  } catch (err) {
    if (err instanceof SmsInputError) issues.push(...err.issues);
    else throw err;
  }
}

/**
 * Validates every input at once and throws one SmsInputError listing each problem with the input's name, so
 * a misconfigured step is fixed in one round. Nothing is sent before this passes.
 */
export function parseActionInputs(
  raw: RawInputs,
  options: { now: Date; readFile?: ReadInputFile | undefined },
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
    collect(issues, () => {
      if (raw['template-param'] !== '') templateParam = parseTemplateParamInput(raw['template-param']);
    });
    if (issues.length > 0 || !shape.data) throw inputError(issues);
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
    };
  }

  let window = { startTime: 0, endTime: 0 };
  collect(issues, () => {
    const now = options.now;
    const endTime = raw['end-time'] ? parseTimeInput(raw['end-time'], { now, field: 'end-time' }) : undefined;
    if (raw['start-time']) {
      if (raw.window) {
        issues.push({ field: 'window', message: 'cannot be combined with start-time; give one of them' });
      }
      const startTime = parseTimeInput(raw['start-time'], { now, field: 'start-time' });
      window = { startTime, endTime: endTime ?? Math.floor(now.getTime() / 1000) };
    } else {
      // A window ends now, or at end-time when that is given (e.g. "the 24h before the release").
      const span = parseWindow(raw.window || '24h', { now, field: 'window' });
      const end = endTime ?? span.endTime;
      window = { startTime: end - (span.endTime - span.startTime), endTime: end };
    }
    if (window.startTime >= window.endTime) {
      issues.push({ field: 'start-time', message: 'must be before end-time' });
    } else if (window.endTime - window.startTime > MAX_STATS_WINDOW_DAYS * 86_400) {
      issues.push({
        field: raw['start-time'] ? 'start-time' : 'window',
        message: `the stats API allows at most ${MAX_STATS_WINDOW_DAYS} days`,
      });
    }
  });
  const receiptRateThreshold = fraction(raw['fail-below-receipt-rate']);
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
  if (issues.length > 0 || !shape.data) throw inputError(issues);
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

function inputError(issues: InputIssue[]): SmsInputError {
  const list = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  const first = issues[0];
  const message =
    issues.length === 1 && first
      ? `Invalid input ${first.field}: ${first.message}`
      : `Invalid inputs: ${list}`;
  return new SmsInputError(message, issues, {
    hint: 'Fix the named inputs in the step\'s "with:" block; see docs/action.md for every input.',
  });
}
