// Zod-free checks for the usual request and answer. Each gives exactly what its wire schema would, or
// says "not sure" (undefined / false) and leaves the decision to the schema; the schemas are then loaded on
// demand (wire-schemas.ts). test/core/quick-parse.test.ts (examples) and quick-read.property.test.ts
// (fast-check, generated values) hold every check to its schema.
export const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
// Each schema key, by its own spelling and by its lower-case form (the looseObject rule).
const keyLookup = (keys) => new Map(keys.flatMap((key) => [[key, key], [key.toLowerCase(), key]]));
const ENVELOPE_KEYS = keyLookup(['ResponseMetadata', 'Result']);
const METADATA_KEYS = keyLookup(['RequestId', 'Action', 'Version', 'Service', 'Region', 'Error']);
/** True when no key of `value` is another spelling of a schema key (which looseObject would respell). */
function spelledAsSchema(value, keys) {
    for (const key in value) {
        // The exact spelling is found without lower-casing; any other key is looked up by its lower case.
        const name = keys.get(key) ?? keys.get(key.toLowerCase());
        if (name !== undefined && name !== key)
            return false;
    }
    return true;
}
/**
 * A successful envelope in the schema's own spelling (no `Error`): every request reads one. Gives the
 * request id and `Result` exactly as EnvelopeSchema would, or undefined for anything else (an error,
 * another spelling, a wrong type), which the schema then decides.
 */
export function quickSuccessEnvelope(raw) {
    if (!isRecord(raw) || !spelledAsSchema(raw, ENVELOPE_KEYS))
        return undefined;
    const metadata = raw.ResponseMetadata;
    if (!isRecord(metadata) || !spelledAsSchema(metadata, METADATA_KEYS))
        return undefined;
    if (metadata.Error !== undefined)
        return undefined;
    const { RequestId, Action, Version, Service, Region } = metadata;
    for (const text of [Action, Version, Service, Region]) {
        if (text !== undefined && typeof text !== 'string')
            return undefined;
    }
    if (RequestId !== undefined && typeof RequestId !== 'string')
        return undefined;
    return { requestId: RequestId ?? '', result: raw.Result };
}
/**
 * The usual send answer, `{ MessageIds: [...strings] }` with no other id key. Gives exactly what
 * SendSmsResultSchema gives, or undefined for anything else (another spelling, a wrong type).
 */
export function quickSendSmsResult(value) {
    if (!isRecord(value))
        return undefined;
    const ids = value.MessageIds;
    if (!Array.isArray(ids))
        return undefined;
    for (const id of ids)
        if (typeof id !== 'string')
            return undefined;
    for (const key in value) {
        const lower = key.toLowerCase();
        if (lower === 'messageid' || (lower === 'messageids' && key !== 'MessageIds'))
            return undefined;
    }
    return { ...value, MessageIds: [...ids] };
}
/** The keys of SendSmsForAgentBodySchema (the test compares them with the schema's shape). */
export const SEND_SMS_FOR_AGENT_BODY_KEYS = new Set([
    'SubAccount',
    'Signature',
    'TemplateId',
    'Mobiles',
    'TemplateParam',
    'Account',
]);
const isFilled = (value) => typeof value === 'string' && value.length > 0;
const isOptionalText = (value) => value === undefined || typeof value === 'string';
/**
 * True when SendSmsForAgentBodySchema would accept `body` unchanged: only its keys, every field valid.
 * False means "ask the schema", which then names what is wrong.
 */
export function sendSmsForAgentBodyPasses(body) {
    if (!isRecord(body))
        return false;
    for (const key in body)
        if (!SEND_SMS_FOR_AGENT_BODY_KEYS.has(key))
            return false;
    return (isFilled(body.SubAccount) &&
        isFilled(body.Signature) &&
        isFilled(body.TemplateId) &&
        isFilled(body.Mobiles) &&
        isOptionalText(body.TemplateParam) &&
        isOptionalText(body.Account));
}
