import { request as httpRequest } from 'node:http';
import { AGENT_VERSION } from '../../../src/core/index.ts';
import { signRequest } from '../../../src/core/internal.ts';
import type { Sandbox } from '../../../src/sandbox/index.ts';

/**
 * Real HTTP against a sandbox on loopback. `rawRequest` uses node:http directly so a test controls every
 * header, Host included (fetch would refuse); `signedCall` signs with the core signer like the client.
 */

/** The body of a signed agent send of the seed's deploy notice to one number: what the fault tests spoil. */
export const NOTICE_SEND = {
  SubAccount: '7384ed01',
  Signature: 'VolcOps',
  TemplateId: 'ST_0004',
  Mobiles: '13800000000',
  TemplateParam: '{"version":"1.0"}',
};

/** An ApplySmsTemplateV2 body the seed accepts: a shipping notice for VolcOps in group 7384ed01. */
export const TEMPLATE_APPLICATION = {
  area: 'cn',
  channelType: 'CN_NTC',
  content: '订单${order}已发货',
  name: 'ship',
  signatures: ['VolcOps'],
  subAccounts: ['7384ed01'],
  templateParams: [{ name: 'order' }],
};

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed body; undefined when it is not JSON. */
  json: Envelope | undefined;
}

export interface Envelope {
  ResponseMetadata: {
    RequestId: string;
    Action: string;
    Version: string;
    Service: string;
    Region: string;
    Error?: { Code: string; CodeN?: number; Message: string };
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Result?: any;
}

export function rawRequest(
  baseUrl: string,
  options: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer | undefined;
  },
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method,
        path: options.path,
        // An explicit length: Node would otherwise send a GET body chunked, which real clients do not.
        headers:
          options.body === undefined
            ? options.headers
            : { ...options.headers, 'Content-Length': String(Buffer.byteLength(options.body)) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Envelope | undefined;
          try {
            json = JSON.parse(text) as Envelope;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export interface SignedCallOptions {
  version?: string;
  method?: 'GET' | 'POST';
  /** Extra query parameters (signed). */
  query?: Record<string, string | string[]>;
  /** Signing time. @default now */
  date?: Date;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region?: string;
  service?: string;
  /** Sent and signed besides X-Date / X-Content-Sha256. @default Content-Type: application/json */
  headers?: Record<string, string>;
  /** Applied after signing, to tamper with a signed request. */
  mutate?: (request: { path: string; headers: Record<string, string>; body: string }) => void;
}

export function queryString(query: Record<string, string | string[]>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const v of typeof value === 'string' ? [value] : value) {
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(v)}`);
    }
  }
  return parts.join('&');
}

export function signedCall(
  sandbox: Pick<Sandbox, 'url' | 'credentials'>,
  action: string,
  body: unknown,
  options: SignedCallOptions = {},
): Promise<RawResponse> {
  const method = options.method ?? 'POST';
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const query = { Action: action, Version: options.version ?? AGENT_VERSION, ...options.query };
  const baseHeaders = options.headers ?? (text ? { 'Content-Type': 'application/json' } : {});
  const headers = signRequest(
    { method, path: '/', query, headers: baseHeaders, body: text },
    {
      credentials: options.credentials ?? sandbox.credentials,
      region: options.region ?? 'cn-north-1',
      service: options.service ?? 'volcSMS',
      date: options.date ?? new Date(),
    },
  );
  const request = { path: `/?${queryString(query)}`, headers, body: text };
  options.mutate?.(request);
  return rawRequest(sandbox.url, {
    method,
    path: request.path,
    headers: request.headers,
    body: request.body,
  });
}

/** Gateway mode, as the skill's ARK_SKILL_API_BASE proxy is called. */
export function bearerCall(
  sandbox: Pick<Sandbox, 'url' | 'credentials'>,
  action: string,
  body: unknown,
  options: { apiKey?: string; serviceName?: string | null; version?: string } = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${options.apiKey ?? sandbox.credentials.apiKey}`,
  };
  if (options.serviceName !== null) headers.ServiceName = options.serviceName ?? 'volcSMS';
  return rawRequest(sandbox.url, {
    method: 'POST',
    path: `/?${queryString({ Action: action, Version: options.version ?? AGENT_VERSION })}`,
    headers,
    body: JSON.stringify(body),
  });
}

/** The API error code of a response, or 'OK'. */
export function codeOf(response: RawResponse): string {
  return response.json?.ResponseMetadata.Error?.Code ?? 'OK';
}
