import type { SubAccount } from '../../core/index.ts';
import { text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { formatTimeSeconds, joinList, timesNote } from '../output/format.ts';
import { renderTable, type Column } from '../output/table.ts';
import { classicCommand } from './classic-command.ts';

/** The message-group table, shared with skill 1.3's list-message-groups. */
export const subAccountColumns = (zone: string): Column<SubAccount>[] => [
  { header: 'Sub account', value: (g) => g.SubAccount },
  { header: 'Name', value: (g) => g.SubAccountName },
  { header: 'Channel types', value: (g) => joinList(g.ChannelTypes) ?? g.ChannelType },
  { header: 'Created', value: (g) => formatTimeSeconds(g.CreatedAt, zone) },
];

const FLAGS = {
  'sub-account-name': {
    type: 'string',
    value: 'TEXT',
    description: 'Fuzzy match on the group name.',
    parse: text,
  },
  name: {
    type: 'string',
    value: 'TEXT',
    description: 'Same as --sub-account-name.',
    alias: true,
    parse: text,
  },
} as const satisfies FlagSpecs;

export const listSubAccountCommand = classicCommand({
  name: 'list_sub_account',
  summary: 'List the message groups (sub-accounts) you can send from.',
  description: ['Only approved message groups are listed. Use the SubAccount id as --sub-account elsewhere.'],
  flags: FLAGS,
  examples: ['volc-sms list_sub_account', 'volc-sms list_sub_account --sub-account-name "Ops"'],
  read: (client, flags) =>
    client.listSubAccounts({ subAccountName: flags['sub-account-name'] ?? flags.name }),
  show(context, { List: groups, Total: total }) {
    if (groups.length > 0) {
      context.print(renderTable(subAccountColumns(context.timeZone), groups));
      context.print(timesNote(context.timeZone, context.now()));
    }
    context.print(
      total === 0 && groups.length === 0
        ? 'No message groups found.'
        : `${total || groups.length} message group(s).`,
    );
  },
});
