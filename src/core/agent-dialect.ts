import { checkedBody, compact, type Dialect, type SendChunk } from './dialect.ts';
import {
  AGENT_VERSION,
  ListSignatureForAgentBodySchema,
  ListSmsSendLogForAgentBodySchema,
  ListSmsTemplateForAgentBodySchema,
  ListSubAccountForAgentBodySchema,
  ListTotalSendCountStatForAgentBodySchema,
  quickSendSmsForAgentBody,
  quickSendSmsResult,
  SendLogListSchema,
  SendSmsForAgentBodySchema,
  SendSmsResultSchema,
  SendStatsSchema,
  SignatureListSchema,
  SubAccountListSchema,
  TemplateListSchema,
} from './schemas/agent.ts';

// The skill's defaults: 20 per page for signatures and templates, 100 for send logs.
const LIST_PAGE_SIZE = 20;
const LOG_PAGE_SIZE = 100;

const post = (action: string, body: unknown) => ({
  action,
  version: AGENT_VERSION,
  method: 'POST' as const,
  body,
});

// Built field by field rather than through compact(): one object per send instead of two.
function sendBody(chunk: SendChunk): Record<string, unknown> {
  const body: Record<string, unknown> = {
    SubAccount: chunk.subAccount,
    Signature: chunk.signature,
    TemplateId: chunk.templateId,
    Mobiles: chunk.mobiles.join(','),
  };
  if (chunk.templateParam !== undefined) body.TemplateParam = chunk.templateParam;
  if (chunk.account !== undefined) body.Account = chunk.account;
  return body;
}

/** The six `*ForAgent` actions (reference §3.3–3.8): always POST, PascalCase JSON bodies. */
export const agentDialect: Dialect = {
  send: (chunk) => ({
    call: post(
      'SendSmsForAgent',
      checkedBody(SendSmsForAgentBodySchema, sendBody(chunk), quickSendSmsForAgentBody),
    ),
    schema: SendSmsResultSchema,
    quickParse: quickSendSmsResult,
  }),
  listSubAccounts: (input) => ({
    call: post(
      'ListSubAccountForAgent',
      checkedBody(ListSubAccountForAgentBodySchema, compact({ SubAccountName: input.subAccountName })),
    ),
    schema: SubAccountListSchema,
  }),
  listSignatures: (input) => ({
    call: post(
      'ListSignatureForAgent',
      checkedBody(
        ListSignatureForAgentBodySchema,
        compact({
          Signature: input.signature,
          SubAccounts: input.subAccounts ? [...input.subAccounts] : undefined,
          Page: input.page ?? 1,
          PageSize: input.pageSize ?? LIST_PAGE_SIZE,
        }),
      ),
    ),
    schema: SignatureListSchema,
  }),
  listTemplates: (input) => ({
    call: post(
      'ListSmsTemplateForAgent',
      checkedBody(
        ListSmsTemplateForAgentBodySchema,
        compact({
          TemplateId: input.templateId,
          SubAccounts: input.subAccounts ? [...input.subAccounts] : undefined,
          Signatures: input.signatures ? [...input.signatures] : undefined,
          Page: input.page ?? 1,
          PageSize: input.pageSize ?? LIST_PAGE_SIZE,
        }),
      ),
    ),
    schema: TemplateListSchema,
  }),
  listSendLogs: (input) => ({
    call: post(
      'ListSmsSendLogForAgent',
      checkedBody(
        ListSmsSendLogForAgentBodySchema,
        compact({
          SubAccount: input.subAccount,
          FromTime: input.fromTime,
          ToTime: input.toTime,
          Mobile: input.mobile,
          TemplateId: input.templateId,
          Signature: input.signature,
          MessageId: input.messageId,
          Page: input.page ?? 1,
          PageSize: input.pageSize ?? LOG_PAGE_SIZE,
        }),
      ),
    ),
    schema: SendLogListSchema,
  }),
  getSendStats: (input) => ({
    call: post(
      'ListTotalSendCountStatForAgent',
      checkedBody(
        ListTotalSendCountStatForAgentBodySchema,
        compact({
          StartTime: input.startTime,
          EndTime: input.endTime,
          SubAccount: input.subAccount,
          ChannelType: input.channelType,
          Signature: input.signature,
          TemplateId: input.templateId,
        }),
      ),
    ),
    schema: SendStatsSchema,
  }),
};
