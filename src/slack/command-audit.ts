import { formatErrorLine, maskPhonesInText } from '../core/index.ts';
import type { AccessConfig } from './access-config.ts';
import { auditDetail } from './audit-detail.ts';
import type { SmsCommand } from './command-parser.ts';
import type { SlackStore } from './store.ts';

/**
 * One audit entry per command (refusals and errors included): a masked log line and a row in the audit
 * table. Writing the row never fails the command: the log line is the trail then.
 */

export interface Invocation {
  userId: string;
  channelId: string;
  text: string;
}

export interface AuditExtra {
  recipients?: string[];
  templateId?: string;
  messageIds?: string[];
}

export type AuditCommand = (
  invocation: Invocation,
  command: SmsCommand,
  outcome: string,
  extra?: AuditExtra,
) => Promise<void>;

export function commandAudit(deps: {
  store: SlackStore;
  access: AccessConfig | undefined;
  now: () => number;
  log: (line: string) => void;
}): AuditCommand {
  return async (invocation, command, outcome, extra = {}) => {
    const detail = auditDetail(command, deps.access?.recipientGroups ?? {});
    const masked = maskPhonesInText(outcome);
    deps.log(`info: /sms ${detail} by ${invocation.userId} in ${invocation.channelId}: ${masked}`);
    try {
      await deps.store.addAudit({
        at: deps.now(),
        userId: invocation.userId,
        channelId: invocation.channelId,
        command: command.kind,
        detail,
        outcome: masked,
        ...extra,
      });
    } catch (err) {
      // The audit log must not turn a finished command into an error for the user; the log line is the trail.
      deps.log(`error: could not write the audit log: ${(err as Error).message}`);
    }
  };
}

/** An error as the audit log keeps it: one line, numbers masked, bounded. */
export function describeForAudit(err: unknown): string {
  return maskPhonesInText(formatErrorLine(err)).slice(0, 300);
}
