import { maskPhone, planBatchSend } from '../../core/index.ts';
import type { SendBatchSmsInput } from '../../core/index.ts';
import { readBatchFile } from '../batch-file.ts';
import type { CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import { parseFlagValues, requireFlag, text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { renderTable } from '../output/table.ts';
import { SEND_COURSE_FLAGS, printDryRun, runSend } from './send-command.ts';
import { SEND_TARGET_FLAGS, checkedTag } from './send-flags.ts';

const NAME = 'send_batch_sms';

function printPlan(
  context: CommandContext,
  input: SendBatchSmsInput,
  plan: ReturnType<typeof planBatchSend>,
): void {
  const messages = plan.plan.mobiles.map((mobile) => ({
    Mobile: maskPhone(mobile),
    TemplateParam: plan.params.get(mobile) ?? null,
  }));
  printDryRun(context, input, {
    fields: { Messages: messages, Requests: plan.plan.chunks.length },
    lines: [
      ['Messages', messages.length],
      ['Requests', plan.plan.chunks.length],
    ],
  });
  if (context.json) return;
  context.print(
    renderTable(
      [
        { header: 'Mobile', value: (m: (typeof messages)[number]) => m.Mobile },
        { header: 'Template param', value: (m) => m.TemplateParam, maxWidth: 60 },
      ],
      messages.slice(0, 20),
    ),
  );
  if (messages.length > 20) context.print(`… and ${messages.length - 20} more.`);
}

const FLAGS = {
  ...SEND_TARGET_FLAGS,
  file: {
    type: 'string',
    required: true,
    value: 'FILE',
    description: 'The messages: CSV with a header row, or JSON (not with --resume).',
    parse: text,
  },
  ...SEND_COURSE_FLAGS,
} as const satisfies FlagSpecs;

export const sendBatchSmsCommand: CommandSpec = {
  name: NAME,
  summary: 'Send one template with different values per number, from a CSV or JSON file.',
  description: [
    'CSV: a header row naming the phone column and the template variables, e.g. "mobile,name,code", then one',
    'row per message. JSON: [{"mobile": "13800000000", "params": {"name": "Li", "code": "1234"}}].',
    'Everything is checked first (numbers, each number once, values are strings); nothing is sent on an error.',
    'Classic API: SendBatchSms in requests of 200. Agent API (no batch action): numbers with the same values',
    'are sent together. Output and exit codes as for send_sms.',
  ],
  group: 'api',
  flags: FLAGS,
  examples: [
    'volc-sms send_batch_sms --sub-account 77da1acf --signature 火山引擎 --template-id ST_0003 --file customers.csv',
    'volc-sms send_batch_sms --api classic --sub-account 7384ed01 --signature VolcOps --template-id ST_0002 \\\n    --file alerts.json --dry-run',
  ],
  async run(context, values) {
    const flags = parseFlagValues(FLAGS, values, NAME);
    return runSend(context, { name: NAME, values, flags }, async () => {
      const subAccount = requireFlag(flags['sub-account'], '--sub-account', NAME);
      const signature = requireFlag(flags.signature, '--signature', NAME);
      const templateId = requireFlag(flags['template-id'], '--template-id', NAME);
      const file = requireFlag(flags.file, '--file', NAME);
      const messages = await readBatchFile(context.resolvePath(file), file);
      const input: SendBatchSmsInput = {
        subAccount,
        signature,
        templateId,
        messages: messages.map(({ mobile, params }) => ({
          mobile,
          ...(Object.keys(params).length === 0 ? {} : { templateParam: params }),
        })),
        ...checkedTag(context, flags.tag),
      };
      // The same plan the client makes: the agent API has no batch action, so equal values share a request.
      const groupByParams = context.config().options.api !== 'classic';
      const plan = planBatchSend(input, { groupByParams });
      return {
        target: input,
        count: plan.plan.mobiles.length,
        printPlan(delivery) {
          printPlan(context, input, plan);
          context.note(`volc-sms: engine: ${delivery.reason}`);
        },
        recipients: () =>
          plan.plan.mobiles.map((mobile) => {
            const params = plan.params.get(mobile);
            return {
              mobile,
              params: params === undefined ? undefined : (JSON.parse(params) as Record<string, string>),
            };
          }),
        direct: { plan: plan.plan, request: { kind: 'batch-sms', input, groupByParams } },
      };
    });
  },
};
