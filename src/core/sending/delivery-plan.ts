import { SmsInputError } from '../errors/errors.ts';
import { MAX_NUMBERS_PER_REQUEST } from './send-plan.ts';

/**
 * Which engine carries a send (issue 14): direct requests of at most 200 numbers, paced to the account's
 * QPS, up to a threshold; above it the service's batch-task engine (upload a file, create, consent, the
 * service sends). Pure: the caller supplies the count and, when the decision depends on it, what kind of
 * template it is (describeTemplate).
 */

export type SendEngine = 'direct' | 'batch';
export type EngineChoice = 'auto' | SendEngine;

/** Above this many numbers `auto` chooses the batch engine. */
export const DEFAULT_BATCH_THRESHOLD = 10_000;
/** The API's default limit: 5 requests per second per customer. */
export const DEFAULT_SEND_QPS = 5;

/** What the planner needs to know of a template: its channel, and its text for verification-like content. */
export interface TemplateFacts {
  templateId: string;
  /** Display name, else the id. */
  name: string;
  /** `CN_OTP` verification, `CN_NTC` notification, `CN_MKT` marketing; undefined when the service did not say. */
  channelType?: string | undefined;
  content?: string | undefined;
  /** The variables a batch file's header names after `phone`, in template order. */
  variables: string[];
}

export interface DeliveryPlanInput {
  /** Unique recipients (after normalisation and de-duplication). */
  numbers: number;
  /** @default 'auto' */
  engine?: EngineChoice | undefined;
  /** @default DEFAULT_BATCH_THRESHOLD */
  threshold?: number | undefined;
  /** Requests per second for direct sends. @default DEFAULT_SEND_QPS */
  qps?: number | undefined;
  /** Required when `templateFactsNeeded` says so (the count is above the threshold, or engine is batch). */
  template?: TemplateFacts | undefined;
}

export interface DeliveryPlan {
  engine: SendEngine;
  /** One sentence a person reads: which engine and why. */
  reason: string;
  /** The caller chose the engine (not `auto`). */
  forced: boolean;
  numbers: number;
  threshold: number;
  qps: number;
  /** Direct: requests of at most 200 numbers. Batch: 0 (the service sends). */
  requests: number;
  /** Direct: the least time the QPS allows (requests / qps); batch: 0. */
  minimumSeconds: number;
}

// The service refuses verification templates in batch tasks, and so do its rules for content that looks
// like one even when the channel is missing or wrong (agent-v2 reference §3.4, §5.3).
const VERIFICATION_WORDS = /验证码|校验码|动态码|动态密码|verification code|one-time (?:pass)?code|\botp\b/i;

/** A verification template: channel `CN_OTP`, or content that reads like a verification code. */
export function isVerificationTemplate(template: Pick<TemplateFacts, 'channelType' | 'content'>): boolean {
  if (template.channelType === 'CN_OTP') return true;
  return template.content !== undefined && VERIFICATION_WORDS.test(template.content);
}

function checkedChoices(input: DeliveryPlanInput): { engine: EngineChoice; threshold: number; qps: number } {
  const engine = input.engine ?? 'auto';
  const threshold = input.threshold ?? DEFAULT_BATCH_THRESHOLD;
  const qps = input.qps ?? DEFAULT_SEND_QPS;
  const issues = [];
  if (engine !== 'auto' && engine !== 'direct' && engine !== 'batch')
    issues.push({ field: 'engine', message: `"${String(engine)}" is not one of auto, direct, batch` });
  if (!Number.isInteger(threshold) || threshold < 1)
    issues.push({ field: 'threshold', message: 'must be a whole number of at least 1' });
  if (!(Number.isFinite(qps) && qps > 0 && qps <= 1000))
    issues.push({ field: 'qps', message: 'must be a number above 0 and at most 1000' });
  if (issues.length > 0) {
    throw new SmsInputError(issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  }
  return { engine, threshold, qps };
}

/** Whether planDelivery needs the template's facts: only when the batch engine is in question. */
export function templateFactsNeeded(input: Omit<DeliveryPlanInput, 'template'>): boolean {
  const { engine, threshold } = checkedChoices(input);
  return engine === 'batch' || (engine === 'auto' && input.numbers > threshold);
}

const minutes = (seconds: number) =>
  seconds < 120 ? `${Math.ceil(seconds)} s` : `${Math.ceil(seconds / 60)} min`;

/**
 * Chooses the engine. A verification template never goes to a batch task: forced to batch, or above the
 * threshold in `auto`, it is refused with an SmsInputError whose hint names the fix.
 */
export function planDelivery(input: DeliveryPlanInput): DeliveryPlan {
  const { engine: choice, threshold, qps } = checkedChoices(input);
  const numbers = input.numbers;
  const requests = Math.ceil(numbers / MAX_NUMBERS_PER_REQUEST);
  const direct = (reason: string): DeliveryPlan => ({
    engine: 'direct',
    reason,
    forced: choice !== 'auto',
    numbers,
    threshold,
    qps,
    requests,
    minimumSeconds: requests / qps,
  });
  const took = `${requests} request${requests === 1 ? '' : 's'} of at most ${MAX_NUMBERS_PER_REQUEST} at ${qps}/s`;
  if (choice === 'direct')
    return direct(`direct sends, as asked: ${took} (at least ${minutes(requests / qps)})`);
  if (choice === 'auto' && numbers <= threshold) {
    return direct(`direct sends: ${numbers} numbers, at most the batch threshold of ${threshold}; ${took}`);
  }
  const template = input.template;
  if (template === undefined) {
    // A caller's bug, not the user's: templateFactsNeeded said the facts were needed.
    throw new TypeError('planDelivery: the template facts are needed to choose the batch engine');
  }
  if (isVerificationTemplate(template)) throw verificationRefused(template, choice, numbers, threshold, qps);
  return {
    engine: 'batch',
    reason:
      choice === 'batch'
        ? `batch task, as asked: the service sends the ${numbers} numbers from an uploaded file`
        : `batch task: ${numbers} numbers, above the batch threshold of ${threshold} (direct would take at least ${minutes(requests / qps)} at ${qps}/s)`,
    forced: choice === 'batch',
    numbers,
    threshold,
    qps,
    requests: 0,
    minimumSeconds: 0,
  };
}

function verificationRefused(
  template: TemplateFacts,
  choice: EngineChoice,
  numbers: number,
  threshold: number,
  qps: number,
): SmsInputError {
  const what = `template ${template.templateId} is a verification template${template.channelType === 'CN_OTP' ? ' (CN_OTP)' : ' (its text reads like one)'}, which the batch engine refuses`;
  const seconds = Math.ceil(numbers / MAX_NUMBERS_PER_REQUEST) / qps;
  const message =
    choice === 'batch'
      ? `${what}; nothing was sent`
      : `${what}, and ${numbers} numbers are above the batch threshold of ${threshold}; nothing was sent`;
  const hint =
    choice === 'batch'
      ? 'Send verification codes as direct requests (--engine direct), or use a notification or marketing template for the batch.'
      : `Send at most ${threshold} numbers at a time, or pass --engine direct to send all ${numbers} as direct requests (at least ${minutes(seconds)} at ${qps}/s).`;
  return new SmsInputError(`engine: ${message}`, [{ field: 'engine', message }], { hint });
}
