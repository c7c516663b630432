import type { Signature } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import { commaList, pagingFlags, parseFlagValues, text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { joinList, pagingFooter, reviewStatus } from '../output/format.ts';
import { renderTable, type Column } from '../output/table.ts';

/** The signature table, shared with skill 1.3's list-signatures. */
export const SIGNATURE_COLUMNS: Column<Signature>[] = [
  { header: 'Signature', value: (s) => s.Signature },
  { header: 'Status', value: (s) => reviewStatus(s.Status) ?? s.StatusDescription },
  { header: 'Sub accounts', value: (s) => joinList(s.SubAccounts) },
  { header: 'Channel types', value: (s) => joinList(s.ChannelTypes) },
];

const NAME = 'list_signature';

const FLAGS = {
  signature: {
    type: 'string',
    value: 'TEXT',
    description: 'Fuzzy match on the signature text.',
    parse: text,
  },
  'sub-accounts': {
    type: 'string',
    value: 'IDS',
    description: 'Only signatures bound to these groups (comma list).',
    parse: commaList,
  },
  ...pagingFlags(20),
  'sub-account': {
    type: 'string',
    value: 'ID',
    description: 'Same as --sub-accounts.',
    alias: true,
    parse: commaList,
  },
} as const satisfies FlagSpecs;

export const listSignatureCommand: CommandSpec = {
  name: NAME,
  summary: 'List approved signatures and the message groups they are bound to.',
  description: ['A signature can only be used with the message groups in its SubAccounts column.'],
  group: 'api',
  flags: FLAGS,
  examples: [
    'volc-sms list_signature --signature "火山引擎"',
    'volc-sms list_signature --sub-accounts 7384ed01',
  ],
  async run(context, values) {
    const flags = parseFlagValues(FLAGS, values, NAME);
    const subAccounts = [...(flags['sub-accounts'] ?? []), ...(flags['sub-account'] ?? [])];
    const response = await context.client().listSignatures({
      signature: flags.signature,
      subAccounts: subAccounts.length > 0 ? subAccounts : undefined,
      page: flags.page,
      pageSize: flags['page-size'],
    });
    if (context.json) {
      context.printJson(response.raw);
      return 0;
    }
    const { List: signatures, Total: total } = response.result;
    if (signatures.length > 0) {
      context.print(renderTable(SIGNATURE_COLUMNS, signatures));
    }
    context.print(pagingFooter(signatures.length, total, flags.page, flags['page-size'], 'signatures'));
    return 0;
  },
};
