/** `${name}` placeholders of a template, in order of first appearance. */
export function templateVariables(content: string): string[] {
  const names = new Set<string>();
  for (const match of content.matchAll(/\$\{([^}]+)\}/g)) names.add(match[1] as string);
  return [...names];
}

export function renderTemplate(content: string, params: Readonly<Record<string, string>>): string {
  return content.replace(/\$\{([^}]+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * Billed segments: one SMS holds 70 characters; a longer text is split into parts of 67 (the rest of
 * each part carries the concatenation header). Characters are counted as code points, signature included.
 */
export function segmentCount(text: string): number {
  const length = [...text].length;
  return length <= 70 ? 1 : Math.ceil(length / 67);
}
