import type { IncomingHttpHeaders } from 'node:http';
import {
  canonicalRequest,
  computeSignature,
  credentialScope,
  parseAuthorization,
  sha256Hex,
  SigningKeyCache,
  stringToSign,
} from '../core/internal.ts';
import { REGION, SERVICE } from './envelope.ts';
import { GatewayError } from './gateway-errors.ts';
import { constantTimeEqual } from './constant-time.ts';

// The sandbox's accepted keys and a few days: derived keys kept here (the cache holds no secret).
const signingKeys = new SigningKeyCache(64);

/**
 * Verifies a request the way the real gateway does (reference §4.2): the signature is recomputed over
 * exactly the headers the client listed in SignedHeaders (the Node SDK signs neither host nor
 * content-type, and works), from the header values as received, with the query parsed and re-encoded
 * (the Node SDK's URL leaves !'()* raw while its canonical string escapes them) and the body hash taken
 * from the raw bytes. The gateway mode (the skill's ARK_SKILL_API_BASE proxy) checks a Bearer key instead.
 */

export interface AcceptedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  apiKey: string;
}

export interface IncomingRequestParts {
  method: string;
  /** The path as received (`/` for this API). */
  path: string;
  query: Record<string, string[]>;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Principal {
  kind: 'aksk' | 'gateway';
  /** The key that identifies the caller (access key id or a fingerprint of the API key): rate limits count per key. */
  key: string;
}

const X_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** A compact UTC time (`20240102T030405Z`: X-Date, X-Tos-Date) as epoch ms; undefined if not one. */
export function compactUtcMs(text: string): number | undefined {
  const match = X_DATE.exec(text);
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

export function authenticate(
  request: IncomingRequestParts,
  accepted: AcceptedCredentials,
  nowMs: number,
  skewSeconds: number,
): Principal {
  const authorization = headerValue(request.headers, 'authorization');
  if (authorization === undefined || authorization.trim() === '') {
    throw new GatewayError(
      'MissingAuthenticationToken',
      'Request is missing Authentication Token: sign it (HMAC-SHA256) or send Authorization: Bearer <API key>.',
    );
  }
  if (/^Bearer\s/i.test(authorization)) return verifyBearer(authorization, request.headers, accepted);
  return verifySignature(authorization, request, accepted, nowMs, skewSeconds);
}

function verifyBearer(
  authorization: string,
  headers: IncomingHttpHeaders,
  accepted: AcceptedCredentials,
): Principal {
  const serviceName = headerValue(headers, 'servicename');
  if (serviceName !== SERVICE) {
    throw new GatewayError('ServiceNotFound', `Gateway requests need the header ServiceName: ${SERVICE}.`);
  }
  const key = authorization.replace(/^Bearer\s+/i, '').trim();
  if (!constantTimeEqual(key, accepted.apiKey)) {
    // Documented choice: the gateway's wrong-key answer is InvalidAccessKey (401), like an unknown AK.
    throw new GatewayError('InvalidAccessKey', 'The API key included in the request is invalid.');
  }
  return { kind: 'gateway', key: `bearer:${sha256Hex(key).slice(0, 16)}` };
}

function verifySignature(
  authorization: string,
  request: IncomingRequestParts,
  accepted: AcceptedCredentials,
  nowMs: number,
  skewSeconds: number,
): Principal {
  const parsed = parseAuthorization(authorization);
  if (!parsed) {
    throw new GatewayError(
      'InvalidAuthorization',
      'Authorization header is malformed: expected "HMAC-SHA256 Credential=AK/date/region/service/request, SignedHeaders=..., Signature=...".',
    );
  }
  if (parsed.accessKeyId !== accepted.accessKeyId) {
    throw new GatewayError(
      'InvalidAccessKey',
      `The accesskey [${parsed.accessKeyId}] included in the request is invalid.`,
    );
  }
  if (parsed.region !== REGION || parsed.service !== SERVICE) {
    throw new GatewayError(
      'InvalidCredential',
      `Credential scope ${parsed.shortDate}/${parsed.region}/${parsed.service} is wrong: this service signs with region ${REGION} and service ${SERVICE}.`,
    );
  }
  const xDate = headerValue(request.headers, 'x-date');
  if (xDate === undefined || xDate.trim() === '')
    throw new GatewayError('MissingRequestInfo', 'Request is missing the X-Date header (or it is empty).');
  const signedAtMs = compactUtcMs(xDate.trim());
  if (signedAtMs === undefined)
    throw new GatewayError('InvalidTimestamp', `X-Date "${xDate}" is not in the form 20240102T030405Z.`);
  if (parsed.shortDate !== xDate.slice(0, 8)) {
    throw new GatewayError('InvalidCredential', 'The date in Credential does not match X-Date.');
  }
  if (Math.abs(nowMs - signedAtMs) > skewSeconds * 1000) {
    throw new GatewayError(
      'InvalidTimestamp',
      `The request signature expired or is from the future: X-Date ${xDate} is more than ${skewSeconds} s away from the server time.`,
    );
  }

  const bodySha256 = sha256Hex(request.body);
  const declaredHash = headerValue(request.headers, 'x-content-sha256');
  if (declaredHash !== undefined && declaredHash.trim().toLowerCase() !== bodySha256) {
    throw signatureMismatch('X-Content-Sha256 does not match the body received.');
  }

  const signedHeaders: Record<string, string> = {};
  for (const name of parsed.signedHeaders) {
    const value = headerValue(request.headers, name);
    if (value === undefined) throw signatureMismatch(`Signed header "${name}" is not in the request.`);
    signedHeaders[name] = value;
  }
  const key = signingKeys.get(accepted.secretAccessKey, parsed.shortDate, REGION, SERVICE);
  const scope = credentialScope(parsed.shortDate, REGION, SERVICE);
  const expected = (headers: Record<string, string>) => {
    const { text } = canonicalRequest({
      method: request.method,
      path: request.path,
      query: request.query,
      signedHeaders: headers,
      bodySha256,
    });
    return computeSignature(key, stringToSign(xDate.trim(), scope, text));
  };
  if (constantTimeEqual(expected(signedHeaders), parsed.signature))
    return { kind: 'aksk', key: parsed.accessKeyId };
  // Go strips a default port from Host before signing, while the Host header may still carry it.
  const host = signedHeaders.host;
  if (host !== undefined && /:(80|443)$/.test(host)) {
    const withoutPort = { ...signedHeaders, host: host.replace(/:(80|443)$/, '') };
    if (constantTimeEqual(expected(withoutPort), parsed.signature))
      return { kind: 'aksk', key: parsed.accessKeyId };
  }
  throw signatureMismatch();
}

function signatureMismatch(detail?: string): GatewayError {
  const message =
    'The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method. Consult the service documentation for details.';
  return new GatewayError('SignatureDoesNotMatch', detail ? `${message} (${detail})` : message);
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}
