import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { MAX_BATCH_FILE_BYTES, SmsInputError } from '../core/index.ts';

/**
 * A CSV file shared in a channel, fetched with the bot token: `files.info` (or `files.list`, for the
 * user's newest CSV there) says what it is and where it is shared, and its `url_private_download` is read
 * with the token as a bearer, streamed to a local file. The token goes only to Slack's own hosts (or the
 * configured Web API's, e.g. a local fake); a redirect is refused rather than followed with it.
 */

export interface SlackFileInfo {
  id: string;
  name: string;
  size: number;
  downloadUrl: string;
}

export interface SlackFileApi {
  info(fileId: string): Promise<Record<string, unknown>>;
  /** The newest files of `userId` in `channelId`. */
  list(channelId: string, userId: string): Promise<Record<string, unknown>[]>;
}

const refuse = (message: string, hint?: string): never => {
  throw new SmsInputError(
    `file: ${message}`,
    [{ field: 'file', message }],
    hint === undefined ? {} : { hint },
  );
};

const isCsv = (file: Record<string, unknown>) =>
  file.filetype === 'csv' || /\.csv$/i.test(String(file.name ?? ''));

function sharedIn(file: Record<string, unknown>, channelId: string): boolean {
  const lists = [file.channels, file.groups, file.ims].filter(Array.isArray) as unknown[][];
  if (lists.some((ids) => ids.includes(channelId))) return true;
  const shares = (file.shares ?? {}) as Record<string, Record<string, unknown> | undefined>;
  return Object.values(shares).some((byChannel) => byChannel !== undefined && channelId in byChannel);
}

/** Which file a `batch create` means: the one named, or the user's newest CSV in the channel. */
export async function findSharedCsv(
  api: SlackFileApi,
  request: { fileId?: string | undefined; channelId: string; userId: string },
): Promise<SlackFileInfo> {
  let file: Record<string, unknown>;
  if (request.fileId !== undefined) {
    file = await api.info(request.fileId);
  } else {
    const newest = (await api.list(request.channelId, request.userId)).find(isCsv);
    if (newest === undefined)
      return refuse(
        'you have shared no CSV file in this channel yet',
        'Upload the CSV (phone, then one column per template variable) to this channel, then run the command again, or give file=<file link>.',
      );
    file = newest;
  }
  if (!isCsv(file)) refuse(`${String(file.name ?? request.fileId)} is not a CSV file (.csv)`);
  if (!sharedIn(file, request.channelId))
    refuse(
      'that file is not shared in this channel; share it here first (the task is created from this channel)',
    );
  const size = Number(file.size ?? 0);
  if (size > MAX_BATCH_FILE_BYTES)
    refuse(
      `${String(file.name)} has ${size} bytes; a batch file may have at most ${MAX_BATCH_FILE_BYTES} (50 MiB)`,
    );
  const downloadUrl = String(file.url_private_download ?? file.url_private ?? '');
  if (downloadUrl === '') refuse(`Slack gave no download link for ${String(file.name)}`);
  return { id: String(file.id), name: String(file.name ?? `${String(file.id)}.csv`), size, downloadUrl };
}

/** Slack's file hosts, or the configured Web API's own origin: the only places the bot token is sent. */
export function mayCarryBotToken(url: string, slackApiUrl: string | undefined): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (slackApiUrl !== undefined && new URL(slackApiUrl).origin === target.origin) return true;
  return target.protocol === 'https:' && /(^|\.)slack(-edge)?\.com$/i.test(target.hostname);
}

/** Streams the file to `path` (mode 600), at most 50 MiB; nothing of it is kept in memory or logged. */
export async function downloadSlackFile(
  file: SlackFileInfo,
  path: string,
  options: { botToken: string; slackApiUrl?: string | undefined; signal?: AbortSignal | undefined },
): Promise<number> {
  if (!mayCarryBotToken(file.downloadUrl, options.slackApiUrl))
    refuse(`the download link of ${file.name} is not on a Slack host; it was not fetched`);
  const res = await fetch(file.downloadUrl, {
    headers: { authorization: `Bearer ${options.botToken}` },
    redirect: 'manual',
    signal: options.signal ?? AbortSignal.timeout(120_000),
  });
  // Slack answers a token without files:read with its sign-in page (HTML), or a redirect to it.
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok || res.body === null || type.includes('text/html')) {
    await res.body?.cancel();
    refuse(
      `Slack did not hand out ${file.name} (HTTP ${res.status})`,
      'The app needs the files:read scope (reinstall it after updating the manifest), and the file must be shared in this channel.',
    );
  }
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > MAX_BATCH_FILE_BYTES)
        done(new Error(`the file is larger than ${MAX_BATCH_FILE_BYTES} bytes`));
      else done(null, chunk);
    },
  });
  await pipeline(
    Readable.fromWeb(res.body as WebReadableStream),
    cap,
    createWriteStream(path, { mode: 0o600 }),
  );
  return bytes;
}
