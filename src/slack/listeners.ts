import type { App, BlockButtonAction } from '@slack/bolt';
import { launchBatch, type BatchFlowDeps } from './batch-launch.ts';
import { cancelBatchClick } from './batch-cancel.ts';
import { CANCEL_BATCH_ACTION, LAUNCH_ACTION } from './batch-messages.ts';
import { notice } from './blocks.ts';
import { NON_IDEMPOTENT, type CommandService } from './command-service.ts';
import { CANCEL_ACTION, CONFIRM_ACTION } from './send-messages.ts';
import { cancelSend, confirmSend, type ButtonClick, type Reply } from './send-flow.ts';
import { safeRespond } from './slack-io.ts';

/**
 * The `/sms` command and the buttons, as Bolt listeners. Each acks first and works afterwards, so Slack
 * gets its answer within 3 s whatever the SMS API is doing; work that outlives the ack is tracked, so a
 * stopping app waits for it.
 */

export interface ListenerDeps {
  service: CommandService;
  flowDeps: BatchFlowDeps;
  /** Aborted when the app stops: new work is turned away. */
  stopping: AbortSignal;
  track: <T>(work: Promise<T>) => Promise<T>;
  log: (line: string) => void;
}

// While stopping, new commands are turned away (the load balancer sends the next try elsewhere).
const STOPPING_NOTICE = notice(
  ':hourglass: This app instance is restarting; run the command again in a few seconds. Nothing was done.',
);

/** A button's handler: the click (its value is all that is trusted from it), a way to answer, the deps. */
export type ClickHandler = (click: ButtonClick, reply: Reply, deps: BatchFlowDeps) => Promise<void>;

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { service, stopping, track, log } = deps;
  app.command('/sms', async ({ command, ack, respond, context }) => {
    await ack();
    if (stopping.aborted) {
      await safeRespond(respond, STOPPING_NOTICE, { replace: false }, log);
      return;
    }
    const isRetry = (context.retryNum ?? 0) > 0;
    if (isRetry) {
      const kind = service.peekKind(command.text);
      if (kind === undefined || NON_IDEMPOTENT.has(kind)) {
        log(
          `info: ignored Slack retry #${context.retryNum} of /sms ${kind ?? '(unparsable)'} from ${command.user_id}`,
        );
        return;
      }
    }
    const message = await track(
      service.run({ userId: command.user_id, channelId: command.channel_id, text: command.text }),
    );
    await safeRespond(respond, message, { replace: false }, log);
  });

  // The Send and Cancel buttons carry the pending-send id as their value, Launch and Cancel task the
  // batch row's id;
  // nothing else is trusted from the click.
  registerButtons(app, deps, [
    [CONFIRM_ACTION, confirmSend],
    [CANCEL_ACTION, cancelSend],
    [LAUNCH_ACTION, launchBatch],
    [CANCEL_BATCH_ACTION, cancelBatchClick],
  ]);
}

export function registerButtons(
  app: App,
  deps: ListenerDeps,
  buttons: readonly (readonly [actionId: string, handler: ClickHandler])[],
): void {
  const { stopping, track, log } = deps;
  for (const [actionId, handler] of buttons) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const reply: Reply = (message, options) => safeRespond(respond, message, options, log);
      if (stopping.aborted) {
        await reply(STOPPING_NOTICE, { replace: false });
        return;
      }
      const click = {
        userId: body.user.id,
        channelId: body.channel?.id ?? '',
        pendingId: action.value ?? '',
        responseUrl: body.response_url,
      };
      await track(handler(click, reply, deps.flowDeps));
    });
  }
}
