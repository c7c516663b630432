import { z } from 'zod';
import { looseObject } from "./loose-object.js";
/**
 * Wire schemas of the `2026-01-01` agent actions (reference §3.3–3.8, §3.11). Request bodies are
 * PascalCase exactly as sent; results are parsed case-insensitively and keep unknown fields.
 */
const int = z.number().int();
const page = { Page: int.min(1), PageSize: int.min(1).max(100) };
// ---- Requests (bodies) ----------------------------------------------------------------------------
export const SendSmsForAgentBodySchema = z.object({
    SubAccount: z.string().min(1),
    Signature: z.string().min(1),
    TemplateId: z.string().min(1),
    /** Comma-separated, 1–200 numbers. */
    Mobiles: z.string().min(1),
    /** Compact JSON string of an object of strings. */
    TemplateParam: z.string().optional(),
    /** Deprecated by the newest contract (identity comes from auth); sent only when the caller gives it. */
    Account: z.string().optional(),
});
export const ListSubAccountForAgentBodySchema = z.object({
    SubAccountName: z.string().optional(),
});
export const ListSignatureForAgentBodySchema = z.object({
    Signature: z.string().optional(),
    SubAccounts: z.array(z.string()).optional(),
    ...page,
});
export const ListSmsTemplateForAgentBodySchema = z.object({
    TemplateId: z.string().optional(),
    SubAccounts: z.array(z.string()).optional(),
    Signatures: z.array(z.string()).optional(),
    ...page,
});
export const ListSmsSendLogForAgentBodySchema = z.object({
    SubAccount: z.string().optional(),
    FromTime: int.optional(),
    ToTime: int.optional(),
    Mobile: z.string().optional(),
    TemplateId: z.string().optional(),
    Signature: z.string().optional(),
    MessageId: z.string().optional(),
    ...page,
});
export const ListTotalSendCountStatForAgentBodySchema = z.object({
    StartTime: int,
    EndTime: int,
    SubAccount: z.string().optional(),
    ChannelType: z.string().optional(),
    Signature: z.string().optional(),
    TemplateId: z.string().optional(),
});
// ---- Results --------------------------------------------------------------------------------------
const list = (item) => looseObject({
    Total: int.optional().default(0),
    // A missing or null list is an empty one. Before the parse, not after, so the result's JSON Schema (the
    // MCP tools' output schemas) is the array's.
    List: z.preprocess((v) => v ?? [], z.array(item)),
});
export const SendSmsResultSchema = looseObject({
    MessageIds: z.array(z.string()).optional(),
    /**
     * Older skill revisions answer with a single id or a list under this name, classic SendSms with a list
     * as `MessageID`. Keys match case-insensitively, so this one entry takes both spellings (two entries
     * would collide: the later one took `MessageId` too and refused a single id).
     */
    MessageId: z.union([z.string(), z.array(z.string())]).optional(),
}).transform((r) => ({
    ...r,
    MessageIds: r.MessageIds ?? (r.MessageId === undefined ? [] : [r.MessageId].flat()),
}));
export const SubAccountSchema = looseObject({
    SubAccount: z.string(),
    SubAccountName: z.string().optional(),
    ChannelType: z.string().optional(),
    ChannelTypes: z.array(z.string()).optional(),
    Status: z.union([int, z.string()]).optional(),
    CreatedAt: int.optional(),
});
export const SubAccountListSchema = list(SubAccountSchema);
export const SignatureSchema = looseObject({
    Signature: z.string(),
    Status: z.union([int, z.string()]).optional(),
    StatusDescription: z.string().optional(),
    SubAccounts: z.array(z.string()).nullish(),
    ChannelTypes: z.array(z.string()).nullish(),
    Source: z.union([z.string(), int]).optional(),
    Usable: z.boolean().optional(),
    CreatedAt: int.optional(),
    UpdatedAt: int.optional(),
});
export const SignatureListSchema = list(SignatureSchema);
export const TemplateParamInfoSchema = looseObject({
    Name: z.string().optional(),
    ParamName: z.string().optional(),
});
export const TemplateSchema = looseObject({
    TemplateId: z.string(),
    TemplateName: z.string().optional(),
    Name: z.string().optional(),
    Content: z.string().optional(),
    ChannelType: z.string().optional(),
    Signature: z.string().optional(),
    Signatures: z.array(z.string()).nullish(),
    SubAccounts: z.array(z.string()).nullish(),
    TemplateParams: z.array(TemplateParamInfoSchema).nullish(),
    Status: z.union([int, z.string()]).optional(),
    CreatedAt: int.optional(),
    UpdatedAt: int.optional(),
});
export const TemplateListSchema = list(TemplateSchema);
export const SendLogEntrySchema = looseObject({
    MessageId: z.string(),
    SubAccount: z.string().optional(),
    Signature: z.string().optional(),
    TemplateId: z.string().optional(),
    ChannelType: z.string().optional(),
    /** Masked by the server when present. */
    Mobile: z.string().optional(),
    Content: z.string().optional(),
    /** 1 awaiting receipt, 2 failed, 3 delivered. */
    Status: int.optional(),
    ErrorCode: z.string().nullish(),
    ErrorType: z.string().nullish(),
    ErrorMessage: z.string().nullish(),
    /** Epoch milliseconds. */
    SendTime: int.nullish(),
    /** Epoch milliseconds. */
    ReceiptTime: int.nullish(),
    Count: int.optional(),
});
export const SendLogListSchema = list(SendLogEntrySchema);
const count = int.optional().default(0);
const rate = z.number().optional().default(0);
export const StatsDataPointSchema = looseObject({
    Date: z.string().optional(),
    AllSendCount: count,
    SendSuccessCount: count,
    ReceiptSuccessCount: count,
    ReceiptFailureCount: count,
    NoReceipt72HourCount: count,
    SendSuccessRate: rate,
    ReceiptSuccessRate: rate,
});
export const SendStatsSchema = looseObject({
    TotalSendCount: count,
    TotalAllSendCount: count,
    TotalSendSuccessCount: count,
    TotalReceiptSuccessCount: count,
    TotalReceiptFailureCount: count,
    TotalNoReceipt72HourCount: count,
    TotalSendSuccessRate: rate,
    TotalReceiptSuccessRate: rate,
    DataPoints: z.array(StatsDataPointSchema).nullish(),
});
