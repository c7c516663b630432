import type { JournalRecord, SendJournalStore } from './send-journal.ts';
/** A new journal; an existing file is refused (it may be the journal of a send not yet resumed). */
export declare function createFileJournal(file: string): Promise<SendJournalStore>;
/** An existing journal, appended to by a resume. */
export declare function openFileJournal(file: string): Promise<SendJournalStore>;
/** Every record of a journal file; a torn last line (the writer was killed mid-write) is left out. */
export declare function readJournalFile(file: string): Promise<JournalRecord[]>;
