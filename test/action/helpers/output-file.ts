/**
 * Reads a GITHUB_OUTPUT file the way the runner does: `name<<DELIMITER` heredocs (and plain `name=value`
 * lines). Throws on anything else, so a malformed file fails the test.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`output ${name}: delimiter ${delimiter} never closes`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const plain = /^([^=]+)=(.*)$/.exec(line);
    if (!plain) throw new Error(`not an output line: ${line}`);
    outputs[plain[1] as string] = plain[2] as string;
  }
  return outputs;
}
