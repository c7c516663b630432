import { displayWidth, padToWidth, truncateToWidth } from './text-width.ts';

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | undefined | null;
  /** Long free text (template content, error messages) is cut to this many cells. */
  maxWidth?: number | undefined;
}

/** A plain aligned table: upper-case headers, two spaces between columns, no trailing spaces. */
export function renderTable<Row>(columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const raw = column.value(row);
      const text = raw === undefined || raw === null || raw === '' ? '-' : String(raw).replace(/\s+/g, ' ');
      return column.maxWidth === undefined ? text : truncateToWidth(text, column.maxWidth);
    }),
  );
  const headers = columns.map((column) => column.header.toUpperCase());
  const widths = headers.map((header, index) =>
    Math.max(displayWidth(header), ...cells.map((line) => displayWidth(line[index] ?? ''))),
  );
  const format = (line: readonly string[]) =>
    line
      .map((cell, index) => (index === line.length - 1 ? cell : padToWidth(cell, widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [format(headers), ...cells.map(format)].join('\n') + '\n';
}

/** A single record's `[label, value]` lines; an undefined value shows as `-`. */
export type KeyValues = ReadonlyArray<readonly [string, string | number | undefined]>;

/** `Label:  value` lines, labels aligned; for single records (stats, doctor, dry-run plan). */
export function renderKeyValues(pairs: KeyValues): string {
  const width = Math.max(0, ...pairs.map(([label]) => displayWidth(label) + 1));
  return (
    pairs.map(([label, value]) => `${padToWidth(`${label}:`, width)}  ${value ?? '-'}`.trimEnd()).join('\n') +
    '\n'
  );
}
