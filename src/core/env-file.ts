/**
 * Parses a dotenv-style file: `KEY=VALUE` lines, an optional `export ` prefix, `#` comments, single
 * quotes (literal), double quotes (with \n, \t, \", \\ escapes), and unquoted values with trailing
 * ` # comments`. Lines that are not assignments are ignored, as shells and dotenv do.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    out[match[1] as string] = parseValue(match[2] as string);
  }
  return out;
}

function parseValue(raw: string): string {
  if (raw.startsWith("'")) {
    const end = raw.indexOf("'", 1);
    return end === -1 ? raw.slice(1) : raw.slice(1, end);
  }
  if (raw.startsWith('"')) {
    let value = '';
    for (let i = 1; i < raw.length; i++) {
      const c = raw[i] as string;
      if (c === '"') return value;
      if (c === '\\' && i + 1 < raw.length) {
        const next = raw[++i] as string;
        value += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
      } else value += c;
    }
    return value;
  }
  return raw.replace(/\s+#.*$/, '').trim();
}
