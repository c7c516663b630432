import { AGENT_VERSION } from '../../core/index.ts';
import type { ParamShape } from '../request-params.ts';
import type { ActionDefinition } from './action-context.ts';
import { listSignatures, listSubAccounts, listTemplates } from './agent-lists.ts';
import { listSendLogs, sendStats } from './agent-reports.ts';
import { sendSmsForAgent } from './agent-send.ts';

/**
 * The six `2026-01-01` agent actions (reference §3.3–3.8), PascalCase in and out, plus the names newer
 * skill revisions use for the same operations. All are POST (reference-v2 §1.2): another method answers
 * 405 before anything happens.
 */

// How query-string values are typed when a POST carries its parameters in the query (Go's SDK does).
const SIGNATURE_QUERY: ParamShape = { integers: ['Page', 'PageSize'], arrays: ['SubAccounts'] };
const TEMPLATE_QUERY: ParamShape = { integers: ['Page', 'PageSize'], arrays: ['SubAccounts', 'Signatures'] };
const SEND_LOG_QUERY: ParamShape = { integers: ['Page', 'PageSize', 'FromTime', 'ToTime'] };
const STATS_QUERY: ParamShape = {
  integers: ['StartTime', 'EndTime'],
  arrays: ['ChannelType', 'Signature', 'TemplateId'],
};

const agent = (
  action: string,
  handle: ActionDefinition['handle'],
  shape: ParamShape = {},
): ActionDefinition => ({
  action,
  version: AGENT_VERSION,
  method: 'POST',
  shape,
  handle,
});

/** The newest skill's stats action answers the per-day points under a second name too. */
const sendStatsV4: ActionDefinition['handle'] = (params, context) => {
  const stats = sendStats(params, context);
  return { ...stats, DataPointsByDate: stats.DataPoints };
};

export const AGENT_ACTIONS: readonly ActionDefinition[] = [
  agent('SendSmsForAgent', sendSmsForAgent),
  agent('ListSubAccountForAgent', listSubAccounts),
  agent('GetSubAccountListForAgent', listSubAccounts),
  agent('ListSignatureForAgent', listSignatures, SIGNATURE_QUERY),
  agent('ListSignaturesForAgent', listSignatures, SIGNATURE_QUERY),
  agent('ListSmsTemplateForAgent', listTemplates, TEMPLATE_QUERY),
  agent('ListBatchTemplatesForAgent', listTemplates, TEMPLATE_QUERY),
  agent('ListSmsSendLogForAgent', listSendLogs, SEND_LOG_QUERY),
  agent('ListTotalSendCountStatForAgent', sendStats, STATS_QUERY),
  agent('GetTotalSendCountStatV4ForAgent', sendStatsV4, STATS_QUERY),
];
