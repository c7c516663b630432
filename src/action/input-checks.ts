import { checkDuration } from '../core/index.ts';
import type { InputIssue } from '../core/index.ts';

// The inputs' names and the checks of those with a fixed form (flags, URLs, durations, numbers), shared by
// every mode; inputs.ts reads each mode's inputs on top of them.

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
  'batch-file',
  'task-name',
  'launch',
  'wait',
  'wait-timeout',
  'batch-threshold',
  'send-time',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];
export type RawInputs = Record<InputName, string>;

/** Reads every input through the runner's mangling. */
export function readRawInputs(getInput: (name: string) => string): RawInputs {
  const raw = {} as RawInputs;
  for (const name of INPUT_NAMES) raw[name] = getInput(name);
  return raw;
}

// The values GitHub's own getBooleanInput accepts (YAML 1.2 core schema); anything else is a typo worth failing on.
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
const isFlag = (v: string) => v === '' || TRUE_WORDS.includes(v) || FALSE_WORDS.includes(v);
const flagValue = (v: string, fallback: boolean) => (v === '' ? fallback : TRUE_WORDS.includes(v));

// Whole seconds, minutes or hours, up to 6 h: a GitHub-hosted job cannot run longer anyway.
const TIMEOUT_RULES = {
  defaultUnit: 's',
  units: ['s', 'm', 'h'],
  whole: true,
  minMs: 1000,
  maxMs: 6 * 3_600_000,
} as const;
/** Milliseconds (`fallback` when empty), or undefined when the text is not a duration in range. */
function durationMs(value: string, fallback: string): number | undefined {
  const result = checkDuration(value === '' ? fallback : value, TIMEOUT_RULES);
  return result.ok ? result.ms : undefined;
}

const isHttpUrl = (v: string) => /^https?:$/.test(URL.parse(v)?.protocol ?? '');
const isUrlInput = (v: string) => v === '' || isHttpUrl(v);

export interface CheckedInputs {
  'dry-run': boolean;
  'fail-on-error': boolean;
  'wait-for-delivery': boolean;
  'fail-on-delivery-error': boolean;
  'delivery-timeout': number;
  'open-issue': boolean;
  'fail-below-receipt-rate': number | undefined;
  launch: boolean;
  wait: boolean;
  'wait-timeout': number;
  /** Unset: the core's default (10,000). */
  'batch-threshold': number | undefined;
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
    { field: 'launch', valid: (raw) => isFlag(raw.launch), message: FLAG_MESSAGE },
    { field: 'wait', valid: (raw) => isFlag(raw.wait), message: FLAG_MESSAGE },
    {
      field: 'batch-threshold',
      valid: (raw) => raw['batch-threshold'] === '' || /^[1-9]\d{0,6}$/.test(raw['batch-threshold']),
      message: 'must be a whole number of recipients from 1 to 1000000, e.g. 10000',
    },
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
export function checkInputs(raw: RawInputs, mode: string): { data?: CheckedInputs; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  if (mode !== 'send' && mode !== 'stats' && mode !== 'batch')
    issues.push({ field: 'mode', message: 'must be send, batch or stats' });
  for (const check of FORM_CHECKS) {
    if (!check.valid(raw)) issues.push({ field: check.field, message: check.message });
  }
  const timeout = (field: 'delivery-timeout' | 'wait-timeout', fallback: string) => {
    const ms = durationMs(raw[field], fallback);
    if (ms === undefined) {
      issues.push({
        field,
        message: `"${raw[field]}" is not a duration between 1 second and 6h: use seconds (120) or 90s, 5m, 1h`,
      });
    }
    return ms ?? 0;
  };
  const deliveryTimeout = timeout('delivery-timeout', '120');
  const waitTimeout = timeout('wait-timeout', '30m');
  if (issues.length > 0) return { issues };
  return {
    data: {
      'dry-run': flagValue(raw['dry-run'], false),
      'fail-on-error': flagValue(raw['fail-on-error'], true),
      'wait-for-delivery': flagValue(raw['wait-for-delivery'], false),
      'fail-on-delivery-error': flagValue(raw['fail-on-delivery-error'], true),
      'delivery-timeout': deliveryTimeout,
      'open-issue': flagValue(raw['open-issue'], false),
      'fail-below-receipt-rate': fraction(raw['fail-below-receipt-rate']),
      launch: flagValue(raw.launch, false),
      wait: flagValue(raw.wait, false),
      'wait-timeout': waitTimeout,
      'batch-threshold': raw['batch-threshold'] === '' ? undefined : Number(raw['batch-threshold']),
    },
    issues,
  };
}
