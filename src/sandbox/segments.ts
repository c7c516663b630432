/**
 * Billed segments: one SMS holds 70 characters; a longer text is split into parts of 67 (the rest of
 * each part carries the concatenation header). Characters are counted as code points, signature included.
 */
export function segmentCount(text: string): number {
  const length = [...text].length;
  return length <= 70 ? 1 : Math.ceil(length / 67);
}
