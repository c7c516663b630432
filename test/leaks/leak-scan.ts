import { expect } from 'vitest';

/**
 * What the leak-scan matrix (test/leaks/*.test.ts) runs with, and the scanner that looks for it in every
 * output. Each entry point runs the same kinds of cells: success, API errors, auth errors, outcome-unknown
 * faults and bad input; every output of each cell is scanned, and any hit fails the cell, naming the output.
 */

/** Credentials of the matrix; the sandbox accepts the first three. None may appear in any output. */
export const SECRETS = {
  accessKeyId: 'AKLTleakscanKeyId',
  secretAccessKey: 'leakscan-secret-access-key',
  apiKey: 'leakscan-gateway-api-key',
  sessionToken: 'leakscan-sts-session-token',
  slackBotToken: 'xoxb-leakscan-bot-token',
  slackSigningSecret: 'leakscan-slack-signing-secret',
  proxyPassword: 'leakscan-proxy-pass',
} as const;

/** The sandbox's options for these credentials. */
export const SANDBOX_KEYS = {
  accessKeyId: SECRETS.accessKeyId,
  secretAccessKey: SECRETS.secretAccessKey,
  apiKey: SECRETS.apiKey,
};

/**
 * Numbers as users type them, each with its digits (the mainland number, or the E.164 digits after the
 * country code). 13812340007 fails delivery in the sandbox's default seed (NE:0105), 13812340009 too (CR:0202).
 */
export const NUMBERS = {
  spaced: { spelling: '138 1234 0001', digits: '13812340001' },
  dashed: { spelling: '+86 139-1234-0002', digits: '13912340002' },
  bracketed: { spelling: '(+86) 137 1234 0003', digits: '13712340003' },
  prefixed: { spelling: '008615912340004', digits: '15912340004' },
  bare: { spelling: '18612340005', digits: '18612340005' },
  failsDelivery: { spelling: '13812340007', digits: '13812340007' },
  singapore: { spelling: '+65 6466 5541', digits: '64665541' },
  britain: { spelling: '+44 7911 123456', digits: '7911123456' },
  /** Invalid: 10 and 12 digits. Refused, and never printed whole either. */
  short: { spelling: '1381234000', digits: '1381234000' },
  long: { spelling: '138123400099', digits: '138123400099' },
  /** A number given as a template value (`{"code":15987654321}`). */
  asTemplateValue: { spelling: '15987654321', digits: '15987654321' },
} as const;

export const GOOD_NUMBERS = [
  NUMBERS.spaced,
  NUMBERS.dashed,
  NUMBERS.bracketed,
  NUMBERS.prefixed,
  NUMBERS.bare,
  NUMBERS.failsDelivery,
  NUMBERS.singapore,
  NUMBERS.britain,
].map((n) => n.spelling);

// Digits found with up to two separator characters between them: every spelling of a number.
const numberPatterns = Object.entries(NUMBERS).map(([name, { digits }]) => ({
  name: `number ${digits} (${name})`,
  pattern: new RegExp(digits.split('').join(String.raw`[\s\-.()\u00a0]{0,2}`)),
}));

/** What leaked into `text`: the secrets and numbers found, each with a little context. */
export function leaksIn(text: string): string[] {
  const hits: string[] = [];
  const context = (index: number, length: number) =>
    JSON.stringify(text.slice(Math.max(0, index - 40), index + length + 40));
  for (const [name, secret] of Object.entries(SECRETS)) {
    const index = text.indexOf(secret);
    if (index >= 0) hits.push(`secret ${name} in ${context(index, secret.length)}`);
  }
  for (const { name, pattern } of numberPatterns) {
    const match = pattern.exec(text);
    if (match) hits.push(`${name} in ${context(match.index, match[0].length)}`);
  }
  return hits;
}

/** Fails naming every output (by its label) that holds a secret or a full number. */
export function expectNoLeaks(outputs: Readonly<Record<string, string>>): void {
  const found = Object.entries(outputs).flatMap(([label, text]) =>
    leaksIn(text).map((hit) => `${label}: ${hit}`),
  );
  expect(found).toEqual([]);
}
