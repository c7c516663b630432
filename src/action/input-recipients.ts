import { SmsInputError, normalizePhone, parseTemplateParam, splitPhoneList } from '../core/index.ts';
import type { InputIssue } from '../core/index.ts';

// The free-text inputs of a send: the recipients (inline or from a file) and the template parameters, read
// the way people write them in a workflow file.

/**
 * Workflows list numbers one per line or comma-separated, and people write `+86 138 0000 0000` with spaces;
 * so when the text has a list separator, spaces stay inside numbers. A single line is one number when it
 * reads as one (`+65 9862 0548`; the runner trims the input, so no trailing newline can say so), else
 * space-separated numbers (the core's split).
 */
export function splitRecipients(text: string): string[] {
  if (!/[,;，；、\n]/.test(text)) {
    const line = text.trim();
    return /\s/.test(line) && normalizePhone(line).ok ? [line] : splitPhoneList(line);
  }
  return text
    .split(/[,;，；、\r\n]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

const PARAM_LINE = /^([A-Za-z_][\w.-]*)\s*[:=]\s?(.*)$/;

/**
 * `template-param` as JSON (`{"code":"123456"}`), or one `name: value` per line. The line form exists for
 * workflow expressions: `message: ${{ github.event.head_commit.message }}` cannot break it with a quote or a
 * backslash the way it breaks hand-written JSON. Values are taken verbatim, after the first `: ` or `=`.
 */
export function parseTemplateParamInput(text: string): Record<string, string> {
  if (text.startsWith('{')) return parseTemplateParam(text, 'template-param');
  const params: Record<string, string> = {};
  const issues: InputIssue[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = PARAM_LINE.exec(line.trim());
    if (!match) {
      issues.push({
        field: 'template-param',
        message: `line ${index + 1} is not "name: value"; give a JSON object or one name: value per line`,
      });
    } else params[match[1] as string] = match[2] as string;
  });
  if (issues.length > 0) throw new SmsInputError(issues[0]?.message ?? 'template-param', issues);
  return params;
}

export function phoneIssues(entries: string[], field: 'phone-numbers' | 'phone-numbers-file'): InputIssue[] {
  const issues: InputIssue[] = [];
  entries.forEach((entry, index) => {
    const phone = normalizePhone(entry);
    // The entry is named by position, not echoed: a near-miss number is still somebody's number.
    if (!phone.ok) issues.push({ field, message: `entry ${index + 1} ${phone.reason}` });
  });
  return issues;
}

/** Reads a text file named by an input; undefined when it does not exist or cannot be read. */
export type ReadInputFile = (path: string) => string | undefined;

/** Numbers from `phone-numbers-file`: the same separators as the input, `#` comment lines skipped. */
export function recipientsFromFile(path: string, readFile: ReadInputFile, issues: InputIssue[]): string[] {
  const text = readFile(path);
  if (text === undefined) {
    issues.push({ field: 'phone-numbers-file', message: `${path} does not exist or cannot be read` });
    return [];
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'));
  const numbers = splitRecipients(lines.join('\n'));
  if (numbers.length === 0)
    issues.push({ field: 'phone-numbers-file', message: `${path} lists no phone number` });
  issues.push(...phoneIssues(numbers, 'phone-numbers-file'));
  return numbers;
}
