/**
 * "Did you mean" for mistyped commands and flags: the closest known name by edit distance, when it is
 * close enough to be the one meant. `-` and `_` count as the same (the skill's names use `_`, people type
 * `list-sms-send-log`).
 */

/** Levenshtein distance with adjacent swaps counting once (`sned` → `send`). */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

const fold = (name: string) => name.toLowerCase().replaceAll('-', '_');

/** The known name closest to `typed`, or undefined when none is within a third of its length. */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const target = fold(typed);
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const score = distance(target, fold(name));
    if (best === undefined || score < best.score) best = { name, score };
  }
  if (best === undefined) return undefined;
  return best.score <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
