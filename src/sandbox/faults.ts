import { z } from 'zod';
import { SmsInputError } from '../core/index.ts';

/**
 * Injected faults for reliability tests, per action ('*' = every action), for the next `count` requests
 * or until cleared. Latency adds to whatever else happens; of the other kinds the first match wins:
 * - status (5xx) and throttle (429 + Retry-After) answer without processing the request;
 * - drop-before closes the connection before anything is processed;
 * - drop-after, truncate and non-json process the request (a send is recorded) and then spoil the answer,
 *   which is the "was it sent or not?" case a client must never retry blindly.
 */

export const FaultSchema = z
  .strictObject({
    action: z.string().min(1).default('*'),
    kind: z.enum(['latency', 'status', 'throttle', 'drop-before', 'drop-after', 'truncate', 'non-json']),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    /** HTTP status: 5xx for `status`, anything for `non-json` (default 200). */
    status: z.number().int().min(200).max(599).optional(),
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    /** How many matching requests it affects; omitted = until cleared. */
    count: z.number().int().min(1).optional(),
  })
  .superRefine((fault, ctx) => {
    if (fault.kind === 'latency' && fault.latencyMs === undefined) {
      ctx.addIssue({ code: 'custom', path: ['latencyMs'], message: 'required for a latency fault' });
    }
    if (fault.kind === 'status' && (fault.status === undefined || fault.status < 500)) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'a status fault needs a 5xx status' });
    }
  });

export type FaultInput = z.input<typeof FaultSchema>;
export type Fault = z.output<typeof FaultSchema> & { id: number };

const SPEC_SYNTAX =
  'ACTION=KIND[xCOUNT] where KIND is 500..599, 429[:RETRY_AFTER_S], latency:MS, drop-before, drop-after, truncate or non-json[:STATUS]; ACTION may be * (e.g. SendSmsForAgent=500x2)';

/** Parses the command-line form, e.g. `SendSmsForAgent=500x2`, `*=latency:300`, `ListSmsSendLogForAgent=429:2`. */
export function parseFaultSpec(text: string): FaultInput {
  const match = /^([A-Za-z0-9*]+)=(\d{3}|[a-z]+(?:-[a-z]+)*)(?::(\d+))?(?:x(\d+))?$/.exec(text.trim());
  const fail = (why: string) =>
    new SmsInputError(`Invalid fault "${text}": ${why}.`, [{ field: 'fault', message: why }], {
      hint: `Use ${SPEC_SYNTAX}.`,
    });
  if (!match) throw fail('it does not match ACTION=KIND');
  const [, action, kindText, argText, countText] = match as unknown as [
    string,
    string,
    string,
    string?,
    string?,
  ];
  const arg = argText === undefined ? undefined : Number(argText);
  const count = countText === undefined ? {} : { count: Number(countText) };
  if (/^\d{3}$/.test(kindText)) {
    const status = Number(kindText);
    if (status === 429) {
      return { action, kind: 'throttle', ...(arg === undefined ? {} : { retryAfterSeconds: arg }), ...count };
    }
    if (status >= 500 && status <= 599) return { action, kind: 'status', status, ...count };
    throw fail(`status ${status} is neither 429 nor 5xx`);
  }
  switch (kindText) {
    case 'latency':
    case 'delay':
      if (arg === undefined) throw fail('latency needs milliseconds, e.g. latency:300');
      return { action, kind: 'latency', latencyMs: arg, ...count };
    case 'drop-before':
    case 'drop-after':
    case 'truncate':
      return { action, kind: kindText, ...count };
    case 'non-json':
      return { action, kind: 'non-json', ...(arg === undefined ? {} : { status: arg }), ...count };
    default:
      throw fail(`unknown kind "${kindText}"`);
  }
}

export function validateFault(input: unknown): z.output<typeof FaultSchema> {
  const parsed = FaultSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'fault',
    message: issue.message,
  }));
  throw new SmsInputError(
    `Invalid fault: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
    issues,
    {
      hint: `Give {action, kind, latencyMs?, status?, retryAfterSeconds?, count?}, or the text form ${SPEC_SYNTAX}.`,
    },
  );
}

export interface FaultDecision {
  latencyMs: number;
  /** The fault that decides the answer, if any. */
  fault?: Fault | undefined;
}

export class FaultRegistry {
  #faults: Fault[] = [];
  #nextId = 1;

  add(input: FaultInput | string): Fault {
    const fault = {
      ...validateFault(typeof input === 'string' ? parseFaultSpec(input) : input),
      id: this.#nextId++,
    };
    this.#faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.#faults = [];
  }

  /** Picks (and uses up one count of) the faults for this request's action. */
  decide(action: string): FaultDecision {
    if (this.#faults.length === 0) return { latencyMs: 0 };
    let latencyMs = 0;
    let decisive: Fault | undefined;
    for (const fault of this.#faults) {
      if (fault.action !== '*' && fault.action !== action) continue;
      if (fault.kind === 'latency') {
        latencyMs += fault.latencyMs ?? 0;
        this.#useOnce(fault);
      } else if (!decisive) {
        decisive = fault;
        this.#useOnce(fault);
      }
    }
    this.#faults = this.#faults.filter((f) => f.count === undefined || f.count > 0);
    return { latencyMs, fault: decisive };
  }

  #useOnce(fault: Fault): void {
    if (fault.count !== undefined) fault.count -= 1;
  }
}
