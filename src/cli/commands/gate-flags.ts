import type { FlagParse } from '../flag-values.ts';

// Flag values the application and batch gates share (reference §4.2): typed here once, checked again by
// the core's request schemas before anything is sent.

const lastText = (raw: unknown) => String(Array.isArray(raw) ? raw.at(-1) : raw).trim();

/** One of a few whole numbers (`--purpose 1|2`, `--source 1|2|3`). */
export const numberChoice =
  (...choices: number[]): FlagParse<number> =>
  (raw) => {
    const value = Number(lastText(raw));
    return choices.includes(value) ? { value } : { problem: `must be ${choices.join(', ')}` };
  };

/** A positive whole number (`--qualification-id`). */
export const positiveId: FlagParse<number> = (raw) => {
  const text = lastText(raw);
  return /^[1-9]\d{0,15}$/.test(text)
    ? { value: Number(text) }
    : { problem: 'must be a positive whole number' };
};

/** A count of numbers in a batch file, 0–1,000,000 (the handoff flags). */
export const batchCount: FlagParse<number> = (raw) => {
  const text = lastText(raw);
  const value = Number(text);
  return /^\d+$/.test(text) && value <= 1_000_000
    ? { value }
    : { problem: 'must be a whole number from 0 to 1000000' };
};

/** A JSON object (`--app-icp`, `--trademark`, `--short-url-config`). */
export const jsonObject: FlagParse<Record<string, unknown>> = (raw) => {
  try {
    const value: unknown = JSON.parse(lastText(raw));
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return { value: value as Record<string, unknown> };
  } catch {
    // Said below.
  }
  return { problem: 'must be a JSON object, e.g. \'{"appIcpFilling":"…"}\'' };
};

const CHANNELS = ['CN_OTP', 'CN_NTC', 'CN_MKT'];
/** `OTP`, `NTC`, `MKT` or their `CN_` names, repeatable. */
export const channelTypes: FlagParse<string[]> = (raw) => {
  const values = [raw].flat().map((item) => {
    const text = String(item).trim().toUpperCase();
    return text.startsWith('CN_') ? text : `CN_${text}`;
  });
  const bad = values.find((v) => !CHANNELS.includes(v));
  return bad === undefined ? { value: values } : { problem: 'must be CN_OTP, CN_NTC or CN_MKT' };
};

/** A 64-hex SHA-256 (`--file-sha256`), lower-cased. */
export const sha256Flag: FlagParse<string> = (raw) => {
  const value = lastText(raw).toLowerCase();
  return /^[0-9a-f]{64}$/.test(value)
    ? { value }
    : { problem: 'must be the 64 hex digits batch-create printed' };
};
