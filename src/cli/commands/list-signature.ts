import type { Signature } from '../../core/index.ts';
import { pagingFlags, text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { joinList, reviewStatus } from '../output/format.ts';
import type { Column } from '../output/table.ts';
import { GROUPS_FILTER_FLAGS, classicCommand, groupsFilter } from './classic-command.ts';
import { pageOf, showPage } from './list-page.ts';

/** The signature table, shared with skill 1.3's list-signatures. */
export const SIGNATURE_COLUMNS: Column<Signature>[] = [
  { header: 'Signature', value: (s) => s.Signature },
  { header: 'Status', value: (s) => reviewStatus(s.Status) ?? s.StatusDescription },
  { header: 'Sub accounts', value: (s) => joinList(s.SubAccounts) },
  { header: 'Channel types', value: (s) => joinList(s.ChannelTypes) },
];

const FLAGS = {
  signature: {
    type: 'string',
    value: 'TEXT',
    description: 'Fuzzy match on the signature text.',
    parse: text,
  },
  ...GROUPS_FILTER_FLAGS('signatures bound to these groups'),
  ...pagingFlags(20),
} as const satisfies FlagSpecs;

export const listSignatureCommand = classicCommand({
  name: 'list_signature',
  summary: 'List approved signatures and the message groups they are bound to.',
  description: ['A signature can only be used with the message groups in its SubAccounts column.'],
  flags: FLAGS,
  examples: [
    'volc-sms list_signature --signature "火山引擎"',
    'volc-sms list_signature --sub-accounts 7384ed01',
  ],
  read: (client, flags) =>
    client.listSignatures({
      signature: flags.signature,
      subAccounts: groupsFilter(flags),
      ...pageOf(flags),
    }),
  show: showPage(() => SIGNATURE_COLUMNS, 'signatures'),
});
