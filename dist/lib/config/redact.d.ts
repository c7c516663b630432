/**
 * Removes secrets from text before it reaches an error, a log or a channel: every listed secret,
 * signatures, Bearer tokens and access key ids in Authorization values; also masks phone numbers.
 */
export declare function redact(text: string, secrets?: readonly (string | undefined)[]): string;
/** redact() applied to every string inside a parsed JSON value (an envelope kept on an error). */
export declare function redactJson(value: unknown, secrets?: readonly (string | undefined)[]): unknown;
