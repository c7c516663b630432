/**
 * Gateway (platform) errors: they are answered with a 4xx/5xx status and carry a numeric CodeN
 * (reference §5.3). SMS business errors are different: HTTP 200 and no CodeN (see business-error.ts).
 */
export interface GatewayErrorSpec {
  status: number;
  codeN?: number;
}

// By the status they are answered with; each code with its CodeN, `null` where the reference lists none.
const BY_STATUS = {
  400: {
    MissingParameter: 100002,
    MissingRequestInfo: 100004,
    InvalidAuthorization: null,
    InvalidCredential: null,
  },
  401: {
    MissingAuthenticationToken: 100003,
    MissingSignature: 100005,
    InvalidAccessKey: 100009,
    SignatureDoesNotMatch: 100010,
    InvalidClientTokenId: null,
    InvalidSecretToken: null,
  },
  // InvalidTimestamp: the docs disagree (400 in 6369/68677, 403 in three others); we follow the majority.
  403: { InvalidTimestamp: 100006, LackPolicy: 100012, AccessDenied: 100013 },
  404: { ServiceNotFound: 100007, InvalidActionOrVersion: 100008 },
  405: { MethodNotAllowed: null },
  413: { RequestEntityTooLarge: null },
  429: { FlowLimitExceeded: 100018, AccountFlowLimitExceeded: 100027 },
  500: { InternalError: 100014 },
  502: { FailToConnect: 100015 },
  503: { ServiceUnavailableTemp: null },
  504: { InternalServiceTimeout: 100016 },
} as const;

type ByStatus = typeof BY_STATUS;
export type GatewayErrorCode = { [S in keyof ByStatus]: keyof ByStatus[S] }[keyof ByStatus];

const GATEWAY_ERRORS = new Map<string, GatewayErrorSpec>(
  Object.entries(BY_STATUS).flatMap(([status, codes]) =>
    Object.entries(codes).map(([code, codeN]: [string, number | null]) => [
      code,
      codeN === null ? { status: Number(status) } : { status: Number(status), codeN },
    ]),
  ),
);

/** The status and CodeN of a gateway code, or undefined for any other code (a business code: HTTP 200). */
export function gatewayErrorSpec(code: string): GatewayErrorSpec | undefined {
  return GATEWAY_ERRORS.get(code);
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
    const spec = GATEWAY_ERRORS.get(code)!;
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
