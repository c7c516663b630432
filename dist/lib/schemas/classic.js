import { z } from 'zod';
import { SendSmsResultSchema, SendStatsSchema } from "./agent.js";
import { looseObject } from "./loose-object.js";
/**
 * Wire schemas of the classic actions (reference §3.1–3.7) and the mapping of their lowerCamel results
 * onto the agent API's PascalCase shapes, so every caller sees one result type whichever API answered.
 */
// ---- Requests -------------------------------------------------------------------------------------
export const SendSmsBodySchema = z.object({
    SmsAccount: z.string().min(1),
    Sign: z.string().min(1),
    TemplateID: z.string().min(1),
    /** Compact JSON string of an object of strings. */
    TemplateParam: z.string().optional(),
    /** Comma-separated, at most 200. */
    PhoneNumbers: z.string().min(1),
    Tag: z.string().max(512).optional(),
});
export const SendBatchSmsBodySchema = z.object({
    SmsAccount: z.string().min(1),
    Sign: z.string().min(1),
    TemplateID: z.string().min(1),
    Messages: z
        .array(z.object({ PhoneNumber: z.string().min(1), TemplateParam: z.string().optional() }))
        .min(1)
        .max(200),
    Tag: z.string().max(512).optional(),
});
const pageQuery = { pageIndex: z.string().regex(/^\d+$/), pageSize: z.string().regex(/^\d+$/) };
/** GET query (strings on the wire). */
export const GetSubAccountListQuerySchema = z.object({
    subAccountName: z.string().optional(),
});
export const GetSignatureAndOrderListQuerySchema = z.object({
    subAccount: z.string().optional(),
    signature: z.string().optional(),
    ...pageQuery,
});
export const GetSmsTemplateAndOrderListQuerySchema = z.object({
    subAccount: z.string().optional(),
    templateId: z.string().optional(),
    ...pageQuery,
});
export const GetSmsSendDetailsBodySchema = z.object({
    subAccount: z.string().min(1),
    phoneNumber: z.string().optional(),
    messageId: z.string().optional(),
    /** `yyyyMMdd`, Asia/Shanghai. */
    sendDate: z
        .string()
        .regex(/^\d{8}$/)
        .optional(),
    pageIndex: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
});
/** JSON body of a GET, as the Java SDK sends it (times as strings of epoch seconds). */
export const GetTotalSendCountStatV5BodySchema = z.object({
    startTime: z.string().regex(/^\d+$/),
    endTime: z.string().regex(/^\d+$/),
    smsAccount: z.string().optional(),
    signature: z.string().optional(),
    templateId: z.string().optional(),
    channelType: z.string().optional(),
});
// ---- Results, mapped onto the agent shapes --------------------------------------------------------
const int = z.number().int();
// The classic `createdTime` unit is undocumented; values past 10^12 can only be milliseconds.
const toSeconds = (value) => value === undefined ? undefined : value > 1e12 ? Math.floor(value / 1000) : value;
const listOf = (item) => looseObject({
    total: int.optional().default(0),
    list: z
        .array(item)
        .nullish()
        .transform((v) => v ?? []),
});
const defined = (value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
/** SendSms / SendBatchSms: `{ MessageID: [...] }`, already understood by the agent schema. */
export const ClassicSendResultSchema = SendSmsResultSchema;
export const ClassicSubAccountListSchema = listOf(looseObject({
    subAccountId: z.string(),
    subAccountName: z.string().optional(),
    status: z.union([int, z.string()]).optional(),
    createdTime: int.optional(),
    enabledChannelType: z.array(looseObject({ value: z.string().optional() })).nullish(),
})).transform((r) => ({
    Total: r.total,
    List: r.list.map((g) => defined({
        ...g,
        SubAccount: g.subAccountId,
        SubAccountName: g.subAccountName,
        Status: g.status,
        CreatedAt: toSeconds(g.createdTime),
        ChannelTypes: g.enabledChannelType?.flatMap((c) => (c.value ? [c.value] : [])),
    })),
}));
export const ClassicSignatureListSchema = listOf(looseObject({
    content: z.string(),
    status: z.union([int, z.string()]).optional(),
    source: z.union([z.string(), int]).optional(),
    subAccounts: z.array(z.string()).nullish(),
    channelTypes: z.array(z.string()).nullish(),
    usable: z.boolean().optional(),
    createdTime: int.optional(),
})).transform((r) => ({
    Total: r.total,
    List: r.list.map((s) => defined({
        ...s,
        Signature: s.content,
        Status: s.status,
        Source: s.source,
        SubAccounts: s.subAccounts,
        ChannelTypes: s.channelTypes,
        Usable: s.usable,
        CreatedAt: toSeconds(s.createdTime),
    })),
}));
export const ClassicTemplateListSchema = listOf(looseObject({
    templateId: z.string(),
    name: z.string().optional(),
    content: z.string().optional(),
    channelType: z.string().optional(),
    status: z.union([int, z.string()]).optional(),
    createdTime: int.optional(),
    subAccounts: z.array(z.string()).nullish(),
    signatures: z.array(z.string()).nullish(),
})).transform((r) => ({
    Total: r.total,
    List: r.list.map((t) => defined({
        ...t,
        TemplateId: t.templateId,
        TemplateName: t.name,
        Content: t.content,
        ChannelType: t.channelType,
        Status: t.status,
        CreatedAt: toSeconds(t.createdTime),
        SubAccounts: t.subAccounts,
        Signatures: t.signatures,
    })),
}));
export const ClassicSendDetailsSchema = looseObject({
    subAccount: z.string().optional(),
    total: int.optional().default(0),
    sendDetailsResults: z
        .array(looseObject({
        messageId: z.string(),
        status: int.optional(),
        errorCode: z.string().nullish(),
        errorMessage: z.string().nullish(),
        phoneNumber: z.string().optional(),
        signature: z.string().optional(),
        /** Capital `ID` on the wire; matched case-insensitively anyway. */
        templateID: z.string().optional(),
        content: z.string().optional(),
        channelType: z.string().optional(),
        msgCount: int.optional(),
        sendTime: int.nullish(),
        receiptTime: int.nullish(),
    }))
        .nullish()
        .transform((v) => v ?? []),
}).transform((r) => ({
    Total: r.total,
    List: r.sendDetailsResults.map((e) => defined({
        ...e,
        MessageId: e.messageId,
        SubAccount: r.subAccount,
        Signature: e.signature,
        TemplateId: e.templateID,
        ChannelType: e.channelType,
        Mobile: e.phoneNumber,
        Content: e.content,
        Status: e.status,
        ErrorCode: e.errorCode,
        ErrorMessage: e.errorMessage,
        SendTime: e.sendTime,
        ReceiptTime: e.receiptTime,
        Count: e.msgCount,
    })),
}));
/** The V5 counters are the agent ones in lowerCamel; the agent's `TotalSendCount` is the all-send count. */
export const ClassicSendStatsSchema = SendStatsSchema.transform((s) => ({
    ...s,
    TotalSendCount: s.TotalSendCount || s.TotalAllSendCount,
}));
