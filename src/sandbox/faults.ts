import { z } from 'zod';
import { lookupErrorCode, SmsInputError } from '../core/index.ts';
import { gatewayErrorSpec } from './gateway-errors.ts';

/**
 * Injected faults for reliability tests, per action ('*' = every action), for the next `count` requests
 * or until cleared. Latency adds to whatever else happens; of the other kinds the first match wins:
 * - status (5xx) and throttle (429 + Retry-After) answer without processing the request;
 * - drop-before closes the connection before anything is processed;
 * - drop-after, truncate and non-json process the request (a send is recorded) and then spoil the answer,
 *   which is the "was it sent or not?" case a client must never retry blindly;
 * - error answers an error envelope with any code without processing; error-after processes, then answers
 *   it. error-after refuses a code the error table says proves the request was not processed (RE:0003,
 *   SignatureDoesNotMatch…): the real service answers those before it sends, never after.
 */

export const FaultSchema = z
  .strictObject({
    action: z.string().min(1).default('*'),
    kind: z.enum([
      'latency',
      'status',
      'throttle',
      'drop-before',
      'drop-after',
      'truncate',
      'non-json',
      'error',
      'error-after',
    ]),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    /**
     * HTTP status: 5xx for `status`, anything for `non-json` (default 200); for `error`/`error-after` the
     * code's own (the gateway's table, else 200 as for a business code).
     */
    status: z.number().int().min(200).max(599).optional(),
    /** `ResponseMetadata.Error.Code` of an `error`/`error-after` fault: any code, known or not. */
    code: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9:]*$/, 'letters, digits and colons, e.g. RE:0500')
      .max(64)
      .optional(),
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
    const answersError = fault.kind === 'error' || fault.kind === 'error-after';
    if (answersError !== (fault.code !== undefined)) {
      const message = answersError ? `required for an ${fault.kind} fault` : 'only for error and error-after';
      ctx.addIssue({ code: 'custom', path: ['code'], message });
    }
    if (fault.kind === 'error-after' && fault.code && lookupErrorCode(fault.code)?.provesNotProcessed) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `${fault.code} is answered before a request is processed, never after: use error:${fault.code}`,
      });
    }
  });

export type FaultInput = z.input<typeof FaultSchema>;
export type Fault = z.output<typeof FaultSchema> & { id: number };

const SPEC_SYNTAX =
  'ACTION=KIND[xCOUNT] where KIND is 500..599, 429[:RETRY_AFTER_S], latency:MS, drop-before, drop-after, truncate, non-json[:STATUS], error:CODE or error-after:CODE; ACTION may be * (e.g. SendSmsForAgent=500x2, SendSmsForAgent=error-after:RE:0500)';

/**
 * Parses the command-line form, e.g. `SendSmsForAgent=500x2`, `*=latency:300`, `ListSmsSendLogForAgent=429:2`,
 * `SendSmsForAgent=error-after:SY:0500x1`.
 */
export function parseFaultSpec(text: string): FaultInput {
  // The argument is lazy so that a trailing `xCOUNT` is read as the count, also after a code.
  const match = /^([A-Za-z0-9*]+)=(\d{3}|[a-z]+(?:-[a-z]+)*)(?::([A-Za-z0-9:]+?))?(?:x(\d+))?$/.exec(
    text.trim(),
  );
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
  const count = countText === undefined ? {} : { count: Number(countText) };
  if (kindText === 'error' || kindText === 'error-after') {
    if (argText === undefined) throw fail(`${kindText} needs a code, e.g. ${kindText}:RE:0500`);
    return { action, kind: kindText, code: argText, ...count };
  }
  if (argText !== undefined && !/^\d+$/.test(argText)) throw fail(`"${argText}" is not a number`);
  const arg = argText === undefined ? undefined : Number(argText);
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
      hint: `Give {action, kind, latencyMs?, status?, retryAfterSeconds?, code?, count?}, or the text form ${SPEC_SYNTAX}.`,
    },
  );
}

/** The error envelope an `error`/`error-after` fault answers: its code at the status the API gives it. */
export class InjectedError extends Error {
  readonly code: string;
  readonly status: number;
  readonly codeN: number | undefined;
  readonly headers: Record<string, string> = {};
  constructor(fault: Fault) {
    const code = fault.code ?? 'InternalError';
    super(`${lookupErrorCode(code)?.message ?? `Error ${code}`} (injected fault).`);
    const spec = gatewayErrorSpec(code);
    this.code = code;
    this.status = fault.status ?? spec?.status ?? 200;
    this.codeN = spec?.codeN;
  }
}

export interface FaultDecision {
  latencyMs: number;
  /** The fault that decides the answer, if any. */
  fault?: Fault | undefined;
}

export class FaultRegistry {
  #faults: Fault[] = [];
  #nextId = 1;
  #version = 0;

  /**
   * Counts every change (added, cleared, used up): a watcher that compares lists alone misses a fault
   * added and used up between two of its looks, and would keep showing it.
   */
  get version(): number {
    return this.#version;
  }

  add(input: FaultInput | string): Fault {
    const fault = {
      ...validateFault(typeof input === 'string' ? parseFaultSpec(input) : input),
      id: this.#nextId++,
    };
    this.#faults.push(fault);
    this.#version += 1;
    return fault;
  }

  list(): Fault[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.#faults = [];
    this.#version += 1;
  }

  /** Clears one fault by its id; false when no active fault has it. */
  remove(id: number): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((f) => f.id !== id);
    this.#version += 1;
    return this.#faults.length < before;
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
    this.#version += 1;
  }
}
