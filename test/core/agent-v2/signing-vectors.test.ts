import { describe, expect, it } from 'vitest';
import { AGENT_V2_ACTIONS } from '../../../src/core/agent-v2/actions.ts';
import { agentV2WireCall } from '../../../src/core/agent-v2/wire-call.ts';
import { buildRequest } from '../../../src/core/signing/build-request.ts';
import { canonicalRequest, parseAuthorization, sha256Hex } from '../../../src/core/signing/sign.ts';
import type { AuthConfig } from '../../../src/core/types.ts';

// Agent-v2 reference §8: the skill's own signer, reproduced independently. Built here through the same
// path the client takes (action table → wire call → buildRequest), so the method, the query and the body
// bytes are held to the vectors too, not only the signer.
const DATE = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
const ENDPOINT = 'https://sms.volcengineapi.com';
const auth = (sessionToken?: string): AuthConfig => ({
  kind: 'aksk',
  accessKeyId: 'AKLTEXAMPLEAK',
  secretAccessKey: 'EXAMPLESECRETKEY',
  ...(sessionToken ? { sessionToken } : {}),
});

function build(name: 'getBatchTaskDetail' | 'consentBatchTask', token?: string) {
  const spec = AGENT_V2_ACTIONS[name];
  const call = agentV2WireCall(spec.action, spec.method, { taskId: '90001', subAccount: '7384ed01' });
  return buildRequest(call, { auth: auth(token), endpoint: ENDPOINT, region: 'cn-north-1', date: DATE });
}

function canonicalHash(request: ReturnType<typeof build>): string {
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([k]) => k !== 'Authorization'));
  const { text } = canonicalRequest({
    method: request.method,
    path: '/',
    query: Object.fromEntries(new URLSearchParams(request.path.slice(2))),
    signedHeaders: headers,
    bodySha256: sha256Hex(request.body),
  });
  return sha256Hex(text);
}

describe('agent-v2 signing vectors (reference §8)', () => {
  it('F: GetBatchTaskDetail is a GET with its params in the query and an empty body', () => {
    const request = build('getBatchTaskDetail');
    expect(request.method).toBe('GET');
    expect(request.url).toBe(
      'https://sms.volcengineapi.com/?Action=GetBatchTaskDetail&Version=2026-01-01&subAccount=7384ed01&taskId=90001',
    );
    expect(request.body).toBe('');
    expect(request.headers['Content-Type']).toBeUndefined();
    expect(request.headers['X-Content-Sha256']).toBe(sha256Hex(''));
    const authorization = parseAuthorization(request.headers['Authorization']!);
    expect(authorization?.signedHeaders.join(';')).toBe('host;x-content-sha256;x-date');
    expect(canonicalHash(request)).toBe('48294aa10393d8ea4b7d4b60dbcdfacb59fc29b1a34fc5ce00e5fa197e005eeb');
    expect(authorization?.signature).toBe('2ba29fe181e39ff43d930f44938e04047560253aaeb9604b24ca2cbf2c6005f2');
  });

  it('G: ConsentBatchTask is a POST with a compact sorted body, signed with the session token', () => {
    const request = build('consentBatchTask', 'EXAMPLETOKEN');
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://sms.volcengineapi.com/?Action=ConsentBatchTask&Version=2026-01-01');
    expect(request.body).toBe('{"subAccount":"7384ed01","taskId":"90001"}');
    expect(sha256Hex(request.body)).toBe('f0d728e1d6b32070af08df4d470611cf5a4bff53e05b37b863a8a2cc57b3db43');
    expect(request.headers['X-Security-Token']).toBe('EXAMPLETOKEN');
    const authorization = parseAuthorization(request.headers['Authorization']!);
    expect(authorization?.signedHeaders.join(';')).toBe(
      'content-type;host;x-content-sha256;x-date;x-security-token',
    );
    expect(canonicalHash(request)).toBe('e822004c226ed842cca58a03be26d405707f1d7902cab50cbcc60d744c7620a1');
    expect(authorization?.signature).toBe('2790fde275506b626f6a791c2f8b4f0c5177e18ee1a408bfce990e896dd1d723');
  });
});
