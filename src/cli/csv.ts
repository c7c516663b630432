/**
 * A small RFC 4180 reader: commas (or tabs/semicolons when the header uses them), double-quoted fields
 * with `""` escapes and embedded separators or newlines, CRLF or LF, a UTF-8 BOM. Enough for spreadsheet
 * exports of numbers and template values; no dependency needed.
 */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const firstLine = input.slice(0, input.search(/\r?\n|$/));
  const separator = [',', '\t', ';'].find((candidate) => firstLine.includes(candidate)) ?? ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < input.length; index += 1) {
    const char = input[index] as string;
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === separator) {
      row.push(field.trim());
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index += 1;
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field.trim());
    rows.push(row);
  }
  // Blank lines carry nothing; a lone empty field is what they parse to.
  return rows.filter((cells) => cells.some((cell) => cell !== ''));
}
