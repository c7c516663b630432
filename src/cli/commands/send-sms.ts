import type { DeliveryPlan, SendPlan, SendSmsInput } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import { parseFlagValues, requireFlag, text, type ParsedFlags } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { readMobilesFile, splitMobilesFlag } from '../mobiles-file.ts';
import { SEND_COURSE_FLAGS, printDryRun, runSend } from './send-command.ts';
import { maskList } from './send-outcome.ts';
import { SEND_TARGET_FLAGS, checkedTag } from './send-flags.ts';

const NAME = 'send_sms';

async function collectMobiles(context: CommandContext, flags: ParsedFlags<typeof FLAGS>): Promise<string[]> {
  const listed = (flags.mobiles ?? []).flatMap(splitMobilesFlag);
  const fromFile =
    flags['mobiles-file'] === undefined
      ? []
      : await readMobilesFile(context.resolvePath(flags['mobiles-file']));
  const mobiles = [...listed, ...fromFile];
  if (mobiles.length === 0) requireFlag(undefined, '--mobiles', NAME);
  return mobiles;
}

function printPlan(
  context: CommandContext,
  input: SendSmsInput,
  plan: SendPlan,
  delivery: DeliveryPlan,
): void {
  const shown = maskList(plan.mobiles.slice(0, 20)).join(', ');
  const more = plan.mobiles.length > 20 ? `, … ${plan.mobiles.length - 20} more` : '';
  printDryRun(context, input, {
    lead: { Engine: delivery.engine, EngineReason: delivery.reason },
    fields: {
      TemplateParam: plan.templateParam ?? null,
      Mobiles: maskList(plan.mobiles),
      Duplicates: maskList(plan.duplicates),
      Requests: plan.chunks.length,
    },
    lines: [
      ['Template param', plan.templateParam],
      [
        'Numbers',
        `${plan.mobiles.length}${plan.duplicates.length ? ` (${plan.duplicates.length} duplicate(s) dropped)` : ''}`,
      ],
      ['Engine', delivery.reason],
      [
        'Requests',
        delivery.engine === 'batch'
          ? 'none: one batch task'
          : `${plan.chunks.length} (at most 200 numbers each)`,
      ],
      ['To', `${shown}${more}`],
    ],
  });
}

const FLAGS = {
  ...SEND_TARGET_FLAGS,
  mobiles: {
    type: 'string',
    value: 'NUMBERS',
    multiple: true,
    description: 'Phone numbers, comma separated (repeatable).',
  },
  'mobiles-file': {
    type: 'string',
    value: 'FILE',
    description: 'More numbers: one per line, or CSV with a mobile column.',
    parse: text,
  },
  'template-param': {
    type: 'string',
    value: 'JSON',
    description: 'Template variables as a JSON object of strings.',
  },
  account: {
    type: 'string',
    value: 'ID',
    description: 'Account id (old skill revisions; usually not needed).',
    parse: text,
  },
  ...SEND_COURSE_FLAGS,
} as const satisfies FlagSpecs;

export const sendSmsCommand: CommandSpec = {
  name: NAME,
  summary: 'Send a template SMS to one or more numbers (split into requests of 200).',
  description: [
    'Every number and the template parameters are checked before anything is sent; a bad number is named.',
    'Numbers: 11-digit mainland mobiles (with or without +86) or international E.164 (+6598620548).',
    'With --json or in a pipe: the response envelope; with more than 200 numbers, {"Recipients": [...],',
    '"Responses": [...]} (see docs/cli.md). Some numbers failing gives exit code 6.',
  ],
  group: 'api',
  flags: FLAGS,
  examples: [
    `volc-sms send_sms --sub-account "7384ed01" --signature "火山引擎" --template-id "ST_0001" \\\n    --mobiles "13800000000" --template-param '{"code":"123456"}'`,
    'volc-sms send_sms --sub-account 7384ed01 --signature VolcOps --template-id ST_0004 \\\n    --mobiles-file numbers.csv --template-param \'{"version":"1.2.0"}\' --dry-run',
  ],
  async run(context, values) {
    const flags = parseFlagValues(FLAGS, values, NAME);
    return runSend(context, { name: NAME, values, flags }, async () => {
      const input: SendSmsInput = {
        subAccount: requireFlag(flags['sub-account'], '--sub-account', NAME),
        signature: requireFlag(flags.signature, '--signature', NAME),
        templateId: requireFlag(flags['template-id'], '--template-id', NAME),
        mobiles: await collectMobiles(context, flags),
        ...(flags['template-param'] === undefined ? {} : { templateParam: flags['template-param'] }),
        ...(flags.account === undefined ? {} : { account: flags.account }),
        ...checkedTag(context, flags.tag),
      };
      const plan = context.client().planSend(input);
      // One message for everyone: the same object on every row is encoded once.
      const params =
        plan.templateParam === undefined
          ? undefined
          : (JSON.parse(plan.templateParam) as Record<string, string>);
      return {
        target: input,
        count: plan.mobiles.length,
        printPlan: (delivery) => printPlan(context, input, plan, delivery),
        recipients: () => plan.mobiles.map((mobile) => ({ mobile, params })),
        direct: { plan, request: { kind: 'sms', input } },
      };
    });
  },
};
