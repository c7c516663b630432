import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SmsConfigError } from "../errors/errors.js";
/**
 * The consent ledger in a directory, for processes that live one call (the CLI) and for the MCP server,
 * so both see the same "already used" memory. One small JSON file per record, private to the user:
 * `<id>.preview.json` (rewritten through a rename) and `<id>.submit.<n>.json` (created exclusively, the
 * cross-process lock that lets two racing submits send once). Files older than a week are removed.
 */
/** Records older than this are deleted on the next preview. */
const RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** `VOLC_SMS_STATE_DIR`, else `$XDG_STATE_HOME/volc-sms`, else `~/.local/state/volc-sms`. */
export function defaultLedgerDir(env) {
    if (env.VOLC_SMS_STATE_DIR)
        return env.VOLC_SMS_STATE_DIR;
    if (env.XDG_STATE_HOME)
        return path.join(env.XDG_STATE_HOME, 'volc-sms');
    const home = env.HOME ?? env.USERPROFILE;
    if (!home) {
        throw new SmsConfigError('No directory for the consent ledger: HOME is not set', {
            hint: 'Set VOLC_SMS_STATE_DIR to a private directory.',
        });
    }
    return path.join(home, '.local', 'state', 'volc-sms');
}
export function fileLedgerStore(dir, now = Date.now) {
    const ledgerDir = path.join(dir, 'consent');
    const file = (name) => path.join(ledgerDir, name);
    let ready;
    const ensureDir = () => (ready ??= mkdir(ledgerDir, { recursive: true, mode: 0o700 }).then(() => undefined, (error) => {
        ready = undefined;
        throw new SmsConfigError(`Cannot create the consent ledger directory ${ledgerDir}`, {
            cause: error,
            hint: 'Set VOLC_SMS_STATE_DIR to a writable private directory.',
        });
    }));
    const readJson = async (name) => {
        try {
            return JSON.parse(await readFile(file(name), 'utf8'));
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            // A record being written by another process reads as empty: it is in flight.
            if (error instanceof SyntaxError)
                return { state: 'in-flight', at: now() };
            throw error;
        }
    };
    const prune = async () => {
        const names = await readdir(ledgerDir).catch(() => []);
        const cutoff = now() - RETENTION_MS;
        await Promise.all(names.map(async (name) => {
            const info = await stat(file(name)).catch(() => undefined);
            if (info !== undefined && info.mtimeMs < cutoff)
                await rm(file(name), { force: true });
        }));
    };
    return {
        readPreview: (id) => readJson(`${id}.preview.json`),
        async writePreview(id, record) {
            await ensureDir();
            const temp = file(`${id}.preview.${process.pid}.tmp`);
            await writeFile(temp, JSON.stringify(record), { mode: 0o600 });
            await rename(temp, file(`${id}.preview.json`));
            await prune();
        },
        async readSubmits(id) {
            const records = [];
            for (let n = 1;; n++) {
                const record = await readJson(`${id}.submit.${n}.json`);
                if (record === undefined)
                    return records;
                records.push(record);
            }
        },
        async createSubmit(id, n, record) {
            await ensureDir();
            try {
                await writeFile(file(`${id}.submit.${n}.json`), JSON.stringify(record), { flag: 'wx', mode: 0o600 });
                return true;
            }
            catch (error) {
                if (error.code === 'EEXIST')
                    return false;
                throw error;
            }
        },
        async updateSubmit(id, n, record) {
            const temp = file(`${id}.submit.${n}.${process.pid}.tmp`);
            await writeFile(temp, JSON.stringify(record), { mode: 0o600 });
            await rename(temp, file(`${id}.submit.${n}.json`));
        },
    };
}
