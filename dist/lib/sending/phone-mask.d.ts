/**
 * Masks every phone number found in free text (server messages, logs, envelopes): mainland mobiles in any
 * spelling (`138 0000 0000`, `+86-138-0000-0000`, `(+86) 138…`, `0086138…`) become `138****0000`,
 * international numbers (`+65 6466 5541`, `0065…`) `+65****5541`. Identifiers are left alone: UUIDs and
 * runs of 16+ hex characters (digests, request ids), and digits inside a longer digit run.
 */
export declare function maskPhonesInText(text: string): string;
