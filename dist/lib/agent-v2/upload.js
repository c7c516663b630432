import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import http, {} from 'node:http';
import { SmsApiError, SmsInputError, SmsNetworkError, SmsResponseValidationError, SmsTimeoutError, } from "../errors/errors.js";
/** The service's cap on a batch file (agent-v2 reference §3.3): 50 MiB. */
export const MAX_BATCH_FILE_BYTES = 50 * 1024 * 1024;
const UPLOAD_TIMEOUT_MS = 60_000;
const TOS_DOMAIN = '.volces.com';
/** A presigned URL as it may be shown: origin and path, never its query (a credential) or fragment. */
export function displayUploadUrl(url) {
    try {
        const parsed = typeof url === 'string' ? new URL(url) : url;
        return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    }
    catch {
        return '<not a URL>';
    }
}
/**
 * The upload URL if the client may send a file there: https on a host under `.volces.com` (TOS), or the
 * configured endpoint's own scheme and host (the sandbox serves uploads itself, over http when the
 * endpoint is http). No user info, no fragment.
 * @throws SmsResponseValidationError naming the host, never the query
 */
export function checkUploadUrl(url, endpoint) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new SmsResponseValidationError('GetUploadTosURL: the upload URL it returned is not a URL');
    }
    const shown = displayUploadUrl(target);
    if (target.username || target.password || target.hash) {
        throw new SmsResponseValidationError(`GetUploadTosURL: the upload URL ${shown} carries user info or a fragment; it is refused`);
    }
    const home = new URL(endpoint);
    const isEndpoint = target.protocol === home.protocol && target.host.toLowerCase() === home.host.toLowerCase();
    const isTos = target.protocol === 'https:' && target.hostname.toLowerCase().endsWith(TOS_DOMAIN);
    if (!isEndpoint && !isTos) {
        throw new SmsResponseValidationError(`GetUploadTosURL: the upload URL ${target.protocol}//${target.host} is neither https under ${TOS_DOMAIN} nor the endpoint's host; the file was not sent there`, { hint: 'Check VOLC_SMS_ENDPOINT: batch files go only to Volcengine TOS or to the endpoint itself.' });
    }
    return target;
}
/**
 * The size of a batch file, checked before anything is asked of the service: a readable, non-empty file
 * of at most 50 MiB.
 * @throws SmsInputError naming the `file` field
 */
export async function batchFileSize(path) {
    const fail = (message) => new SmsInputError(`file: ${message}`, [{ field: 'file', message }]);
    let info;
    try {
        info = await stat(path);
    }
    catch (err) {
        const code = err.code;
        throw fail(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
    }
    if (!info.isFile())
        throw fail(`${path} is not a file`);
    if (info.size === 0)
        throw fail(`${path} is empty`);
    if (info.size > MAX_BATCH_FILE_BYTES)
        throw fail(`${path} has ${info.size} bytes; the service takes at most ${MAX_BATCH_FILE_BYTES} (50 MiB)`);
    return info.size;
}
function failedPut(response, shown) {
    const status = response.statusCode ?? 0;
    const hint = status >= 300 && status < 400
        ? 'The storage answered with a redirect, which is refused: ask for a new upload URL.'
        : status === 403
            ? 'The upload URL expired (after five minutes) or was altered: ask for a new one and upload at once.'
            : 'Ask for a new upload URL and try again; nothing was stored under this key.';
    return new SmsApiError(`The batch file upload failed (HTTP ${status}) at ${shown}`, {
        status,
        apiCode: `HTTP${status}`,
        apiMessage: '',
        hint,
    });
}
// A few buffers, reused: streamed Buffers would each be garbage, and V8 collects those only after some
// 64 MB of them, so a 50 MB file read as a stream costs about its own size in RSS.
const CHUNK_BYTES = 256 * 1024;
const CHUNKS_IN_FLIGHT = 4;
/**
 * Writes `size` bytes of a file to the request through CHUNKS_IN_FLIGHT reused buffers (a buffer is read
 * into again only once the socket has taken its last chunk), then ends it. Hashes what it sends.
 */
async function streamFile(path, size, request, inspect) {
    const failed = new Promise((_resolve, reject) => {
        request.once('error', reject);
        request.once('close', () => reject(new Error('the connection closed')));
    });
    failed.catch(() => undefined);
    const handle = await open(path);
    const writes = [];
    try {
        const hash = createHash('sha256');
        const buffers = Array.from({ length: CHUNKS_IN_FLIGHT }, () => Buffer.allocUnsafe(CHUNK_BYTES));
        let bytes = 0;
        for (let index = 0; bytes < size; index++) {
            const slot = index % CHUNKS_IN_FLIGHT;
            if (writes[slot])
                await Promise.race([writes[slot], failed]);
            const buffer = buffers[slot];
            const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, size - bytes), bytes);
            if (bytesRead === 0)
                break; // The file shrank since it was measured.
            const chunk = buffer.subarray(0, bytesRead);
            hash.update(chunk);
            bytes += bytesRead;
            inspect?.write(chunk);
            if (bytes === size)
                inspect?.end();
            writes[slot] = new Promise((resolve, reject) => request.write(chunk, (err) => (err ? reject(err) : resolve())));
        }
        await Promise.race([Promise.all(writes), failed]);
        request.end();
        return { bytes, sha256: hash.digest('hex') };
    }
    catch (err) {
        // Writes still in flight fail with the destroyed request: that is this error's doing, not another.
        for (const write of writes)
            write?.catch(() => undefined);
        request.destroy();
        throw err;
    }
    finally {
        await handle.close();
    }
}
/**
 * PUTs a file to a presigned URL, streamed from disk through a few reused buffers (a 50 MB file costs a few MB of RSS), with only
 * `Content-Length` set. Any 2xx is success; a redirect is not followed. Errors show the URL without its
 * query. The file's SHA-256 is computed from the bytes as they are sent.
 */
export async function putBatchFile(url, file, settings, options = {}) {
    const target = checkUploadUrl(url, settings.endpoint);
    const shown = displayUploadUrl(target);
    const { size } = file;
    const timeoutMs = settings.timeoutMs ?? UPLOAD_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    // node:https loads only when needed (a plain-http client, the CLI against the sandbox, never pays for it).
    const module = target.protocol === 'https:' ? process.getBuiltinModule('node:https') : http;
    const agent = settings.proxy
        ? new module.Agent({ proxyEnv: { HTTP_PROXY: settings.proxy, HTTPS_PROXY: settings.proxy } })
        : undefined;
    const request = module.request(target, {
        method: 'PUT',
        headers: { 'Content-Length': String(size) },
        signal,
        ...(agent ? { agent } : {}),
    });
    const answered = new Promise((resolve, reject) => {
        request.once('response', resolve);
        request.once('error', reject);
    });
    const sending = streamFile(file.path, size, request, file.inspect);
    // The storage may answer (403) before the whole file is sent: its status says more than the broken pipe.
    const [sent, answer] = await Promise.allSettled([sending, answered]);
    agent?.destroy();
    // The inspector refused the file: the PUT was stopped before its last byte.
    if (sent.status === 'rejected' && sent.reason instanceof SmsInputError)
        throw sent.reason;
    if (answer.status === 'fulfilled') {
        const response = answer.value;
        response.resume();
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300)
            throw failedPut(response, shown);
        if (sent.status === 'rejected' || sent.value.bytes !== size) {
            const bytes = sent.status === 'fulfilled' ? sent.value.bytes : 'not all';
            throw new SmsNetworkError(`The batch file upload to ${shown} ended early (${bytes} of ${size} bytes sent)`, {
                hint: 'The file changed while it was sent, or the connection broke: ask for a new upload URL and try again.',
            });
        }
        return { size, sha256: sent.value.sha256, status };
    }
    const reason = answer.reason;
    if (timeout.aborted)
        throw new SmsTimeoutError(`The batch file upload to ${shown} got no answer within ${timeoutMs} ms`, {
            hint: 'Check the network (and HTTPS_PROXY), then ask for a new upload URL and try again.',
        });
    if (options.signal?.aborted)
        throw new SmsNetworkError('The batch file upload was aborted');
    throw new SmsNetworkError(`The batch file upload to ${shown} failed (${reason.code ?? 'connection error'})`, {
        hint: 'Check the network (and HTTPS_PROXY), then ask for a new upload URL and try again.',
    });
}
