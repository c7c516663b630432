import { readFileSync } from 'node:fs';
import { SmsConfigError, parseEnvFile } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import type { CommandContext, Env } from '../context.ts';

const NAME = 'slack';

/**
 * The Slack app reads everything from its environment. The CLI's global flags are folded in: --endpoint and
 * --api as VOLC_SMS_ENDPOINT / VOLC_SMS_API, and --env-file's variables under the real environment (which
 * wins), so SLACK_* tokens can live in the same file as the SMS credentials.
 */
function slackEnvironment(context: CommandContext): Env {
  let fromFile: Record<string, string | undefined> = {};
  if (context.global.envFile !== undefined) {
    const file = context.resolvePath(context.global.envFile);
    try {
      fromFile = parseEnvFile(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new SmsConfigError(`Cannot read the env file ${file}`, {
        cause: error,
        hint: 'Check the --env-file path.',
      });
    }
  }
  return {
    ...fromFile,
    ...context.env,
    ...(context.global.endpoint === undefined ? {} : { VOLC_SMS_ENDPOINT: context.global.endpoint }),
    ...(context.global.api === undefined ? {} : { VOLC_SMS_API: context.global.api }),
  };
}

export const slackCommand: CommandSpec = {
  name: NAME,
  summary: 'Run the Slack app (/sms send, stats, log, schedule, audit) until Ctrl-C.',
  description: [
    'Configured by environment variables: SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET (HTTP mode on PORT)',
    'or SLACK_APP_TOKEN (Socket Mode); SMS_SLACK_CONFIG names the permissions file; SMS credentials as for',
    'every other command. See docs/slack.md.',
  ],
  group: 'tool',
  flags: {},
  examples: ['SLACK_BOT_TOKEN=xoxb-… SLACK_APP_TOKEN=xapp-… SMS_SLACK_CONFIG=slack.json volc-sms slack'],
  async run(context) {
    // Listen for Ctrl-C before anything starts: a signal that arrives during start-up still stops it cleanly.
    const shutdown = context.io.waitForShutdown?.() ?? Promise.resolve('no shutdown hook');
    // Loaded on demand: Bolt is large and no other command needs it.
    const { runSlackApp } = await import('../../slack/index.ts');
    const app = await runSlackApp(slackEnvironment(context));
    context.note('Slack app running; press Ctrl-C to stop.');
    const signal = await shutdown;
    await app.stop();
    context.note(`Slack app stopped (${signal}).`);
    return 0;
  },
};
