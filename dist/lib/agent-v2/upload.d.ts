import type { CallOptions } from '../types.ts';
/** The service's cap on a batch file (agent-v2 reference §3.3): 50 MiB. */
export declare const MAX_BATCH_FILE_BYTES: number;
export interface UploadBatchFileInput {
    /** A CSV file on disk; it is streamed, never read into memory whole. */
    path: string;
    /** Sees the file as it is sent, so it is read once (a batch file check; see UploadInspector). */
    inspect?: UploadInspector | undefined;
}
/**
 * Sees each chunk of a file as it is sent; `end` runs before the last chunk goes (with Content-Length
 * set, the last byte completes the upload). A throw from either stops the PUT, so the storage never
 * holds the file, and is what the upload throws.
 */
export interface UploadInspector {
    write(chunk: Uint8Array): void;
    end(): void;
}
export interface UploadSettings {
    /** The client's proxy, if any (credentials allowed; never reported). */
    proxy?: string | undefined;
    /** Per upload, from connect to the answer. @default 60000 */
    timeoutMs?: number | undefined;
}
/** What the PUT sent: the file's size and SHA-256 as they went out, and the storage's HTTP status. */
export interface BatchFilePut {
    size: number;
    sha256: string;
    status: number;
}
export interface BatchFileUpload extends BatchFilePut {
    /** The object key, SetBatchTask's `fileUrl`. */
    file: string;
    /** GetUploadTosURL's request id. */
    requestId: string;
}
/** A presigned URL as it may be shown: origin and path, never its query (a credential) or fragment. */
export declare function displayUploadUrl(url: string | URL): string;
/**
 * The upload URL if the client may send a file there: https on a host under `.volces.com` (TOS), or the
 * configured endpoint's own scheme and host (the sandbox serves uploads itself, over http when the
 * endpoint is http). No user info, no fragment.
 * @throws SmsResponseValidationError naming the host, never the query
 */
export declare function checkUploadUrl(url: string, endpoint: string): URL;
/**
 * The size of a batch file, checked before anything is asked of the service: a readable, non-empty file
 * of at most 50 MiB.
 * @throws SmsInputError naming the `file` field
 */
export declare function batchFileSize(path: string): Promise<number>;
/**
 * PUTs a file to a presigned URL, streamed from disk through a few reused buffers (a 50 MB file costs a few MB of RSS), with only
 * `Content-Length` set. Any 2xx is success; a redirect is not followed. Errors show the URL without its
 * query. The file's SHA-256 is computed from the bytes as they are sent.
 */
export declare function putBatchFile(url: string, file: {
    path: string;
    size: number;
    inspect?: UploadInspector | undefined;
}, settings: UploadSettings & {
    endpoint: string;
}, options?: CallOptions): Promise<BatchFilePut>;
