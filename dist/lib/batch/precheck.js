import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { MAX_BATCH_FILE_BYTES } from "../agent-v2/upload.js";
import { SmsInputError } from "../errors/errors.js";
import { maskPhone } from "../sending/phone.js";
import { CsvRows, CsvSyntaxError } from "./csv-rows.js";
import { MAX_BATCH_ROWS } from "../sending/batch-csv.js";
import { MobileNumberSet } from "../sending/number-set.js";
/**
 * The batch file rules (reference §3.3), checked locally and streamed, so a 50 MiB file of a million rows
 * never sits in memory: the header is `phone` and then the template's variables in template order; every
 * row has exactly those cells, none wholly blank; the phone is a mainland mobile (`+86` allowed, a bare
 * `86` refused); no number twice; no empty variable; 1 to 1,000,000 rows in at most 50 MiB of UTF-8 CSV
 * (optional BOM). Every defect is fatal, as in the skill. One validator for the CLI, the Action and the
 * Slack app.
 */
/** How many defects are described; the rest are counted. */
const ISSUES_SHOWN = 20;
/** `1[3-9]` and nine digits after an optional `+86` (a bare `86` is refused), as a number; else undefined. */
function mobileNumber(cell) {
    const start = cell.startsWith('+86') ? 3 : 0;
    if (cell.length - start !== 11 || cell.charCodeAt(start) !== 0x31)
        return undefined;
    const second = cell.charCodeAt(start + 1);
    if (second < 0x33 || second > 0x39)
        return undefined;
    let value = 0;
    for (let i = start; i < cell.length; i++) {
        const digit = cell.charCodeAt(i) - 0x30;
        if (digit < 0 || digit > 9)
            return undefined;
        value = value * 10 + digit;
    }
    return value;
}
const fileError = (message) => new SmsInputError(`file: ${message}`, [{ field: 'file', message }], {
    hint: 'Give a UTF-8 CSV with the header phone,<the template variables in order> (batch-template-demo shows it).',
});
async function open(source) {
    if ('stream' in source)
        return source;
    const info = await stat(source.path).catch(() => undefined);
    if (info === undefined || !info.isFile())
        throw fileError(`${source.path} is not a readable file`);
    if (info.size === 0)
        throw fileError(`${source.path} is empty`);
    if (info.size > MAX_BATCH_FILE_BYTES)
        throw fileError(`${source.path} has ${info.size} bytes; the service takes at most ${MAX_BATCH_FILE_BYTES} (50 MiB)`);
    return { name: source.path, stream: createReadStream(source.path), size: info.size };
}
/**
 * Checks a batch file against the rules; returns the report and the first defects.
 * @throws SmsInputError when the file is not a CSV at all (missing, empty, too big, XLSX, not UTF-8, a
 *   broken quote): there are no rows to report on.
 */
export async function precheckBatchCsv(source, rules) {
    const { name, stream } = await open(source);
    if (!name.toLowerCase().endsWith('.csv'))
        throw fileError(`${name} does not end in .csv`);
    const expected = ['phone', ...rules.variableNames];
    const hash = createHash('sha256');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const issues = [];
    let issueCount = 0;
    const problem = (line, field, message) => {
        issueCount++;
        if (issues.length < ISSUES_SHOWN)
            issues.push({ field: `line ${line} ${field}`, message });
    };
    const phones = new MobileNumberSet();
    let size = 0;
    let columns;
    let totalCount = 0;
    let invalidCount = 0;
    let dupCount = 0;
    const checkRow = (record, line) => {
        if (columns === undefined) {
            columns = record.map((cell) => cell.trim());
            if (columns.join('\u0000') !== expected.join('\u0000'))
                problem(1, 'header', `is "${columns.join(',')}", the template needs "${expected.join(',')}"`);
            return;
        }
        totalCount++;
        if (totalCount > MAX_BATCH_ROWS)
            return;
        // A million rows pass here: no arrays or regex matches per row, so the young heap stays small.
        let blank = true;
        for (const cell of record)
            if (cell.trim() !== '')
                blank = false;
        if (blank) {
            invalidCount++;
            problem(line, 'row', 'is blank');
            return;
        }
        if (record.length !== expected.length) {
            invalidCount++;
            problem(line, 'row', `has ${record.length} cells, the header ${expected.length}`);
            return;
        }
        const cell = record[0].trim();
        const phone = mobileNumber(cell);
        if (phone === undefined) {
            invalidCount++;
            problem(line, 'phone', `"${maskPhone(cell)}" is not a mainland mobile (1[3-9] and 9 digits, +86 allowed)`);
            return;
        }
        for (let i = 1; i < expected.length; i++) {
            if (record[i].trim() !== '')
                continue;
            invalidCount++;
            problem(line, expected[i], 'is empty');
            return;
        }
        if (!phones.add(phone)) {
            dupCount++;
            problem(line, 'phone', `${maskPhone(String(phone))} is on an earlier line too`);
        }
    };
    const rows = new CsvRows(checkRow);
    let first = true;
    try {
        for await (const chunk of stream) {
            if (first && chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04)
                throw fileError(`${name} is an XLSX (zip) file; save it as CSV (UTF-8) first`);
            first = false;
            size += chunk.length;
            if (size > MAX_BATCH_FILE_BYTES)
                throw fileError(`${name} is larger than ${MAX_BATCH_FILE_BYTES} bytes (50 MiB)`);
            hash.update(chunk);
            // The decoder drops a leading BOM and refuses bytes that are not UTF-8.
            rows.write(decoder.decode(chunk, { stream: true }));
        }
        rows.write(decoder.decode());
        rows.end();
    }
    catch (error) {
        if (error instanceof CsvSyntaxError)
            throw fileError(`${name} is not valid CSV: ${error.message}`);
        if (error instanceof TypeError)
            throw fileError(`${name} is not UTF-8 text`);
        throw error;
    }
    if (columns === undefined)
        throw fileError(`${name} has no header`);
    if (totalCount === 0)
        problem(2, 'rows', 'none: the file needs 1 to 1,000,000 numbers');
    if (totalCount > MAX_BATCH_ROWS)
        problem(MAX_BATCH_ROWS + 2, 'rows', `${totalCount} rows; at most ${MAX_BATCH_ROWS}`);
    const validCount = Math.min(totalCount, MAX_BATCH_ROWS) - invalidCount - dupCount;
    return {
        ok: issueCount === 0,
        report: {
            fileSha256: hash.digest('hex'),
            fileSize: size,
            columns,
            totalCount,
            validCount,
            invalidCount,
            dupCount,
        },
        issues,
        issueCount,
    };
}
/** A failed precheck as the one error a command reports: the first defects named, the rest counted. */
export function precheckError(check) {
    const shown = check.issues.map((i) => `${i.field} ${i.message}`).join('; ');
    const more = check.issueCount > check.issues.length ? `; and ${check.issueCount - check.issues.length} more` : '';
    return new SmsInputError(`The batch file has ${check.issueCount} defect(s): ${shown}${more}`, check.issues, { hint: 'Fix these rows (every defect is fatal) and run batch-precheck again.' });
}
