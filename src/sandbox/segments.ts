/**
 * Billed segments: one SMS holds 70 characters; a longer text is split into parts of 67 (the rest of
 * each part carries the concatenation header). Characters are counted as code points, signature included
 * (a loop over UTF-16 units rather than `[...text]`: a batch task counts a million texts).
 */
export function segmentCount(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) length -= 1;
  }
  return length <= 70 ? 1 : Math.ceil(length / 67);
}
