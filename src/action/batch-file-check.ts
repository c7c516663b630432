import {
  BatchCsvCheck,
  SmsInputError,
  assertBatchFile,
  type BatchFileUpload,
  type SmsClient,
} from '../core/index.ts';

/**
 * The client-side check of a batch file, done by the core's one checker of the rules (agent-v2 reference
 * §3.3) while the file is uploaded: the file is read once, each chunk checked before it is sent, and the
 * verdict given before its last byte goes, so a file with a defect is never stored and no task is made.
 * Every defect is fatal and the first one is the step's error, named with its line, so the workflow author
 * fixes the file, not a half-sent task.
 */

export interface BatchFileReport {
  rows: number;
  bytes: number;
  columns: string[];
}

function fileError(field: string, message: string, hint: string | undefined): SmsInputError {
  return new SmsInputError(`Invalid input ${field}: ${message}`, [{ field, message }], { hint });
}

/** The core's error about the file as the input's error (`field`), with its hint. */
function asInputError(field: string, err: unknown): unknown {
  if (!(err instanceof SmsInputError) || err.issues[0]?.field !== 'file') return err;
  return fileError(field, err.issues[0].message, err.hint);
}

/**
 * Checks `path` (shown as `shown`, the input's own spelling) against the template's variables as it
 * uploads it.
 * @throws SmsInputError naming `field` and the first bad line; nothing is stored then
 */
export async function checkAndUploadBatchFile(
  client: Pick<SmsClient, 'uploadBatchFile'>,
  path: string,
  shown: string,
  variables: readonly string[],
  field = 'batch-file',
): Promise<{ file: BatchFileReport; upload: BatchFileUpload }> {
  const expected = ['phone', ...variables].join(',');
  const fix = `Fix ${shown}: a header "${expected}", then one row per number; nothing was uploaded.`;
  const check = new BatchCsvCheck(shown, { variableNames: variables, issuesShown: 1 });
  let file: BatchFileReport | undefined;
  const inspect = {
    write: (chunk: Uint8Array) => check.write(chunk),
    end: () => {
      const result = check.end();
      const [first] = result.issues;
      if (first !== undefined) {
        const more = result.issueCount > 1 ? ` (and ${result.issueCount - 1} more defect(s))` : '';
        throw fileError(field, `${shown} ${first.field} ${first.message}${more}`, fix);
      }
      const { totalCount, fileSize, columns } = result.report;
      file = { rows: totalCount, bytes: fileSize, columns };
    },
  };
  try {
    await assertBatchFile(path, shown);
    const upload = await client.uploadBatchFile({ path, inspect });
    if (file === undefined) throw new Error('the upload ended before the batch file check');
    return { file, upload };
  } catch (err) {
    throw asInputError(field, err);
  }
}
