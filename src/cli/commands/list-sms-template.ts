import { templateVariables } from '../../core/index.ts';
import type { Template } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import { commaList, pagingFlags, parseFlagValues, text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { joinList, pagingFooter, reviewStatus } from '../output/format.ts';
import { renderTable, type Column } from '../output/table.ts';

/** The variables a send must fill: from the server's TemplateParams, else read off the content. */
export function templateParamNames(template: Template): string[] {
  const declared = (template.TemplateParams ?? [])
    .map((param) => param.Name ?? param.ParamName)
    .filter((name): name is string => typeof name === 'string' && name !== '');
  return declared.length > 0 ? declared : templateVariables(template.Content ?? '');
}

export function templateSignatures(template: Template): string[] {
  return template.Signatures ?? (template.Signature ? [template.Signature] : []);
}

/** The template table but its content, shared with skill 1.3's list-templates (which shows no text). */
export const TEMPLATE_COLUMNS: Column<Template>[] = [
  { header: 'Template id', value: (t) => t.TemplateId },
  { header: 'Type', value: (t) => t.ChannelType },
  { header: 'Status', value: (t) => reviewStatus(t.Status) },
  { header: 'Params', value: (t) => joinList(templateParamNames(t)) },
  { header: 'Signatures', value: (t) => joinList(templateSignatures(t)) },
  { header: 'Sub accounts', value: (t) => joinList(t.SubAccounts) },
];

const NAME = 'list_sms_template';

const FLAGS = {
  'template-id': { type: 'string', value: 'ID', description: 'Fuzzy match on the template id.', parse: text },
  signatures: {
    type: 'string',
    value: 'NAMES',
    description: 'Only templates usable with these signatures (comma list).',
    parse: commaList,
  },
  'sub-accounts': {
    type: 'string',
    value: 'IDS',
    description: 'Only templates of these groups (comma list).',
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

export const listSmsTemplateCommand: CommandSpec = {
  name: NAME,
  summary: 'List approved templates, their variables and the signatures they work with.',
  description: [
    'The Params column names the keys --template-param must give (send_sms), e.g. {"code":"123456"}.',
  ],
  group: 'api',
  flags: FLAGS,
  examples: [
    'volc-sms list_sms_template --signatures "火山引擎"',
    'volc-sms list_sms_template --template-id ST_0001',
  ],
  async run(context, values) {
    const flags = parseFlagValues(FLAGS, values, NAME);
    const subAccounts = [...(flags['sub-accounts'] ?? []), ...(flags['sub-account'] ?? [])];
    const response = await context.client().listTemplates({
      templateId: flags['template-id'],
      signatures: flags.signatures?.length ? flags.signatures : undefined,
      subAccounts: subAccounts.length > 0 ? subAccounts : undefined,
      page: flags.page,
      pageSize: flags['page-size'],
    });
    if (context.json) {
      context.printJson(response.raw);
      return 0;
    }
    const { List: templates, Total: total } = response.result;
    if (templates.length > 0) {
      context.print(
        renderTable(
          [...TEMPLATE_COLUMNS, { header: 'Content', value: (t) => t.Content, maxWidth: 48 }],
          templates,
        ),
      );
    }
    context.print(pagingFooter(templates.length, total, flags.page, flags['page-size'], 'templates'));
    return 0;
  },
};
