import { maskPhone } from '../core/index.ts';
import type { SmsCommand } from './command-parser.ts';
import { formatFilters } from './command-parser.ts';

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
      return `log ${/^[+\d]/.test(command.query) ? maskPhone(command.query) : command.query}`;
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
    default:
      return command.kind;
  }
}
