/** A number as accepted, or why it was not. */
export type NormalizedPhone = {
    ok: true;
    mobile: string;
} | {
    ok: false;
    reason: string;
};
/**
 * Normalises one phone number: mainland mobiles become their bare 11 digits (`13800000000`),
 * international numbers their E.164 form (`+6598620548`). Never throws.
 */
export declare function normalizePhone(input: string): NormalizedPhone;
/**
 * Masks a number for logs, summaries and channels: first 3 and last 4 characters kept
 * (`138****0000`, `+65****0548`); short inputs keep only their last 2.
 */
export declare function maskPhone(mobile: string): string;
/** Splits a pasted list on commas, semicolons, newlines and whitespace (ASCII and full-width). */
export declare function splitPhoneList(text: string): string[];
