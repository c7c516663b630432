import type { ErrorCodeInfo } from './error-code-info.ts';

/** The gateway and platform codes (reference §5.3): credentials, signing, throttles, 5xx. */
export const GATEWAY_CODES = {
  MissingParameter: {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Action or Version is missing from the request',
    hint: 'Check VOLC_SMS_ENDPOINT: it must be the API base URL without a query string.',
  },
  MissingAuthenticationToken: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The request carried no credentials',
    hint: 'Set VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY and ARK_SKILL_API_BASE), then run `volc-sms doctor` to confirm they are found.',
  },
  MissingRequestInfo: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'Signing information is missing (X-Date, access key, service or region)',
    hint: 'Run `volc-sms doctor` to check that VOLCENGINE_ACCESS_KEY is set and that VOLC_SMS_ENDPOINT is the SMS API base URL, not a proxy that drops headers.',
  },
  MissingSignature: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The request signature is missing',
    hint: 'Sign with VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY: this endpoint does not take ARK_SKILL_API_KEY (`volc-sms doctor` shows which credentials are in use).',
  },
  InvalidTimestamp: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The request time (X-Date) is too far from the server time',
    hint: "Fix this machine's clock (enable NTP) and try again.",
  },
  ServiceNotFound: {
    kind: 'api',
    provesNotProcessed: true,
    message: 'The SMS service was not found at this endpoint',
    hint: 'Check VOLC_SMS_ENDPOINT (default https://sms.volcengineapi.com).',
  },
  InvalidActionOrVersion: {
    kind: 'api',
    provesNotProcessed: true,
    message: 'The endpoint does not know this action or version',
    hint: 'Check VOLC_SMS_ENDPOINT and VOLC_SMS_API (agent or classic): this endpoint may not serve that API.',
  },
  InvalidAccessKey: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The access key is invalid',
    hint: 'Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.',
  },
  InvalidClientTokenId: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The access key is invalid',
    hint: 'Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.',
  },
  SignatureDoesNotMatch: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The request signature does not match',
    hint: 'Check VOLCENGINE_SECRET_KEY belongs to VOLCENGINE_ACCESS_KEY (no stray spaces or quotes).',
  },
  LackPolicy: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The user lacks a policy for this action',
    hint: 'Grant the sub-user the SMS policy (e.g. VolcSMSFullAccess) in IAM.',
  },
  AccessDenied: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'Access denied for this action',
    hint: 'Grant the user permission for this SMS action in IAM, or use another key.',
  },
  // The 5xx codes (InternalError … ServiceUnavailableTemp): the gateway may have passed the request on.
  InternalError: {
    kind: 'api',
    provesNotProcessed: false,
    message: 'Internal error at the gateway',
    hint: 'Try again shortly; for a send, check the send log first.',
    retryable: true,
  },
  FailToConnect: {
    kind: 'api',
    provesNotProcessed: false,
    message: 'The gateway could not reach the SMS service',
    hint: 'Try again shortly; for a send, check the send log first.',
    retryable: true,
  },
  InternalServiceTimeout: {
    kind: 'api',
    provesNotProcessed: false,
    message: 'The SMS service timed out behind the gateway',
    hint: 'Check the send log before sending again; reads can simply be retried.',
    retryable: true,
  },
  FlowLimitExceeded: {
    kind: 'rate-limit',
    provesNotProcessed: true,
    message: 'Too many requests (rate limit)',
    hint: 'Slow down: the default limit is 5 requests per second per account.',
    retryable: true,
  },
  AccountFlowLimitExceeded: {
    kind: 'rate-limit',
    provesNotProcessed: true,
    message: 'Too many requests for this account (rate limit)',
    hint: 'Slow down: the default limit is 5 requests per second per account.',
    retryable: true,
  },
  ServiceUnavailableTemp: {
    kind: 'api',
    provesNotProcessed: false,
    message: 'The service is temporarily unavailable',
    hint: 'Try again shortly; for a send, check the send log first.',
    retryable: true,
  },
  MethodNotAllowed: {
    kind: 'api',
    provesNotProcessed: true,
    message: 'The HTTP method is not allowed for this action',
    hint: 'Check VOLC_SMS_API matches the endpoint (agent actions are POST).',
  },
  InvalidAuthorization: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The Authorization header is malformed',
    hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.',
  },
  InvalidCredential: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The credential in the Authorization header is malformed',
    hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.',
  },
  InvalidSecretToken: {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'The session token is invalid or expired',
    hint: 'Refresh VOLCENGINE_SESSION_TOKEN (STS tokens expire), or unset it for a long-term key.',
  },
} as const satisfies Record<string, ErrorCodeInfo>;
