import { SmsInputError } from '../core/index.ts';
import type { InputIssue } from '../core/index.ts';

// The core names fields as its API does; a workflow author knows them by their action.yml names.
const INPUT_NAME_OF_FIELD: Record<string, string> = {
  mobiles: 'phone-numbers',
  mobile: 'phone-numbers',
  templateParam: 'template-param',
  'template-param': 'template-param',
  subAccount: 'sub-account',
  templateId: 'template-id',
  signature: 'signature',
  startTime: 'start-time',
  endTime: 'end-time',
  channelType: 'channel-type',
};

/** A core SmsInputError re-worded with the Action's input names; anything else passes through. */
export function renamedInputError(err: unknown): unknown {
  if (!(err instanceof SmsInputError)) return err;
  const issues = err.issues.map((issue) => ({
    ...issue,
    field: INPUT_NAME_OF_FIELD[issue.field] ?? issue.field,
  }));
  let message = err.message;
  for (const [field, input] of Object.entries(INPUT_NAME_OF_FIELD)) {
    if (field !== input) message = message.replace(new RegExp(`\\b${field}\\b`, 'g'), input);
  }
  return new SmsInputError(message, issues, { hint: err.hint, requestId: err.requestId, cause: err });
}

/** Runs a core call (sync or async) and renames the fields of an input error it throws. */
export function renameInputIssues<T>(call: () => T): T {
  try {
    const result = call();
    if (result instanceof Promise) {
      return result.catch((err: unknown) => {
        throw renamedInputError(err);
      }) as T;
    }
    return result;
  } catch (err) {
    throw renamedInputError(err);
  }
}

/** Runs a parse and keeps the issues of an SmsInputError it throws, so every input is checked in one round. */
export function collectIssues(issues: InputIssue[], parse: () => void): void {
  try {
    parse();
  } catch (err) {
    if (err instanceof SmsInputError) issues.push(...err.issues);
    else throw err;
  }
}

/** One SmsInputError for every problem found, each named by its input. */
export function actionInputError(issues: InputIssue[]): SmsInputError {
  const list = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  const first = issues[0];
  const message =
    issues.length === 1 && first
      ? `Invalid input ${first.field}: ${first.message}`
      : `Invalid inputs: ${list}`;
  return new SmsInputError(message, issues, {
    hint: 'Fix the named inputs in the step\'s "with:" block; see docs/action.md for every input.',
  });
}
