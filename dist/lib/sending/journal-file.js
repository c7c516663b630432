import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SmsInputError } from "../errors/errors.js";
/**
 * A send journal as a file of JSON lines, mode 0600 (it holds phone numbers). Each record is written
 * and fdatasync'ed before `append` resolves, one at a time in call order.
 */
function journalError(message, hint) {
    return new SmsInputError(`journal: ${message}`, [{ field: 'journal', message }], { hint });
}
function fileStore(file, handle) {
    let queue = Promise.resolve();
    return {
        append(record) {
            const line = `${JSON.stringify(record)}\n`;
            const written = queue.then(async () => {
                await handle.write(line);
                await handle.datasync();
            });
            queue = written.catch(() => undefined);
            return written;
        },
        read: () => readJournalFile(file),
        close: async () => {
            await queue;
            await handle.close();
        },
    };
}
/** A new journal; an existing file is refused (it may be the journal of a send not yet resumed). */
export async function createFileJournal(file) {
    let handle;
    try {
        handle = await open(file, 'wx', 0o600);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST') {
            throw journalError(`${file} already exists`, `Resume that send with --resume ${file}, or give a new file name to --journal.`);
        }
        throw journalError(`cannot create ${file} (${code ?? 'error'})`, 'Give a writable path to --journal.');
    }
    // The new name itself must survive a crash too.
    const dir = await open(path.dirname(file), 'r').catch(() => undefined);
    await dir?.sync().catch(() => undefined);
    await dir?.close();
    return fileStore(file, handle);
}
/** An existing journal, appended to by a resume. */
export async function openFileJournal(file) {
    await readJournalFile(file);
    const handle = await open(file, 'a', 0o600);
    return fileStore(file, handle);
}
/** Every record of a journal file; a torn last line (the writer was killed mid-write) is left out. */
export async function readJournalFile(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw journalError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`, 'Give the file that --journal wrote.');
    }
    const lines = text.split('\n');
    const records = [];
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (line === '')
            continue;
        try {
            records.push(JSON.parse(line));
        }
        catch {
            if (index === lines.length - 1)
                break;
            throw journalError(`${file} line ${index + 1} is not a journal record`, 'Give the file that --journal wrote, unedited.');
        }
    }
    if (records[0]?.type !== 'start') {
        throw journalError(`${file} is not a volc-sms send journal`, 'Give the file that --journal wrote.');
    }
    return records;
}
