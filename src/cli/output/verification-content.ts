import { maskVerificationCode } from '../../core/index.ts';

/**
 * The send log's answer with every message text's verification code hidden (reference §5.1: codes are
 * never echoed). The answer is printed as the service sent it, so the texts are found by their field
 * name in either dialect (`Content` for the agent actions, `content` for the classic ones).
 */
export function hideVerificationCodes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(hideVerificationCodes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      (key === 'Content' || key === 'content') && typeof field === 'string'
        ? maskVerificationCode(field)
        : hideVerificationCodes(field),
    ]),
  );
}
