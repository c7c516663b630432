import { readFile } from 'node:fs/promises';
import { SmsInputError, normalizePhone } from '../core/index.ts';
import { CsvFormatError, parseCsv } from './csv.ts';

// Header cells that name the phone column of a CSV export (English and Chinese spreadsheets).
export const PHONE_HEADER =
  /^(mobiles?|phones?|phone[ _-]?numbers?|mobile[ _-]?numbers?|numbers?|tel|手机号码?|电话|号码)$/i;

/**
 * Numbers from a file: one per line, or CSV where the phone column is the one whose header names it
 * (`mobile`, `phone`, `手机号`…), else the first column. A header row is skipped; blank lines and `#`
 * comments too. Validation happens later, with every other number, in the client's planSend.
 */
export function mobilesFromText(text: string): string[] {
  const rows = parseCsv(text, { comments: true });
  const header = rows[0];
  let column = 0;
  if (header !== undefined) {
    const named = header.findIndex((cell) => PHONE_HEADER.test(cell));
    // A first row without a single digit cannot hold a number: it is a header whatever it says.
    if (named >= 0 || !header.some((cell) => /\d/.test(cell))) {
      column = Math.max(named, 0);
      rows.shift();
    }
  }
  return rows.map((cells) => cells[column] ?? '').filter((cell) => cell !== '');
}

export async function readMobilesFile(file: string, flag = '--mobiles-file'): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    const message = `${flag} ${file}: ${reason}`;
    throw new SmsInputError(message, [{ field: flag, message }], { cause: error });
  }
  let mobiles: string[];
  try {
    mobiles = mobilesFromText(text);
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    const message = `${flag} ${file}: ${error.message}`;
    throw new SmsInputError(message, [{ field: flag, message }], { hint: 'Nothing was sent.' });
  }
  if (mobiles.length === 0) {
    const message = `${flag} ${file} holds no phone numbers (one per line, or CSV with a "mobile" column)`;
    throw new SmsInputError(message, [{ field: flag, message }]);
  }
  return mobiles;
}

/**
 * `--mobiles` as the skill documents it: numbers separated by commas (also semicolons, newlines and the
 * full-width forms). Spaces are ambiguous: `+86 138 0013 8000` is one number, `13800000000 13900000000`
 * two; a piece that is a valid number as a whole stays whole, otherwise it is split on spaces.
 */
export function splitMobilesFlag(text: string): string[] {
  return text
    .split(/[,;\n，；、]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .flatMap((piece) => (/\s/.test(piece) && !normalizePhone(piece).ok ? piece.split(/\s+/) : [piece]));
}
