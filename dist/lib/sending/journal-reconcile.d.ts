import type { CallOptions, SmsClient } from '../types.ts';
import type { Pacer } from './pace.ts';
export interface UnsettledNumber {
    mobile: string;
    /** When its chunk's intent was written (epoch ms). */
    since: number;
    messageId?: string | undefined;
}
export interface SendLogMatch {
    found: boolean;
    messageId?: string | undefined;
}
interface ReconcileTarget {
    subAccount: string;
    signature: string;
    templateId: string;
}
interface ReconcileOptions extends CallOptions {
    pacer: Pacer;
    now: number;
    /** Message ids the journal already holds (answered sends): their log entries are someone else's. */
    knownMessageIds: ReadonlySet<string>;
}
export declare function findInSendLog(client: Pick<SmsClient, 'listSendLogs'>, target: ReconcileTarget, unsettled: readonly UnsettledNumber[], options: ReconcileOptions): Promise<Map<string, SendLogMatch>>;
export {};
