import { timingSafeEqual } from 'node:crypto';

/**
 * Whether two secrets-derived strings (a request signature, an upload URL's signature, a bearer key) are
 * equal, in time that does not depend on where they first differ. Different lengths are simply unequal.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
