import { SmsInputError, precheckBatchCsv } from '../core/index.ts';

/**
 * The client-side check of a batch file before anything is uploaded: the core's one checker of the rules
 * (agent-v2 reference §3.3, streamed). Every defect is fatal and the first one is the step's error, named
 * with its line, so the workflow author fixes the file, not a half-sent task.
 */

export interface BatchFileReport {
  rows: number;
  bytes: number;
  columns: string[];
}

function fileError(field: string, message: string, hint: string | undefined): SmsInputError {
  return new SmsInputError(`Invalid input ${field}: ${message}`, [{ field, message }], { hint });
}

/**
 * Checks `path` (shown as `shown`, the input's own spelling) against the template's variables.
 * @throws SmsInputError naming `field` and the first bad line
 */
export async function checkBatchFile(
  path: string,
  shown: string,
  variables: readonly string[],
  field = 'batch-file',
): Promise<BatchFileReport> {
  const expected = ['phone', ...variables].join(',');
  const fix = `Fix ${shown}: a header "${expected}", then one row per number; nothing was uploaded.`;
  let check;
  try {
    check = await precheckBatchCsv({ path, name: shown }, { variableNames: variables, issuesShown: 1 });
  } catch (err) {
    if (!(err instanceof SmsInputError)) throw err;
    throw fileError(field, err.issues[0]?.message ?? err.message, err.hint);
  }
  const [first] = check.issues;
  if (first !== undefined) {
    const more = check.issueCount > 1 ? ` (and ${check.issueCount - 1} more defect(s))` : '';
    throw fileError(field, `${shown} ${first.field} ${first.message}${more}`, fix);
  }
  const { totalCount, fileSize, columns } = check.report;
  return { rows: totalCount, bytes: fileSize, columns };
}
