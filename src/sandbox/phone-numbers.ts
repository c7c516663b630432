/**
 * The service's number rules (reference §6, DOC-ERR RE:0006): mainland numbers are 11 digits starting
 * 1[3-9], with an optional +86/86 prefix; other numbers need a country code in E.164 form. Numbers are
 * stored normalised (mainland without prefix, others with "+") so filters match however they were sent.
 * Deliberately stricter than the core's client-side normalisePhone: the server takes what is on the wire
 * (no spaces or dashes are cleaned up here), as the real one does.
 */

const MAINLAND = /^(?:\+?86)?(1[3-9]\d{9})$/;
const E164 = /^\+([1-9]\d{6,14})$/;
// DOC-ERR writes foreign numbers without "+" (`852…`); a bare number starting with 1 is taken as a
// broken mainland number instead, since that is by far the likelier mistake.
const BARE_FOREIGN = /^([2-9]\d{7,14})$/;

export function normaliseMobile(raw: string): string | null {
  const compact = raw.trim();
  const mainland = MAINLAND.exec(compact);
  if (mainland) return mainland[1] as string;
  const foreign = E164.exec(compact) ?? BARE_FOREIGN.exec(compact);
  if (foreign && !(foreign[1] as string).startsWith('86')) return `+${foreign[1]}`;
  return null;
}
