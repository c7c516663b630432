import type { App } from '@slack/bolt';
import { SmsInputError } from '../core/index.ts';
import type { SlackSide } from './batch-commands.ts';
import { downloadSlackFile } from './slack-files.ts';

/** The Slack Web API calls of batch tasks: the files shared in a channel, and posts there and in threads. */
export function slackSide(
  app: App,
  options: { botToken: string; slackApiUrl?: string | undefined; log: (line: string) => void },
): SlackSide {
  return {
    files: {
      info: async (file) => {
        try {
          return (await app.client.files.info({ file })).file as Record<string, unknown>;
        } catch (err) {
          const code = (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;
          const message = `Slack could not find file ${file} (${code}); give the link of a CSV shared in this channel`;
          throw new SmsInputError(`file: ${message}`, [{ field: 'file', message }], {
            hint: 'The app needs the files:read scope: reinstall it after updating its manifest.',
          });
        }
      },
      list: async (channel, user) =>
        ((await app.client.files.list({ channel, user, count: 20 })).files ?? []) as Record<
          string,
          unknown
        >[],
    },
    download: (file, path) => downloadSlackFile(file, path, options),
    post: async (channel, message, threadTs) => {
      try {
        const answer = await app.client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks ?? [],
          ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
        });
        return answer.ts;
      } catch (err) {
        // not_in_channel and the like: the caller answers another way; the log says why.
        options.log(`warn: could not post in ${channel}: ${(err as Error).message}`);
        return undefined;
      }
    },
  };
}
