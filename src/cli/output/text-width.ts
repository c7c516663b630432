import stringWidth from 'string-width';

// Terminal cells, as string-width counts them: CJK and fullwidth forms take two, an emoji cluster two
// (with its variation selector or ZWJ parts), combining marks and ANSI escape codes none. Template
// contents and signatures are mostly Chinese, so a table aligned on `.length` would be ragged.

/** ANSI escape sequences (CSI such as colours, and OSC such as hyperlinks): no cells, never cut. */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** `text` as ANSI codes and grapheme clusters, in order (a cluster is never split: 👩‍💻 stays whole). */
function* pieces(text: string): Generator<{ text: string; ansi: boolean }> {
  let at = 0;
  for (const match of text.matchAll(ANSI)) {
    for (const { segment } of graphemes.segment(text.slice(at, match.index)))
      yield { text: segment, ansi: false };
    yield { text: match[0], ansi: true };
    at = match.index + match[0].length;
  }
  for (const { segment } of graphemes.segment(text.slice(at))) yield { text: segment, ansi: false };
}

/**
 * Cuts `text` to at most `max` cells, ending with `…` when something was cut. Whole clusters only, and
 * every ANSI code kept (a colour reset after the cut still resets).
 */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let kept = '';
  let codes = '';
  let width = 0;
  let cut = false;
  for (const piece of pieces(text)) {
    if (piece.ansi) {
      if (cut) codes += piece.text;
      else kept += piece.text;
      continue;
    }
    if (cut) continue;
    const w = stringWidth(piece.text);
    if (width + w > max - 1) {
      cut = true;
      continue;
    }
    kept += piece.text;
    width += w;
  }
  return `${kept}…${codes}`;
}

export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
