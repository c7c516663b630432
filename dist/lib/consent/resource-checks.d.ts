import type { Signature } from '../schemas/agent.ts';
import type { SmsClient } from '../types.ts';
import { type GateFailure } from './gate-failure.ts';
export declare const EVERY_GROUP: Set<string>;
export declare const PAGE: {
    page: number;
    pageSize: number;
};
export declare const CHANNEL_TYPES: Set<string>;
export type Checked<T> = {
    ok: true;
    value: T;
} | GateFailure;
export declare const isNotRejected: (status: string | number | undefined) => boolean;
/**
 * A reconciling read: the one item of a list's first page (100) that `matches` the write whose answer was
 * lost. None, or several alike: undefined, since the read cannot tell that this write made it.
 */
export declare function theOneListed<T>(list: (page: typeof PAGE) => Promise<{
    result: {
        List: T[];
    };
}>, matches: (item: T) => boolean): Promise<T | undefined>;
export declare const isApproved: (status: string | number | undefined) => boolean;
/** The single-send rule: an empty list, `*` or `All` pass. `strict` (batch, §3.1): only the group itself. */
export declare const boundTo: (groups: readonly string[] | null | undefined, group: string, strict?: boolean) => boolean;
export declare function invalid(message: string, field: string, hint: string): GateFailure;
export declare function query<T>(run: () => Promise<T>): Promise<Checked<T>>;
/** GetSubAccountDetail: the group exists and its status is 1 (the send preview's rule). */
export declare function checkGroupDetail(client: SmsClient, subAccount: string): Promise<GateFailure | undefined>;
/** ListSubAccountForAgent: the group is among the approved groups (batch §3.1, signature applications). */
export declare function checkGroupListed(client: SmsClient, subAccount: string): Promise<Checked<{
    ChannelTypes?: string[] | undefined;
    SubAccountName?: string | undefined;
}>>;
/**
 * ListSignatureForAgent: approved (3/5), not `usable:false`, bound to every group (`strict`, batch §3.1:
 * only the group itself counts) and, when the signature lists its channels, taking `channel`.
 */
export declare function checkSignature(client: SmsClient, signature: string, groups: string | readonly string[], options?: {
    strict?: boolean;
    channel?: string | undefined;
}): Promise<Checked<Signature>>;
/** GetSignatureIdentificationList `{id}`: approved and usable, and of the request's purpose when it says. */
export declare function checkQualification(client: SmsClient, id: number, purpose?: number): Promise<GateFailure | undefined>;
