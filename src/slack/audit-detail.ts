import { maskPhone, maskPhonesInText } from '../core/index.ts';
import type { SmsCommand } from './command-parser.ts';
import { formatFilters } from './command-parser.ts';
import type { PendingSend } from './store-tables.ts';

/**
 * A `/sms log` query as the app shows it back: a number-shaped one masked as a number, anything else (a
 * message id, or a typo such as `a13512345678`) with every number inside masked.
 */
export function displayedLookup(query: string): string {
  return /^[+\d]/.test(query) ? maskPhone(query) : maskPhonesInText(query);
}

/**
 * The command as the audit log shows it. Template variable values are left out on purpose (they carry
 * verification codes); numbers are masked; group names are kept.
 */
export function auditDetail(
  command: SmsCommand,
  recipientGroups: Readonly<Record<string, readonly string[]>>,
): string {
  switch (command.kind) {
    case 'send': {
      const recipients = command.recipients.map((r) =>
        r.toLowerCase() in recipientGroups ? r : maskPhone(r),
      );
      const options = [
        `template=${command.templateId}`,
        ...(command.signature === undefined ? [] : [`signature=${command.signature}`]),
        ...(command.subAccount === undefined ? [] : [`group=${command.subAccount}`]),
        ...Object.keys(command.params).map((name) => `${name}=…`),
      ];
      return `send ${recipients.join(',')} ${options.join(' ')}`;
    }
    case 'log':
      return `log ${displayedLookup(command.query)}`;
    case 'stats':
      return `stats ${command.window.kind === 'relative' ? command.window.length : `${command.window.from} ${command.window.to}`} ${formatFilters(command.filters)}`.trim();
    case 'schedule-add':
      return `schedule add ${command.timing.cron} to ${command.channelId} ${command.window} ${formatFilters(command.filters)}`.trim();
    case 'schedule-remove':
      return `schedule remove ${command.id}`;
    case 'schedule-list':
      return 'schedule list';
    case 'audit':
      return `audit ${command.limit}`;
    case 'batch-create':
      return `batch create template=${command.templateId}${command.signature === undefined ? '' : ` signature=${command.signature}`}${command.subAccount === undefined ? '' : ` group=${command.subAccount}`} file=${command.fileId ?? '(newest)'}`;
    case 'batch-list':
      return `batch list${command.subAccount === undefined ? '' : ` group=${command.subAccount}`}`;
    case 'batch-status':
    case 'batch-launch':
    case 'batch-cancel':
      return `${command.kind.replace('-', ' ')} ${command.taskId}${command.subAccount === undefined ? '' : ` group=${command.subAccount}`}`;
    default:
      return command.kind;
  }
}

/**
 * A stored send's audit fields: `<step> <id> template=… signature=… group=…`, the masked recipients and
 * the template.
 */
export function sendAuditFields(step: string, send: PendingSend) {
  return {
    detail: `${step} ${send.id} template=${send.templateId} signature=${send.signature} group=${send.subAccount}`,
    recipients: [...send.groups, ...send.masked],
    templateId: send.templateId,
  };
}
