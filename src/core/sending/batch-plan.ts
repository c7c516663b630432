import { SmsInputError, type InputIssue } from '../errors/errors.ts';
import { maskPhone, normalizePhone } from './phone.ts';
import { chunk } from './send-plan.ts';
import { templateParamJson } from './template.ts';
import type { SendBatchSmsInput, SendPlan } from '../types.ts';

/** A validated batch: the plan (as for sendSms) and each number's compact TemplateParam. */
export interface BatchPlan {
  plan: SendPlan;
  params: ReadonlyMap<string, string | undefined>;
}

/**
 * Validates a batch before anything goes out. Unlike sendSms, a number given twice is an error, not a
 * silent drop: its two messages may carry different parameters, and which one to send is the caller's call.
 * `groupByParams` (for APIs without a batch action) puts numbers with identical parameters in the same chunks.
 */
export function planBatchSend(input: SendBatchSmsInput, options: { groupByParams: boolean }): BatchPlan {
  const issues: InputIssue[] = [];
  for (const [key, field] of [
    ['subAccount', 'sub-account'],
    ['signature', 'signature'],
    ['templateId', 'template-id'],
  ] as const) {
    if (typeof input[key] !== 'string' || input[key].trim() === '')
      issues.push({ field, message: 'is required' });
  }
  const messages = input.messages ?? [];
  if (messages.length === 0) issues.push({ field: 'messages', message: 'at least one message is required' });
  const params = new Map<string, string | undefined>();
  const firstIndex = new Map<string, number>();
  messages.forEach((message, index) => {
    const position = `#${index + 1}`;
    const phone = normalizePhone(message.mobile ?? '');
    if (!phone.ok) {
      issues.push({
        field: 'mobiles',
        message: `${position} "${maskPhone(message.mobile ?? '')}": ${phone.reason}`,
      });
      return;
    }
    if (firstIndex.has(phone.mobile)) {
      issues.push({
        field: 'mobiles',
        message: `${position} ${maskPhone(phone.mobile)} repeats #${(firstIndex.get(phone.mobile) as number) + 1}; give each number once`,
      });
      return;
    }
    firstIndex.set(phone.mobile, index);
    let templateParam: string | undefined;
    try {
      if (message.templateParam !== undefined) {
        templateParam = templateParamJson(message.templateParam, 'template-param');
      }
    } catch (err) {
      if (!(err instanceof SmsInputError)) throw err;
      issues.push(...err.issues.map((i) => ({ field: i.field, message: `${position}: ${i.message}` })));
    }
    params.set(phone.mobile, templateParam);
  });
  if (issues.length > 0) {
    throw new SmsInputError(
      `Invalid batch: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
      issues,
      {
        hint: 'Fix the messages named above; nothing was sent.',
      },
    );
  }
  const mobiles = [...params.keys()];
  let chunks: string[][];
  if (options.groupByParams) {
    const groups = new Map<string, string[]>();
    for (const mobile of mobiles) {
      const key = params.get(mobile) ?? '';
      groups.set(key, [...(groups.get(key) ?? []), mobile]);
    }
    chunks = [...groups.values()].flatMap((group) => chunk(group));
  } else chunks = chunk(mobiles);
  return { plan: { mobiles, duplicates: [], chunks }, params };
}
