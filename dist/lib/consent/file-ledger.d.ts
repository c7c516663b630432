import type { LedgerStore } from './ledger.ts';
type Env = Readonly<Record<string, string | undefined>>;
/** `VOLC_SMS_STATE_DIR`, else `$XDG_STATE_HOME/volc-sms`, else `~/.local/state/volc-sms`. */
export declare function defaultLedgerDir(env: Env): string;
export declare function fileLedgerStore(dir: string, now?: () => number): LedgerStore;
export {};
