/** Small Markdown helpers for job summaries (GitHub-flavoured; rendered by the runner, 1 MiB per step). */

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** A table cell that cannot break the table: pipes escaped, line breaks flattened. */
export function cell(value: string | number | undefined): string {
  if (value === undefined || value === '') return '—';
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

/** Inline code that stays inline code whatever the text holds. */
export function code(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ');
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  return lines.join('\n');
}

/**
 * Keeps a summary under the runner's 1 MiB limit: above it the runner drops the whole summary, so cutting
 * the tail with a note is strictly better. Callers already cap table rows; this is the last guard.
 */
export function capSummary(markdown: string, limitBytes = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes) return markdown;
  const note = '\n\n_Summary truncated to stay under the 1 MiB job-summary limit; see the step outputs._\n';
  let cut = Buffer.from(markdown, 'utf8')
    .subarray(0, limitBytes - Buffer.byteLength(note) - 4)
    .toString('utf8');
  // A cut inside a multi-byte character leaves U+FFFD; drop it and the partial line.
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return cut + note;
}

/** `87.5 %`; `–` where nothing was there to count (`whole` is 0), rather than a made-up `0.0 %`. */
export function percent(rate: number, whole?: number): string {
  if (whole === 0) return '–';
  // The API reports rates as fractions (0.87); a value above 1 can only be a percentage already.
  const value = rate <= 1 ? rate * 100 : rate;
  return `${value.toFixed(1)} %`;
}
