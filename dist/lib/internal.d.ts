export { signRequest, sha256Hex, canonicalRequest, canonicalQueryString, computeSignature, credentialScope, stringToSign, signingKey, SigningKeyCache, formatXDate, parseAuthorization, uriEncode, EMPTY_BODY_SHA256, SIGNING_ALGORITHM, } from './signing/sign.ts';
export type { SigningCredentials, RequestToSign, SigningContext, SignedHeaders, ParsedAuthorization, } from './signing/sign.ts';
export { buildRequest } from './signing/build-request.ts';
export type { WireCall, HttpRequestSpec, BuildContext } from './signing/build-request.ts';
export { isRecord, quickSuccessEnvelope, quickSendSmsResult, quickSendLogList, sendSmsForAgentBodyPasses, SEND_LOG_ENTRY_FIELDS, SEND_SMS_FOR_AGENT_BODY_KEYS, } from './schemas/quick-read.ts';
export { proxyFromEnv, bypassesProxy, proxySecrets } from './http/proxy.ts';
export { MobileNumberSet } from './sending/number-set.ts';
export { instantOf, zoneOffsetMinutes } from './time/time-zone.ts';
export { SendSmsBodySchema as ClientSendSmsBodySchema, SendBatchSmsBodySchema as ClientSendBatchSmsBodySchema, } from './schemas/classic.ts';
