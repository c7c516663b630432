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
 * The batch file rules (reference §3.3), the one checker of them for the CLI, the Action, the Slack app
 * and the sandbox's server-side check. Streamed, so a 50 MiB file of a million rows never sits in memory:
 * the header is `phone` and then the template's variables in template order; every row has exactly those
 * cells, none wholly blank; the phone is a mainland mobile (`+86` allowed, a bare `86` refused); no number
 * twice; no empty variable; 1 to 1,000,000 rows in at most 50 MiB of UTF-8 CSV (optional BOM). Defects are
 * counted (invalid rows, repeated numbers) and the first ones described with their line; the client side
 * treats every defect as fatal, the service counts them and sends the rest.
 */
/** How many defects are described by default; the rest are counted. */
const ISSUES_SHOWN = 20;
/** Every cell empty or spaces. */
function isBlank(record) {
    for (const cell of record)
        if (cell.trim() !== '')
            return false;
    return true;
}
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
/**
 * The checker fed chunk by chunk (a file read, an upload as it arrives): `write` each chunk, then `end`.
 * @throws SmsInputError from `write`/`end` when the bytes are not a CSV at all (too big, XLSX, not UTF-8,
 *   a broken quote): there are no rows to report on.
 */
export class BatchCsvCheck {
    #name;
    #rules;
    #hash = createHash('sha256');
    #decoder = new TextDecoder('utf-8', { fatal: true });
    #rows;
    #phones = new MobileNumberSet();
    #issues = [];
    #issueCount = 0;
    #expected;
    #columns;
    #size = 0;
    #totalCount = 0;
    #invalidCount = 0;
    #dupCount = 0;
    constructor(name, rules = {}) {
        this.#name = name;
        this.#rules = rules;
        if (rules.variableNames)
            this.#expected = ['phone', ...rules.variableNames];
        this.#rows = new CsvRows((cells, line) => this.#row(cells, line));
    }
    write(chunk) {
        const name = this.#name;
        if (this.#size === 0 && chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04)
            throw fileError(`${name} is an XLSX (zip) file; save it as CSV (UTF-8) first`);
        this.#size += chunk.length;
        if (this.#size > MAX_BATCH_FILE_BYTES)
            throw fileError(`${name} is larger than ${MAX_BATCH_FILE_BYTES} bytes (50 MiB)`);
        this.#hash.update(chunk);
        // The decoder drops a leading BOM and refuses bytes that are not UTF-8.
        this.#parse(() => this.#rows.write(this.#decoder.decode(chunk, { stream: true })));
    }
    end() {
        this.#parse(() => {
            this.#rows.write(this.#decoder.decode());
            this.#rows.end();
        });
        const columns = this.#columns;
        if (columns === undefined)
            throw fileError(`${this.#name} has no header`);
        const total = this.#totalCount;
        if (total === 0)
            this.#problem(2, 'rows', 'none: the file needs 1 to 1,000,000 numbers');
        if (total > MAX_BATCH_ROWS)
            this.#problem(MAX_BATCH_ROWS + 2, 'rows', `${total} rows; at most ${MAX_BATCH_ROWS}`);
        return {
            ok: this.#issueCount === 0,
            report: {
                fileSha256: this.#hash.digest('hex'),
                fileSize: this.#size,
                columns,
                totalCount: total,
                validCount: Math.min(total, MAX_BATCH_ROWS) - this.#invalidCount - this.#dupCount,
                invalidCount: this.#invalidCount,
                dupCount: this.#dupCount,
            },
            issues: this.#issues,
            issueCount: this.#issueCount,
        };
    }
    #parse(step) {
        try {
            step();
        }
        catch (error) {
            if (error instanceof CsvSyntaxError)
                throw fileError(`${this.#name} is not valid CSV: ${error.message}`);
            if (error instanceof TypeError)
                throw fileError(`${this.#name} is not UTF-8 text`);
            throw error;
        }
    }
    #problem(line, field, message) {
        this.#issueCount++;
        if (this.#issues.length < (this.#rules.issuesShown ?? ISSUES_SHOWN))
            this.#issues.push({ field: `line ${line} ${field}`, message });
    }
    #row(record, line) {
        if (this.#columns === undefined) {
            const columns = record.map((cell) => cell.trim());
            this.#columns = columns;
            const expected = (this.#expected ??= columns);
            if (columns.join('\u0000') !== expected.join('\u0000'))
                this.#problem(1, 'header', `is "${columns.join(',')}", the template needs "${expected.join(',')}"`);
            return;
        }
        const expected = this.#expected;
        this.#totalCount++;
        if (this.#totalCount > MAX_BATCH_ROWS)
            return;
        // A million rows pass here: no arrays or regex matches per row, and the blank test only for a row
        // already found wanting (a row with a mobile is not blank), so the young heap stays small.
        const cell = record[0].trim();
        const phone = record.length === expected.length ? mobileNumber(cell) : undefined;
        if (phone === undefined) {
            if (isBlank(record))
                return this.#invalid(line, 'row', 'is blank');
            if (record.length !== expected.length)
                return this.#invalid(line, 'row', `has ${record.length} cells, the header ${expected.length}`);
            return this.#invalid(line, 'phone', `"${maskPhone(cell)}" is not a mainland mobile (1[3-9] and 9 digits, +86 allowed)`);
        }
        for (let i = 1; i < expected.length; i++)
            if (record[i].trim() === '')
                return this.#invalid(line, expected[i], 'is empty');
        if (!this.#phones.add(phone)) {
            this.#dupCount++;
            this.#problem(line, 'phone', `${maskPhone(String(phone))} is on an earlier line too`);
            return;
        }
        const onRow = this.#rules.onRow;
        if (onRow !== undefined) {
            record[0] = String(phone);
            onRow(record, line);
        }
    }
    #invalid(line, field, message) {
        this.#invalidCount++;
        this.#problem(line, field, message);
    }
}
/**
 * What can be told of a batch file before reading it: a readable `.csv` file, not empty, at most 50 MiB.
 * @throws SmsInputError naming the `file` field and `name` (how to show the file; else its path)
 */
export async function assertBatchFile(path, name = path) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined || !info.isFile())
        throw fileError(`${name} does not exist or cannot be read`);
    if (info.size === 0)
        throw fileError(`${name} is empty`);
    if (info.size > MAX_BATCH_FILE_BYTES)
        throw fileError(`${name} has ${info.size} bytes; the service takes at most ${MAX_BATCH_FILE_BYTES} (50 MiB)`);
    if (!name.toLowerCase().endsWith('.csv'))
        throw fileError(`${name} does not end in .csv`);
}
async function open(source) {
    if ('stream' in source) {
        if (!source.name.toLowerCase().endsWith('.csv'))
            throw fileError(`${source.name} does not end in .csv`);
        return source;
    }
    const name = source.name ?? source.path;
    await assertBatchFile(source.path, name);
    return { name, stream: createReadStream(source.path) };
}
/**
 * Checks a batch file against the rules; returns the report and the first defects.
 * @throws SmsInputError when the file is not a CSV at all (missing, empty, too big, XLSX, not UTF-8, a
 *   broken quote): there are no rows to report on.
 */
export async function precheckBatchCsv(source, rules) {
    const { name, stream } = await open(source);
    const check = new BatchCsvCheck(name, rules);
    for await (const chunk of stream)
        check.write(chunk);
    return check.end();
}
/** A failed precheck as the one error a command reports: the first defects named, the rest counted. */
export function precheckError(check, hint) {
    const shown = check.issues.map((i) => `${i.field} ${i.message}`).join('; ');
    const more = check.issueCount > check.issues.length ? `; and ${check.issueCount - check.issues.length} more` : '';
    return new SmsInputError(`The batch file has ${check.issueCount} defect(s): ${shown}${more}`, check.issues, {
        hint: hint ?? 'Fix these rows (every defect is fatal) and run batch-precheck again.',
    });
}
