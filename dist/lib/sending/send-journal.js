/**
 * A journal of a direct send (issue 14): what was asked, each chunk's numbers before its request goes
 * out, each chunk's result after, and what a resume reconciled. A crash or a kill anywhere leaves a
 * journal from which `resumeDirectSend` knows, per number, whether it was never attempted, answered, or
 * possibly sent. It holds phone numbers and template values, never a credential.
 */
export const JOURNAL_VERSION = 1;
/** A journal in memory, for tests and for callers that persist it themselves. */
export function memoryJournalStore(records = []) {
    return {
        records,
        async append(record) {
            records.push(structuredClone(record));
        },
        async read() {
            return structuredClone(records);
        },
    };
}
