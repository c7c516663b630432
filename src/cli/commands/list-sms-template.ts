import { templateVariables } from '../../core/index.ts';
import type { Template } from '../../core/index.ts';
import { commaList, pagingFlags, text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { joinList, reviewStatus } from '../output/format.ts';
import type { Column } from '../output/table.ts';
import { GROUPS_FILTER_FLAGS, classicCommand, groupsFilter } from './classic-command.ts';
import { pageOf, showPage } from './list-page.ts';

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

const FLAGS = {
  'template-id': { type: 'string', value: 'ID', description: 'Fuzzy match on the template id.', parse: text },
  signatures: {
    type: 'string',
    value: 'NAMES',
    description: 'Only templates usable with these signatures (comma list).',
    parse: commaList,
  },
  ...GROUPS_FILTER_FLAGS('templates of these groups'),
  ...pagingFlags(20),
} as const satisfies FlagSpecs;

export const listSmsTemplateCommand = classicCommand({
  name: 'list_sms_template',
  summary: 'List approved templates, their variables and the signatures they work with.',
  description: [
    'The Params column names the keys --template-param must give (send_sms), e.g. {"code":"123456"}.',
  ],
  flags: FLAGS,
  examples: [
    'volc-sms list_sms_template --signatures "火山引擎"',
    'volc-sms list_sms_template --template-id ST_0001',
  ],
  read: (client, flags) =>
    client.listTemplates({
      templateId: flags['template-id'],
      signatures: flags.signatures?.length ? flags.signatures : undefined,
      subAccounts: groupsFilter(flags),
      ...pageOf(flags),
    }),
  show: showPage(
    () => [...TEMPLATE_COLUMNS, { header: 'Content', value: (t) => t.Content, maxWidth: 48 }],
    'templates',
  ),
});
