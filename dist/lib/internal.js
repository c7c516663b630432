// What only the sandbox (it verifies what the client signs) and the tests need: not part of the public API,
// so it may change with the client. Entry points other than the sandbox import src/core/index.ts alone
// (ESLint enforces it).
// Every export is named on purpose; nothing is re-exported with `export *`.
// Signing parts: the client signs with signRequest; the sandbox verifies with the same parts.
export { signRequest, sha256Hex, canonicalRequest, canonicalQueryString, computeSignature, credentialScope, stringToSign, signingKey, SigningKeyCache, formatXDate, parseAuthorization, uriEncode, EMPTY_BODY_SHA256, SIGNING_ALGORITHM, } from "./signing/sign.js";
export { buildRequest } from "./signing/build-request.js";
// The hand-written readers of the usual send's answer, held to the zod schemas by tests.
export { isRecord, quickSuccessEnvelope, quickSendSmsResult, quickSendLogList, sendSmsForAgentBodyPasses, SEND_LOG_ENTRY_FIELDS, SEND_SMS_FOR_AGENT_BODY_KEYS, } from "./schemas/quick-read.js";
// Proxy choice from the environment, tested on its own.
export { proxyFromEnv, bypassesProxy, proxySecrets } from "./http/proxy.js";
// The batch file's number set (tests compare it with a Set).
export { MobileNumberSet } from "./sending/number-set.js";
// The zone arithmetic behind the public time functions: the sandbox buckets its stats by the service's
// (Asia/Shanghai) days with it.
export { instantOf, zoneOffsetMinutes } from "./time/time-zone.js";
// The classic send bodies our client sends: the sandbox widens them to what any SDK may send.
export { SendSmsBodySchema as ClientSendSmsBodySchema, SendBatchSmsBodySchema as ClientSendBatchSmsBodySchema, } from "./schemas/classic.js";
