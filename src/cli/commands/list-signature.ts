import { z } from 'zod';
import type { CommandSpec } from '../command.ts';
import { commaListFlag, pageFlag, pageSizeFlag, parseFlagValues, textFlag } from '../flag-values.ts';
import { joinList, pagingFooter, reviewStatus } from '../output/format.ts';
import { renderTable } from '../output/table.ts';

const FlagsSchema = z.object({
  signature: textFlag.optional(),
  'sub-accounts': commaListFlag.optional(),
  'sub-account': commaListFlag.optional(),
  page: pageFlag.default(1),
  'page-size': pageSizeFlag.default(20),
});

const NAME = 'list_signature';

export const listSignatureCommand: CommandSpec = {
  name: NAME,
  summary: 'List approved signatures and the message groups they are bound to.',
  description: ['A signature can only be used with the message groups in its SubAccounts column.'],
  group: 'api',
  flags: {
    signature: { type: 'string', value: 'TEXT', description: 'Fuzzy match on the signature text.' },
    'sub-accounts': {
      type: 'string',
      value: 'IDS',
      description: 'Only signatures bound to these groups (comma list).',
    },
    page: { type: 'string', value: 'N', description: 'Page number (default 1).' },
    'page-size': { type: 'string', value: 'N', description: 'Items per page, 1–100 (default 20).' },
    'sub-account': { type: 'string', value: 'ID', description: 'Same as --sub-accounts.', alias: true },
  },
  examples: [
    'volc-sms list_signature --signature "火山引擎"',
    'volc-sms list_signature --sub-accounts 7384ed01',
  ],
  async run(context, values) {
    const flags = parseFlagValues(FlagsSchema, values, NAME);
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
      context.print(
        renderTable(
          [
            { header: 'Signature', value: (s) => s.Signature },
            { header: 'Status', value: (s) => reviewStatus(s.Status) ?? s.StatusDescription },
            { header: 'Sub accounts', value: (s) => joinList(s.SubAccounts) },
            { header: 'Channel types', value: (s) => joinList(s.ChannelTypes) },
          ],
          signatures,
        ),
      );
    }
    context.print(pagingFooter(signatures.length, total, flags.page, flags['page-size'], 'signatures'));
    return 0;
  },
};
