import { AGENT_VERSION } from "./api-versions.js";
import { compact } from "./dialect.js";
import { quickSendLogList, quickSendSmsResult, sendSmsForAgentBodyPasses } from "../schemas/quick-read.js";
// The skill's defaults: 20 per page for signatures and templates, 100 for send logs.
const LIST_PAGE_SIZE = 20;
const LOG_PAGE_SIZE = 100;
const post = (action, body) => ({
    action,
    version: AGENT_VERSION,
    method: 'POST',
    body,
});
// Built field by field rather than through compact(): one object per send instead of two.
function sendBody(chunk) {
    const body = {
        SubAccount: chunk.subAccount,
        Signature: chunk.signature,
        TemplateId: chunk.templateId,
        Mobiles: chunk.mobiles.join(','),
    };
    if (chunk.templateParam !== undefined)
        body.TemplateParam = chunk.templateParam;
    if (chunk.account !== undefined)
        body.Account = chunk.account;
    return body;
}
/** The six `*ForAgent` actions (reference §3.3–3.8): always POST, PascalCase JSON bodies. */
export const agentDialect = {
    send: (chunk) => ({
        call: post('SendSmsForAgent', sendBody(chunk)),
        paramsSchema: (s) => s.SendSmsForAgentBodySchema,
        paramsPass: sendSmsForAgentBodyPasses,
        resultSchema: (s) => s.SendSmsResultSchema,
        quickResult: quickSendSmsResult,
    }),
    listSubAccounts: (input) => ({
        call: post('ListSubAccountForAgent', compact({ SubAccountName: input.subAccountName })),
        paramsSchema: (s) => s.ListSubAccountForAgentBodySchema,
        resultSchema: (s) => s.SubAccountListSchema,
    }),
    listSignatures: (input) => ({
        call: post('ListSignatureForAgent', compact({
            Signature: input.signature,
            SubAccounts: input.subAccounts ? [...input.subAccounts] : undefined,
            Page: input.page ?? 1,
            PageSize: input.pageSize ?? LIST_PAGE_SIZE,
        })),
        paramsSchema: (s) => s.ListSignatureForAgentBodySchema,
        resultSchema: (s) => s.SignatureListSchema,
    }),
    listTemplates: (input) => ({
        call: post('ListSmsTemplateForAgent', compact({
            TemplateId: input.templateId,
            SubAccounts: input.subAccounts ? [...input.subAccounts] : undefined,
            Signatures: input.signatures ? [...input.signatures] : undefined,
            Page: input.page ?? 1,
            PageSize: input.pageSize ?? LIST_PAGE_SIZE,
        })),
        paramsSchema: (s) => s.ListSmsTemplateForAgentBodySchema,
        resultSchema: (s) => s.TemplateListSchema,
    }),
    listSendLogs: (input) => ({
        call: post('ListSmsSendLogForAgent', compact({
            SubAccount: input.subAccount,
            FromTime: input.fromTime,
            ToTime: input.toTime,
            Mobile: input.mobile,
            TemplateId: input.templateId,
            Signature: input.signature,
            MessageId: input.messageId,
            Page: input.page ?? 1,
            PageSize: input.pageSize ?? LOG_PAGE_SIZE,
        })),
        paramsSchema: (s) => s.ListSmsSendLogForAgentBodySchema,
        quickResult: quickSendLogList,
        resultSchema: (s) => s.SendLogListSchema,
    }),
    getSendStats: (input) => ({
        call: post('ListTotalSendCountStatForAgent', compact({
            StartTime: input.startTime,
            EndTime: input.endTime,
            SubAccount: input.subAccount,
            ChannelType: input.channelType,
            Signature: input.signature,
            TemplateId: input.templateId,
        })),
        paramsSchema: (s) => s.ListTotalSendCountStatForAgentBodySchema,
        resultSchema: (s) => s.SendStatsSchema,
    }),
};
