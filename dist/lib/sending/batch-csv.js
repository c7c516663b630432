import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { MAX_BATCH_FILE_BYTES } from "../agent-v2/upload.js";
import { SmsInputError } from "../errors/errors.js";
import { maskPhone, normalizePhone } from "./phone.js";
import { MobileNumberSet } from "./number-set.js";
/**
 * Streams a batch task's file (agent-v2 reference §3.3) from recipients and their parameters: header
 * `phone` then the template's variables in template order, one row a number, UTF-8, CRLF, `"` quoting.
 * Rows are checked as they pass (a mainland mobile, each number once, every variable non-empty, nothing
 * else), and the file's limits too (1,000,000 rows, 50 MiB); the first defect throws SmsInputError naming
 * the row, so a consumer writing the file stops before anything is uploaded. Memory stays flat: text goes
 * out in ~64 KiB pieces encoded into one reused buffer and the numbers seen are kept as doubles (MobileNumberSet).
 */
/** The service's cap on a task's numbers. */
export const MAX_BATCH_ROWS = 1_000_000;
const BUFFER_BYTES = 64 * 1024;
const MAINLAND = /^1[3-9]\d{9}$/;
function csvCell(value) {
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function rowError(position, mobile, message, hint) {
    const text = `#${position} ${maskPhone(mobile)}: ${message}`;
    return new SmsInputError(`batch file: ${text}`, [{ field: 'mobiles', message: text }], { hint });
}
const FIX_AND_RETRY = 'Fix the recipient named above; nothing was uploaded or sent.';
/** A number as normalizePhone writes it, or the row's error. */
function normalized(position, input) {
    const phone = normalizePhone(input);
    if (!phone.ok)
        throw rowError(position, input, phone.reason, FIX_AND_RETRY);
    return phone.mobile;
}
/** The file's text, in pieces, with `stats` filled as it goes (final once iteration ends). */
export class BatchCsv {
    #source;
    #variables;
    #duplicates;
    #stats = { rows: 0, bytes: 0, duplicates: 0 };
    constructor(source, options) {
        this.#source = source;
        this.#variables = options.variables;
        this.#duplicates = options.duplicates ?? 'error';
        const clash = options.variables.find((name, i) => name === 'phone' || options.variables.indexOf(name) !== i);
        if (clash !== undefined || options.variables.some((name) => name.trim() === '')) {
            const message = `the variables ${JSON.stringify(options.variables)} cannot head a batch file (empty, repeated or "phone")`;
            throw new SmsInputError(`template: ${message}`, [{ field: 'template-id', message }]);
        }
    }
    get stats() {
        return this.#stats;
    }
    /** The same text as a Node stream (for `pipeline` into a file or a request). */
    toReadable() {
        return Readable.from(this, { objectMode: false, encoding: 'utf8' });
    }
    /**
     * Writes the file to `path` (created, mode 0600: it holds phone numbers), straight from the encoding
     * buffer. Removes nothing on failure.
     */
    async writeFile(path, options = {}) {
        const handle = await open(path, 'wx', 0o600);
        try {
            for await (const bytes of this.#encoded()) {
                options.signal?.throwIfAborted();
                await handle.write(bytes);
            }
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        return { ...this.#stats };
    }
    async *[Symbol.asyncIterator]() {
        for await (const bytes of this.#encoded())
            yield bytes.toString('utf8');
    }
    /**
     * The file's bytes, encoded row by row into one reused buffer: each yielded view is valid only until
     * the next step. Concatenating strings instead keeps every row of a piece alive across collections,
     * which costs some 60 MB of heap at a million rows.
     */
    async *#encoded() {
        const stats = this.#stats;
        const seen = new MobileNumberSet();
        let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
        let used = buffer.write(`${['phone', ...this.#variables].map(csvCell).join(',')}\r\n`);
        let lastParams = null;
        let lastCells = '';
        let position = 0;
        // A plain iterable is walked without a promise a row (the `for await` of a million rows costs tens
        // of MB of young heap); an async one is awaited.
        const source = this.#source;
        const sync = Symbol.iterator in source;
        const rows = sync ? source[Symbol.iterator]() : source[Symbol.asyncIterator]();
        for (;;) {
            const step = sync ? rows.next() : await rows.next();
            if (step.done === true)
                break;
            const row = step.value;
            position += 1;
            const mobile = MAINLAND.test(row.mobile) ? row.mobile : normalized(position, row.mobile);
            if (!MAINLAND.test(mobile)) {
                throw rowError(position, mobile, 'the batch engine takes mainland mobiles only', 'Send international numbers as direct requests (--engine direct); nothing was uploaded or sent.');
            }
            if (!seen.add(Number(mobile))) {
                if (this.#duplicates === 'skip') {
                    stats.duplicates += 1;
                    continue;
                }
                throw rowError(position, mobile, 'repeats an earlier row; give each number once', FIX_AND_RETRY);
            }
            if (stats.rows === MAX_BATCH_ROWS) {
                throw rowError(position, mobile, `a batch task takes at most ${MAX_BATCH_ROWS} numbers`, 'Split the recipients into several tasks; nothing was uploaded or sent.');
            }
            // One message for everyone passes the same object: its cells are encoded once.
            if (row.params !== lastParams) {
                lastCells = this.#cells(position, mobile, row.params);
                lastParams = row.params;
            }
            // UTF-8 takes at most 3 bytes a UTF-16 unit; the mobile and CRLF are ASCII.
            const most = mobile.length + lastCells.length * 3 + 2;
            if (used + most > buffer.length) {
                if (used > 0) {
                    stats.bytes += used;
                    yield buffer.subarray(0, used);
                    used = 0;
                }
                if (most > buffer.length)
                    buffer = Buffer.allocUnsafe(most);
            }
            let end = used + buffer.write(mobile, used, 'latin1');
            if (lastCells.length > 0)
                end += buffer.write(lastCells, end);
            end += buffer.write('\r\n', end, 'latin1');
            if (stats.bytes + end > MAX_BATCH_FILE_BYTES) {
                throw rowError(position, mobile, `the file would pass the service's ${MAX_BATCH_FILE_BYTES} bytes (50 MiB)`, 'Split the recipients into several tasks, or shorten the values; nothing was uploaded or sent.');
            }
            used = end;
            stats.rows += 1;
        }
        if (stats.rows === 0) {
            const message = 'a batch task needs at least one recipient';
            throw new SmsInputError(`batch file: ${message}`, [{ field: 'mobiles', message }]);
        }
        stats.bytes += used;
        yield buffer.subarray(0, used);
    }
    /** `,value,value…` in header order, or the first defect of the row's parameters. */
    #cells(position, mobile, params) {
        const values = params ?? {};
        // A params object per row passes here a million times: no key array, no message built unless thrown.
        for (const name in values) {
            if (!Object.hasOwn(values, name) || this.#variables.includes(name))
                continue;
            const expected = this.#variables.length === 0 ? 'none' : this.#variables.join(', ');
            throw rowError(position, mobile, `"${name}" is not a variable of the template (its variables: ${expected})`, FIX_AND_RETRY);
        }
        let cells = '';
        for (const name of this.#variables) {
            const value = values[name];
            // The value is never quoted back: it may be a code or a number.
            if (typeof value !== 'string' || value.trim() === '') {
                const problem = value === undefined ? 'has no value' : typeof value === 'string' ? 'is empty' : 'is not a string';
                throw rowError(position, mobile, `variable "${name}" ${problem}`, FIX_AND_RETRY);
            }
            cells += `,${csvCell(value)}`;
        }
        return cells;
    }
}
/** Streams a batch file from recipients and their parameters (see BatchCsv). */
export function batchCsv(source, options) {
    return new BatchCsv(source, options);
}
