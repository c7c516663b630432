import { AGENT_VERSION } from "../dialects/api-versions.js";
// The media types a CSV success of TemplateUploadDemo may carry (agent-v2 reference §2.7).
const CSV_MEDIA_TYPES = new Set([
    'application/octet-stream',
    'application/csv',
    'application/vnd.ms-excel',
    'text/comma-separated-values',
    'text/csv',
]);
const DEFAULT_FILE_NAME = 'TemplateUploadDemo.csv';
const header = (response, name) => {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
};
/** The file name a Content-Disposition gives (`filename*` per RFC 5987 first), without any directory. */
export function dispositionFileName(disposition) {
    if (!disposition)
        return DEFAULT_FILE_NAME;
    let name;
    const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
    if (extended) {
        try {
            name = decodeURIComponent(extended[2].trim());
        }
        catch {
            name = undefined;
        }
    }
    if (name === undefined) {
        const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(disposition);
        name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2];
    }
    const base = name?.split(/[/\\]/).pop()?.trim();
    return base ? base : DEFAULT_FILE_NAME;
}
/**
 * A CSV success turned into the envelope a JSON answer would have been, `{fileName, value, contentType,
 * size}` (§2.7): only a 2xx with a non-empty body that is not JSON, one of the CSV media types, valid UTF-8
 * (a BOM allowed) and `phone` as its first cell. Anything else is left for the usual reading, which reports
 * a non-JSON body as an invalid answer.
 */
export function csvAnswerAsEnvelope(response) {
    const { status, body } = response;
    if (status < 200 || status >= 300 || body === '')
        return undefined;
    try {
        JSON.parse(body);
        return undefined;
    }
    catch {
        // Not JSON: possibly the CSV file.
    }
    const contentType = header(response, 'content-type') ?? '';
    if (!CSV_MEDIA_TYPES.has(contentType.split(';')[0]?.trim().toLowerCase() ?? ''))
        return undefined;
    // The engine decodes UTF-8; a byte sequence that is not UTF-8 comes out as U+FFFD.
    if (body.includes('\uFFFD'))
        return undefined;
    const text = body.startsWith('\uFEFF') ? body.slice(1) : body;
    const firstCell = /^("?)([^,\r\n"]*)\1(?:[,\r\n]|$)/.exec(text)?.[2];
    if (firstCell !== 'phone')
        return undefined;
    const envelope = {
        ResponseMetadata: {
            RequestId: header(response, 'x-tt-logid') ?? header(response, 'x-request-id') ?? '',
            Action: 'TemplateUploadDemo',
            Version: AGENT_VERSION,
        },
        Result: {
            fileName: dispositionFileName(header(response, 'content-disposition')),
            value: text,
            contentType,
            size: Buffer.byteLength(body),
        },
    };
    return {
        status,
        headers: { ...response.headers, 'content-type': 'application/json' },
        body: JSON.stringify(envelope),
    };
}
/** An engine that reads a CSV success as its envelope; every other answer passes unchanged. */
export function acceptingCsvAnswers(engine) {
    return {
        send: async (request) => {
            const response = await engine.send(request);
            return csvAnswerAsEnvelope(response) ?? response;
        },
        close: () => engine.close(),
    };
}
