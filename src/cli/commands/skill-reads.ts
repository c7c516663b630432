import { sha256Hex } from '../../core/index.ts';
import type { SendLogEntry, Template } from '../../core/index.ts';
import { commaList, requireFlag, text, wholeNumber, type FlagParse } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { maskedMobile, pagingFooter, timesNote } from '../output/format.ts';
import { renderKeyValues, renderTable } from '../output/table.ts';
import {
  EXPORT_FLAGS,
  SEND_LOG_ROWS,
  checkExportFlags,
  exportSendLog,
  messagePages,
} from './export-send-log.ts';
import { pageOf, showPage } from './list-page.ts';
import { SIGNATURE_COLUMNS } from './list-signature.ts';
import { sendLogColumns } from './list-sms-send-log.ts';
import { TEMPLATE_COLUMNS } from './list-sms-template.ts';
import { subAccountColumns } from './list-sub-account.ts';
import { SKILL_PAGING_FLAGS, signatureList, signatureText, skillReadCommand } from './skill-read.ts';

// Skill 1.3's reads of message groups, signatures, templates and one message's status (reference §4.2),
// each a declaration over a typed core method.

const subAccount = (description: string) =>
  ({ type: 'string', required: true, value: 'ID', description, parse: text }) as const;
const repeatable = (value: string, description: string) =>
  ({ type: 'string', value, multiple: true, description, parse: commaList }) as const;
const nonEmpty = <T>(list: T[] | undefined) => (list && list.length > 0 ? list : undefined);

export const listMessageGroupsCommand = skillReadCommand({
  name: 'list-message-groups',
  summary: 'List the message groups you can send from',
  flags: {
    name: { type: 'string', value: 'TEXT', description: 'Fuzzy match on the group name.', parse: text },
  } as const satisfies FlagSpecs,
  examples: ['volc-sms list-message-groups', 'volc-sms list-message-groups --name Ops'],
  read: (client, flags) => client.listSubAccounts({ subAccountName: flags.name }),
  show(context, { List: groups, Total: total }) {
    if (groups.length > 0) {
      context.print(renderTable(subAccountColumns(context.timeZone), groups));
      context.print(timesNote(context.timeZone, context.now()));
    }
    context.print(`${total || groups.length} message group(s).`);
  },
});

export const messageGroupDetailCommand = skillReadCommand({
  name: 'message-group-detail',
  summary: "Show a message group's status and its channel → industry map",
  flags: { 'sub-account': subAccount('The message group (sub-account) id.') } as const satisfies FlagSpecs,
  examples: ['volc-sms message-group-detail --sub-account 7384ed01'],
  read: (client, flags, name) =>
    client.getSubAccountDetail({ subAccount: requireFlag(flags['sub-account'], '--sub-account', name) }),
  show(context, detail) {
    context.print(
      renderKeyValues([
        ['Sub account', detail.subAccountId],
        ['Name', detail.subAccountName],
        [
          'Status',
          detail.status === undefined
            ? undefined
            : `${detail.status}${detail.status === 1 ? ' (usable)' : ''}`,
        ],
        ...detail.channelTypeToIndustryConfig.map(
          (c) => [`Channel ${c.channelType ?? '?'}`, c.industryCn ?? c.industry] as const,
        ),
      ]),
    );
  },
});

const positive = wholeNumber(1, Number.MAX_SAFE_INTEGER);
/** A repeatable whole-number flag (`--status 3 --status 5`, or `3,5`). */
const wholeNumbers: FlagParse<number[]> = (raw) => {
  const numbers: number[] = [];
  const items = commaList(raw);
  if ('problem' in items) return items;
  for (const item of items.value) {
    const parsed = wholeNumber(0, Number.MAX_SAFE_INTEGER)(item);
    if ('problem' in parsed) return parsed;
    numbers.push(parsed.value);
  }
  return { value: numbers };
};

export const listQualificationsCommand = skillReadCommand({
  name: 'list-qualifications',
  summary: 'List the qualifications a signature application can name',
  flags: {
    id: { type: 'string', value: 'N', description: 'One qualification by its id.', parse: positive },
    'material-name': {
      type: 'string',
      value: 'TEXT',
      description: 'Match on the material name.',
      parse: text,
    },
    status: {
      type: 'string',
      value: 'N',
      multiple: true,
      description: 'Audit status (repeatable).',
      parse: wholeNumbers,
    },
    ...SKILL_PAGING_FLAGS,
  } as const satisfies FlagSpecs,
  examples: ['volc-sms list-qualifications --status 3'],
  read: (client, flags) =>
    client.getSignatureIdentificationList({
      id: flags.id,
      materialName: flags['material-name'],
      status: nonEmpty(flags.status),
      pageIndex: flags.page,
      pageSize: flags['page-size'],
    }),
  show(context, { list, total }, flags) {
    if (list.length > 0) {
      context.print(
        renderTable(
          [
            { header: 'Id', value: (q) => (q.id === undefined ? undefined : String(q.id)) },
            { header: 'Material', value: (q) => q.materialName },
            { header: 'Business', value: (q) => q.businessCertificateName },
            {
              header: 'Audit status',
              value: (q) => (q.auditStatus === undefined ? undefined : String(q.auditStatus)),
            },
            { header: 'Usable', value: (q) => (q.usable === undefined ? undefined : String(q.usable)) },
          ],
          list,
        ),
      );
    }
    context.print(
      pagingFooter(list.length, total ?? list.length, flags.page, flags['page-size'], 'qualifications'),
    );
  },
});

export const listSignaturesCommand = skillReadCommand({
  name: 'list-signatures',
  summary: 'List signatures and the message groups they are bound to',
  flags: {
    signature: {
      type: 'string',
      value: 'TEXT',
      description: 'Match on the signature (one outer 【】 or [] removed).',
      parse: signatureText,
    },
    'sub-account': repeatable('ID', 'Only signatures bound to this group (repeatable).'),
    ...SKILL_PAGING_FLAGS,
  } as const satisfies FlagSpecs,
  examples: ['volc-sms list-signatures --sub-account 7384ed01'],
  read: (client, flags) =>
    client.listSignatures({
      signature: flags.signature,
      subAccounts: nonEmpty(flags['sub-account']),
      ...pageOf(flags),
    }),
  show: showPage(() => SIGNATURE_COLUMNS, 'signatures'),
});

/** §5.1: a template's content is shown as its length and SHA-256, never as text. */
function templateDigest({ Content, ...template }: Template) {
  const content = Content ?? '';
  return { ...template, ContentLength: [...content].length, ContentSha256: sha256Hex(content) };
}

export const listTemplatesCommand = skillReadCommand({
  name: 'list-templates',
  summary: 'List templates, their variables and signatures (content as length + SHA-256)',
  flags: {
    'template-id': {
      type: 'string',
      value: 'ID',
      description: 'Fuzzy match on the template id.',
      parse: text,
    },
    'sub-account': repeatable('ID', 'Only templates of this group (repeatable).'),
    signature: {
      ...repeatable(
        'NAME',
        'Only templates usable with this signature (repeatable; one outer 【】 or [] removed).',
      ),
      parse: signatureList,
    },
    ...SKILL_PAGING_FLAGS,
  } as const satisfies FlagSpecs,
  examples: ['volc-sms list-templates --sub-account 7384ed01 --signature VolcOps'],
  read: (client, flags) =>
    client.listTemplates({
      templateId: flags['template-id'],
      subAccounts: nonEmpty(flags['sub-account']),
      signatures: nonEmpty(flags.signature),
      ...pageOf(flags),
    }),
  envelope: (result) => ({ ...result, List: result.List.map(templateDigest) }),
  show: showPage(
    () => [...TEMPLATE_COLUMNS, { header: 'Length', value: (t) => templateDigest(t).ContentLength }],
    'templates',
  ),
});

const maskedEntry = (entry: SendLogEntry): SendLogEntry => ({ ...entry, Mobile: maskedMobile(entry.Mobile) });

export const sendStatusCommand = skillReadCommand({
  name: 'send-status',
  summary: "One message's delivery status (no time window)",
  flags: {
    'sub-account': subAccount('The message group the message was sent from.'),
    'message-id': {
      type: 'string',
      required: true,
      value: 'ID',
      description: 'The id send-submit printed.',
      parse: text,
    },
    ...SKILL_PAGING_FLAGS,
    all: { ...EXPORT_FLAGS.all, description: "Every page of the message's records, streamed as --format." },
    format: EXPORT_FLAGS.format,
    rate: EXPORT_FLAGS.rate,
  } as const satisfies FlagSpecs,
  examples: [
    'volc-sms send-status --sub-account 7384ed01 --message-id MSG_ID',
    'volc-sms send-status --sub-account 7384ed01 --message-id MSG_ID --all --format csv',
  ],
  stream(context, flags, values) {
    checkExportFlags('send-status', values, flags.all === true, ['page']);
    if (flags.all !== true) return undefined;
    const query = {
      subAccount: requireFlag(flags['sub-account'], '--sub-account', 'send-status'),
      messageId: requireFlag(flags['message-id'], '--message-id', 'send-status'),
      pageSize: flags['page-size'],
    };
    return exportSendLog(context, {
      pages: messagePages(context.client(), query),
      rows: SEND_LOG_ROWS,
      format: flags.format ?? 'ndjson',
      rate: flags.rate,
    });
  },
  read: (client, flags, name) =>
    client.listSendLogs({
      subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
      messageId: requireFlag(flags['message-id'], '--message-id', name),
      ...pageOf(flags),
    }),
  envelope: (result) => ({ ...result, List: result.List.map(maskedEntry) }),
  show: showPage((context) => sendLogColumns(context.timeZone), 'log entries', true),
});
