import { readFileSync } from 'node:fs';

export interface ActionMetadata {
  top: Record<string, string>;
  /** `inputs:` / `outputs:` / `runs:` / `branding:` entries: name → their scalar properties. */
  sections: Record<string, Record<string, Record<string, string>>>;
  /** Scalar children of a section such as `runs:` (`using`, `main`). */
  sectionScalars: Record<string, Record<string, string>>;
}

function scalar(text: string): string {
  const value = text.trim();
  if (/^".*"$/.test(value)) return JSON.parse(value) as string;
  if (/^'.*'$/.test(value)) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/**
 * A reader for action.yml's simple shape, enough to compare names (no YAML dependency): top-level keys,
 * section keys at two spaces, their properties at four. Folded scalars (`>-`) are read as one string.
 */
export function readActionMetadata(path: string): ActionMetadata {
  const meta: ActionMetadata = { top: {}, sections: {}, sectionScalars: {} };
  let section = '';
  let entry = '';
  let folded: { target: Record<string, string>; key: string; indent: number } | undefined;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (folded && indent > folded.indent) {
      folded.target[folded.key] = `${folded.target[folded.key] ?? ''} ${line.trim()}`.trim();
      continue;
    }
    folded = undefined;
    const match = /^(\s*)([A-Za-z0-9_-]+):(?:\s+(.*))?$/.exec(line);
    if (!match) throw new Error(`action.yml: cannot read line: ${line}`);
    const [, , key, rest = ''] = match as unknown as [string, string, string, string?];
    const target =
      indent === 0
        ? meta.top
        : indent === 2
          ? (meta.sectionScalars[section] ??= {})
          : ((meta.sections[section] ??= {})[entry] ??= {});
    if (indent === 0) section = key;
    if (indent === 2) entry = key;
    if (rest === '>-' || rest === '>' || rest === '|') {
      folded = { target, key, indent };
      target[key] = '';
    } else if (rest !== '') target[key] = scalar(rest);
    else if (indent === 2) (meta.sections[section] ??= {})[key] ??= {};
  }
  return meta;
}
