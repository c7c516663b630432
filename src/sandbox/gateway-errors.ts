/**
 * Gateway (platform) errors: they are answered with a 4xx/5xx status and carry a numeric CodeN
 * (reference §5.3). SMS business errors are different: HTTP 200 and no CodeN (see business-error.ts).
 */
export interface GatewayErrorSpec {
  status: number;
  codeN?: number;
}

const GATEWAY_ERRORS = {
  MissingParameter: { status: 400, codeN: 100002 },
  MissingAuthenticationToken: { status: 401, codeN: 100003 },
  MissingRequestInfo: { status: 400, codeN: 100004 },
  MissingSignature: { status: 401, codeN: 100005 },
  // The docs disagree (400 in 6369/68677, 403 in three others); we follow the majority: 403.
  InvalidTimestamp: { status: 403, codeN: 100006 },
  ServiceNotFound: { status: 404, codeN: 100007 },
  InvalidActionOrVersion: { status: 404, codeN: 100008 },
  InvalidAccessKey: { status: 401, codeN: 100009 },
  SignatureDoesNotMatch: { status: 401, codeN: 100010 },
  InvalidClientTokenId: { status: 401 },
  LackPolicy: { status: 403, codeN: 100012 },
  AccessDenied: { status: 403, codeN: 100013 },
  InternalError: { status: 500, codeN: 100014 },
  FailToConnect: { status: 502, codeN: 100015 },
  InternalServiceTimeout: { status: 504, codeN: 100016 },
  FlowLimitExceeded: { status: 429, codeN: 100018 },
  AccountFlowLimitExceeded: { status: 429, codeN: 100027 },
  ServiceUnavailableTemp: { status: 503 },
  MethodNotAllowed: { status: 405 },
  InvalidAuthorization: { status: 400 },
  InvalidCredential: { status: 400 },
  InvalidSecretToken: { status: 401 },
  RequestEntityTooLarge: { status: 413 },
} as const satisfies Record<string, GatewayErrorSpec>;

export type GatewayErrorCode = keyof typeof GATEWAY_ERRORS;

/** The status and CodeN of a gateway code, or undefined for any other code (a business code: HTTP 200). */
export function gatewayErrorSpec(code: string): GatewayErrorSpec | undefined {
  return Object.hasOwn(GATEWAY_ERRORS, code) ? GATEWAY_ERRORS[code as GatewayErrorCode] : undefined;
}

/** Thrown inside the request pipeline; turned into an error envelope with the table's status and CodeN. */
export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  readonly status: number;
  readonly codeN: number | undefined;
  readonly headers: Record<string, string>;
  constructor(
    code: GatewayErrorCode,
    message: string,
    options: { headers?: Record<string, string>; status?: number } = {},
  ) {
    super(message);
    this.code = code;
    const spec: GatewayErrorSpec = GATEWAY_ERRORS[code];
    this.status = options.status ?? spec.status;
    this.codeN = spec.codeN;
    this.headers = options.headers ?? {};
  }
}

/** The gateway error that answers an injected 5xx status. */
export function gatewayErrorForStatus(status: number): GatewayError {
  switch (status) {
    case 502:
      return new GatewayError('FailToConnect', 'Failed to connect to the backend service (injected fault).');
    case 503:
      return new GatewayError('ServiceUnavailableTemp', 'Service temporarily unavailable (injected fault).');
    case 504:
      return new GatewayError('InternalServiceTimeout', 'Backend service timed out (injected fault).');
    default:
      // Any other 5xx keeps its status and the generic InternalError body.
      return new GatewayError('InternalError', 'Internal error (injected fault).', { status });
  }
}

/** 429 with the Retry-After a client should honour (rate limit or injected throttling). */
export function flowLimitExceeded(retryAfterSeconds: number): GatewayError {
  return new GatewayError(
    'FlowLimitExceeded',
    'Request was denied due to request throttling (flow limit exceeded).',
    {
      headers: { 'Retry-After': String(Math.max(0, retryAfterSeconds)) },
    },
  );
}
