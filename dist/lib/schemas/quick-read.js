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
// SendLogEntrySchema's keys by the kind of value each takes (the test compares them with the schema's shape).
export const SEND_LOG_ENTRY_FIELDS = {
    text: ['SubAccount', 'Signature', 'TemplateId', 'ChannelType', 'Mobile', 'Content'],
    nullableText: ['ErrorCode', 'ErrorType', 'ErrorMessage'],
    int: ['Status', 'Count'],
    nullableInt: ['SendTime', 'ReceiptTime'],
};
const LIST_KEYS = keyLookup(['Total', 'List']);
const ENTRY_KEYS = keyLookup(['MessageId', ...Object.values(SEND_LOG_ENTRY_FIELDS).flat()]);
const isInt = (value) => Number.isSafeInteger(value);
function isUsualSendLogEntry(entry) {
    if (!isRecord(entry) || !spelledAsSchema(entry, ENTRY_KEYS) || typeof entry.MessageId !== 'string')
        return false;
    const { text, nullableText, int, nullableInt } = SEND_LOG_ENTRY_FIELDS;
    for (const key of text)
        if (entry[key] !== undefined && typeof entry[key] !== 'string')
            return false;
    for (const key of nullableText) {
        const value = entry[key];
        if (value !== undefined && value !== null && typeof value !== 'string')
            return false;
    }
    for (const key of int)
        if (entry[key] !== undefined && !isInt(entry[key]))
            return false;
    for (const key of nullableInt) {
        const value = entry[key];
        if (value !== undefined && value !== null && !isInt(value))
            return false;
    }
    return true;
}
/**
 * The usual send-log page, `{Total, List: [entries]}` in the schema's own spelling. Gives exactly what
 * SendLogListSchema gives (its entries are the parsed JSON's own objects, not copies: a page of the
 * `--all` export is read at the rate it arrives, and a copy per message is most of what that costs), or
 * undefined for anything else.
 */
export function quickSendLogList(value) {
    if (!isRecord(value) || !spelledAsSchema(value, LIST_KEYS))
        return undefined;
    const { Total, List } = value;
    if (Total !== undefined && !isInt(Total))
        return undefined;
    if (List !== undefined && List !== null && !Array.isArray(List))
        return undefined;
    const entries = (List ?? []);
    for (const entry of entries)
        if (!isUsualSendLogEntry(entry))
            return undefined;
    return { ...value, Total: Total ?? 0, List: entries };
}
