import { type GateFailure } from '../consent/gate-failure.ts';
import type { ChannelType } from '../schemas/agent-v2-requests.ts';
import type { SmsClient } from '../types.ts';
/**
 * Which approved template has exactly this text (agent-v2 reference §4.2 `match-template`), so an agent can
 * pick a template from what the user wrote without guessing. The rules are the skill's:
 * - ListSmsTemplateForAgent for the group and signature, 100 a page, at most 100 pages (a page seen twice
 *   aborts): the ids whose status is approved (3/5) and whose channel is the one asked for;
 * - one ListSecondTemplate for the signature: each of those ids whose detail has the same channel, lists the
 *   group (or `*`/`All`; none fails), names the signature (when it names any), declares its parameters, and
 *   whose content, without its leading `【signature】`, is identical to `content`, code unit for code unit;
 * - candidates de-duplicated by id and sorted by it: none, single or ambiguous.
 */
export interface TemplateMatchInput {
    /** The text to find, as it would be sent (no signature prefix); compared exactly, not trimmed. */
    content: string;
    /** Normalised (no outer brackets). */
    signature: string;
    subAccount: string;
    channelType: ChannelType;
}
export interface TemplateCandidate {
    templateId: string;
    signature: string;
    subAccount: string;
    /** Sorted. */
    variableNames: string[];
    /** Characters (code points) of the content. */
    contentLength: number;
    contentSha256: string;
}
export interface TemplateMatch {
    ok: true;
    classification: 'none' | 'single' | 'ambiguous';
    candidates: TemplateCandidate[];
}
/** The match, or how the queries failed (`resource_query_failed`, `contract_conflict`). */
export declare function matchTemplate(client: SmsClient, input: TemplateMatchInput): Promise<TemplateMatch | GateFailure>;
