import { basename } from 'node:path';
import { SmsInputError, maskPhone, precheckBatchCsv, type InputIssue } from '../core/index.ts';

/**
 * The batch file checked before anything is uploaded: the core's one checker of the rules (agent-v2
 * reference §3.3, streamed). What it reports is masked: the count, a few masked numbers and the first
 * defects; no cell value leaves it.
 */

/** Enough problems to fix at once; a file with more is refused with the first ones and a count. */
const MAX_ISSUES = 5;
const SAMPLE_SIZE = 3;

export interface BatchFileReport {
  rows: number;
  /** Masked numbers of the first rows. */
  sample: string[];
}

export async function checkBatchFile(path: string, variables: readonly string[]): Promise<BatchFileReport> {
  const sample: string[] = [];
  let check;
  try {
    check = await precheckBatchCsv(
      { path, name: basename(path) },
      {
        variableNames: variables,
        issuesShown: MAX_ISSUES,
        onRow: (cells) => void (sample.length < SAMPLE_SIZE && sample.push(maskPhone(cells[0] as string))),
      },
    );
  } catch (err) {
    if (err instanceof SmsInputError) throw refusal(err.issues);
    throw err;
  }
  if (!check.ok) throw refusal(check.issues, check.issueCount);
  return { rows: check.report.totalCount, sample };
}

function refusal(issues: readonly InputIssue[], count = issues.length): SmsInputError {
  // A row's defect is `line 3 phone`, shown as `file line 3 phone`; one of the whole file is `file`.
  const named = issues.map(({ field, message }) => ({
    field: field === 'file' ? field : `file ${field}`,
    message,
  }));
  const more = count > issues.length ? `; and ${count - issues.length} more` : '';
  return new SmsInputError(`${named.map((i) => `${i.field}: ${i.message}`).join('; ')}${more}`, named, {
    hint: 'Fix the file, share it in the channel again and rerun the command; nothing was uploaded.',
  });
}
