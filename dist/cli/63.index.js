export const id = 63;
export const ids = [63];
export const modules = {

/***/ 84865:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SendStatsSchema = exports.StatsDataPointSchema = exports.SendLogListSchema = exports.SendLogEntrySchema = exports.TemplateListSchema = exports.TemplateSchema = exports.TemplateParamInfoSchema = exports.SignatureListSchema = exports.SignatureSchema = exports.SubAccountListSchema = exports.SubAccountSchema = exports.SendSmsResultSchema = exports.ListTotalSendCountStatForAgentBodySchema = exports.ListSmsSendLogForAgentBodySchema = exports.ListSmsTemplateForAgentBodySchema = exports.ListSignatureForAgentBodySchema = exports.ListSubAccountForAgentBodySchema = exports.SendSmsForAgentBodySchema = void 0;
const zod_1 = __webpack_require__(50924);
const loose_object_ts_1 = __webpack_require__(61812);
/**
 * Wire schemas of the `2026-01-01` agent actions (reference §3.3–3.8, §3.11). Request bodies are
 * PascalCase exactly as sent; results are parsed case-insensitively and keep unknown fields.
 */
const int = zod_1.z.number().int();
const page = { Page: int.min(1), PageSize: int.min(1).max(100) };
// ---- Requests (bodies) ----------------------------------------------------------------------------
exports.SendSmsForAgentBodySchema = zod_1.z.object({
    SubAccount: zod_1.z.string().min(1),
    Signature: zod_1.z.string().min(1),
    TemplateId: zod_1.z.string().min(1),
    /** Comma-separated, 1–200 numbers. */
    Mobiles: zod_1.z.string().min(1),
    /** Compact JSON string of an object of strings. */
    TemplateParam: zod_1.z.string().optional(),
    /** Deprecated by the newest contract (identity comes from auth); sent only when the caller gives it. */
    Account: zod_1.z.string().optional(),
});
exports.ListSubAccountForAgentBodySchema = zod_1.z.object({
    SubAccountName: zod_1.z.string().optional(),
});
exports.ListSignatureForAgentBodySchema = zod_1.z.object({
    Signature: zod_1.z.string().optional(),
    SubAccounts: zod_1.z.array(zod_1.z.string()).optional(),
    ...page,
});
exports.ListSmsTemplateForAgentBodySchema = zod_1.z.object({
    TemplateId: zod_1.z.string().optional(),
    SubAccounts: zod_1.z.array(zod_1.z.string()).optional(),
    Signatures: zod_1.z.array(zod_1.z.string()).optional(),
    ...page,
});
exports.ListSmsSendLogForAgentBodySchema = zod_1.z.object({
    SubAccount: zod_1.z.string().optional(),
    FromTime: int.optional(),
    ToTime: int.optional(),
    Mobile: zod_1.z.string().optional(),
    TemplateId: zod_1.z.string().optional(),
    Signature: zod_1.z.string().optional(),
    MessageId: zod_1.z.string().optional(),
    ...page,
});
exports.ListTotalSendCountStatForAgentBodySchema = zod_1.z.object({
    StartTime: int,
    EndTime: int,
    SubAccount: zod_1.z.string().optional(),
    ChannelType: zod_1.z.string().optional(),
    Signature: zod_1.z.string().optional(),
    TemplateId: zod_1.z.string().optional(),
});
// ---- Results --------------------------------------------------------------------------------------
const list = (item) => (0, loose_object_ts_1.looseObject)({
    Total: int.optional().default(0),
    List: zod_1.z
        .array(item)
        .nullish()
        .transform((v) => v ?? []),
});
exports.SendSmsResultSchema = (0, loose_object_ts_1.looseObject)({
    MessageIds: zod_1.z.array(zod_1.z.string()).optional(),
    /**
     * Older skill revisions answer with a single id or a list under this name, classic SendSms with a list
     * as `MessageID`. Keys match case-insensitively, so this one entry takes both spellings (two entries
     * would collide: the later one took `MessageId` too and refused a single id).
     */
    MessageId: zod_1.z.union([zod_1.z.string(), zod_1.z.array(zod_1.z.string())]).optional(),
}).transform((r) => ({
    ...r,
    MessageIds: r.MessageIds ?? (r.MessageId === undefined ? [] : [r.MessageId].flat()),
}));
exports.SubAccountSchema = (0, loose_object_ts_1.looseObject)({
    SubAccount: zod_1.z.string(),
    SubAccountName: zod_1.z.string().optional(),
    ChannelType: zod_1.z.string().optional(),
    ChannelTypes: zod_1.z.array(zod_1.z.string()).optional(),
    Status: zod_1.z.union([int, zod_1.z.string()]).optional(),
    CreatedAt: int.optional(),
});
exports.SubAccountListSchema = list(exports.SubAccountSchema);
exports.SignatureSchema = (0, loose_object_ts_1.looseObject)({
    Signature: zod_1.z.string(),
    Status: zod_1.z.union([int, zod_1.z.string()]).optional(),
    StatusDescription: zod_1.z.string().optional(),
    SubAccounts: zod_1.z.array(zod_1.z.string()).nullish(),
    ChannelTypes: zod_1.z.array(zod_1.z.string()).nullish(),
    Source: zod_1.z.union([zod_1.z.string(), int]).optional(),
    Usable: zod_1.z.boolean().optional(),
    CreatedAt: int.optional(),
    UpdatedAt: int.optional(),
});
exports.SignatureListSchema = list(exports.SignatureSchema);
exports.TemplateParamInfoSchema = (0, loose_object_ts_1.looseObject)({
    Name: zod_1.z.string().optional(),
    ParamName: zod_1.z.string().optional(),
});
exports.TemplateSchema = (0, loose_object_ts_1.looseObject)({
    TemplateId: zod_1.z.string(),
    TemplateName: zod_1.z.string().optional(),
    Name: zod_1.z.string().optional(),
    Content: zod_1.z.string().optional(),
    ChannelType: zod_1.z.string().optional(),
    Signature: zod_1.z.string().optional(),
    Signatures: zod_1.z.array(zod_1.z.string()).nullish(),
    SubAccounts: zod_1.z.array(zod_1.z.string()).nullish(),
    TemplateParams: zod_1.z.array(exports.TemplateParamInfoSchema).nullish(),
    Status: zod_1.z.union([int, zod_1.z.string()]).optional(),
    CreatedAt: int.optional(),
    UpdatedAt: int.optional(),
});
exports.TemplateListSchema = list(exports.TemplateSchema);
exports.SendLogEntrySchema = (0, loose_object_ts_1.looseObject)({
    MessageId: zod_1.z.string(),
    SubAccount: zod_1.z.string().optional(),
    Signature: zod_1.z.string().optional(),
    TemplateId: zod_1.z.string().optional(),
    ChannelType: zod_1.z.string().optional(),
    /** Masked by the server when present. */
    Mobile: zod_1.z.string().optional(),
    Content: zod_1.z.string().optional(),
    /** 1 awaiting receipt, 2 failed, 3 delivered. */
    Status: int.optional(),
    ErrorCode: zod_1.z.string().nullish(),
    ErrorType: zod_1.z.string().nullish(),
    ErrorMessage: zod_1.z.string().nullish(),
    /** Epoch milliseconds. */
    SendTime: int.nullish(),
    /** Epoch milliseconds. */
    ReceiptTime: int.nullish(),
    Count: int.optional(),
});
exports.SendLogListSchema = list(exports.SendLogEntrySchema);
const count = int.optional().default(0);
const rate = zod_1.z.number().optional().default(0);
exports.StatsDataPointSchema = (0, loose_object_ts_1.looseObject)({
    Date: zod_1.z.string().optional(),
    AllSendCount: count,
    SendSuccessCount: count,
    ReceiptSuccessCount: count,
    ReceiptFailureCount: count,
    NoReceipt72HourCount: count,
    SendSuccessRate: rate,
    ReceiptSuccessRate: rate,
});
exports.SendStatsSchema = (0, loose_object_ts_1.looseObject)({
    TotalSendCount: count,
    TotalAllSendCount: count,
    TotalSendSuccessCount: count,
    TotalReceiptSuccessCount: count,
    TotalReceiptFailureCount: count,
    TotalNoReceipt72HourCount: count,
    TotalSendSuccessRate: rate,
    TotalReceiptSuccessRate: rate,
    DataPoints: zod_1.z.array(exports.StatsDataPointSchema).nullish(),
});


/***/ }),

/***/ 8956:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClassicSendStatsSchema = exports.ClassicSendDetailsSchema = exports.ClassicTemplateListSchema = exports.ClassicSignatureListSchema = exports.ClassicSubAccountListSchema = exports.ClassicSendResultSchema = exports.GetTotalSendCountStatV5BodySchema = exports.GetSmsSendDetailsBodySchema = exports.GetSmsTemplateAndOrderListQuerySchema = exports.GetSignatureAndOrderListQuerySchema = exports.GetSubAccountListQuerySchema = exports.SendBatchSmsBodySchema = exports.SendSmsBodySchema = void 0;
const zod_1 = __webpack_require__(50924);
const agent_ts_1 = __webpack_require__(84865);
const loose_object_ts_1 = __webpack_require__(61812);
/**
 * Wire schemas of the classic actions (reference §3.1–3.7) and the mapping of their lowerCamel results
 * onto the agent API's PascalCase shapes, so every caller sees one result type whichever API answered.
 */
// ---- Requests -------------------------------------------------------------------------------------
exports.SendSmsBodySchema = zod_1.z.object({
    SmsAccount: zod_1.z.string().min(1),
    Sign: zod_1.z.string().min(1),
    TemplateID: zod_1.z.string().min(1),
    /** Compact JSON string of an object of strings. */
    TemplateParam: zod_1.z.string().optional(),
    /** Comma-separated, at most 200. */
    PhoneNumbers: zod_1.z.string().min(1),
    Tag: zod_1.z.string().max(512).optional(),
});
exports.SendBatchSmsBodySchema = zod_1.z.object({
    SmsAccount: zod_1.z.string().min(1),
    Sign: zod_1.z.string().min(1),
    TemplateID: zod_1.z.string().min(1),
    Messages: zod_1.z
        .array(zod_1.z.object({ PhoneNumber: zod_1.z.string().min(1), TemplateParam: zod_1.z.string().optional() }))
        .min(1)
        .max(200),
    Tag: zod_1.z.string().max(512).optional(),
});
const pageQuery = { pageIndex: zod_1.z.string().regex(/^\d+$/), pageSize: zod_1.z.string().regex(/^\d+$/) };
/** GET query (strings on the wire). */
exports.GetSubAccountListQuerySchema = zod_1.z.object({
    subAccountName: zod_1.z.string().optional(),
});
exports.GetSignatureAndOrderListQuerySchema = zod_1.z.object({
    subAccount: zod_1.z.string().optional(),
    signature: zod_1.z.string().optional(),
    ...pageQuery,
});
exports.GetSmsTemplateAndOrderListQuerySchema = zod_1.z.object({
    subAccount: zod_1.z.string().optional(),
    templateId: zod_1.z.string().optional(),
    ...pageQuery,
});
exports.GetSmsSendDetailsBodySchema = zod_1.z.object({
    subAccount: zod_1.z.string().min(1),
    phoneNumber: zod_1.z.string().optional(),
    messageId: zod_1.z.string().optional(),
    /** `yyyyMMdd`, Asia/Shanghai. */
    sendDate: zod_1.z
        .string()
        .regex(/^\d{8}$/)
        .optional(),
    pageIndex: zod_1.z.number().int().min(1),
    pageSize: zod_1.z.number().int().min(1).max(100),
});
/** JSON body of a GET, as the Java SDK sends it (times as strings of epoch seconds). */
exports.GetTotalSendCountStatV5BodySchema = zod_1.z.object({
    startTime: zod_1.z.string().regex(/^\d+$/),
    endTime: zod_1.z.string().regex(/^\d+$/),
    smsAccount: zod_1.z.string().optional(),
    signature: zod_1.z.string().optional(),
    templateId: zod_1.z.string().optional(),
    channelType: zod_1.z.string().optional(),
});
// ---- Results, mapped onto the agent shapes --------------------------------------------------------
const int = zod_1.z.number().int();
// The classic `createdTime` unit is undocumented; values past 10^12 can only be milliseconds.
const toSeconds = (value) => value === undefined ? undefined : value > 1e12 ? Math.floor(value / 1000) : value;
const listOf = (item) => (0, loose_object_ts_1.looseObject)({
    total: int.optional().default(0),
    list: zod_1.z
        .array(item)
        .nullish()
        .transform((v) => v ?? []),
});
const defined = (value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
/** SendSms / SendBatchSms: `{ MessageID: [...] }`, already understood by the agent schema. */
exports.ClassicSendResultSchema = agent_ts_1.SendSmsResultSchema;
exports.ClassicSubAccountListSchema = listOf((0, loose_object_ts_1.looseObject)({
    subAccountId: zod_1.z.string(),
    subAccountName: zod_1.z.string().optional(),
    status: zod_1.z.union([int, zod_1.z.string()]).optional(),
    createdTime: int.optional(),
    enabledChannelType: zod_1.z.array((0, loose_object_ts_1.looseObject)({ value: zod_1.z.string().optional() })).nullish(),
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
exports.ClassicSignatureListSchema = listOf((0, loose_object_ts_1.looseObject)({
    content: zod_1.z.string(),
    status: zod_1.z.union([int, zod_1.z.string()]).optional(),
    source: zod_1.z.union([zod_1.z.string(), int]).optional(),
    subAccounts: zod_1.z.array(zod_1.z.string()).nullish(),
    channelTypes: zod_1.z.array(zod_1.z.string()).nullish(),
    usable: zod_1.z.boolean().optional(),
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
exports.ClassicTemplateListSchema = listOf((0, loose_object_ts_1.looseObject)({
    templateId: zod_1.z.string(),
    name: zod_1.z.string().optional(),
    content: zod_1.z.string().optional(),
    channelType: zod_1.z.string().optional(),
    status: zod_1.z.union([int, zod_1.z.string()]).optional(),
    createdTime: int.optional(),
    subAccounts: zod_1.z.array(zod_1.z.string()).nullish(),
    signatures: zod_1.z.array(zod_1.z.string()).nullish(),
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
exports.ClassicSendDetailsSchema = (0, loose_object_ts_1.looseObject)({
    subAccount: zod_1.z.string().optional(),
    total: int.optional().default(0),
    sendDetailsResults: zod_1.z
        .array((0, loose_object_ts_1.looseObject)({
        messageId: zod_1.z.string(),
        status: int.optional(),
        errorCode: zod_1.z.string().nullish(),
        errorMessage: zod_1.z.string().nullish(),
        phoneNumber: zod_1.z.string().optional(),
        signature: zod_1.z.string().optional(),
        /** Capital `ID` on the wire; matched case-insensitively anyway. */
        templateID: zod_1.z.string().optional(),
        content: zod_1.z.string().optional(),
        channelType: zod_1.z.string().optional(),
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
exports.ClassicSendStatsSchema = agent_ts_1.SendStatsSchema.transform((s) => ({
    ...s,
    TotalSendCount: s.TotalSendCount || s.TotalAllSendCount,
}));


/***/ }),

/***/ 54150:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EnvelopeSchema = exports.ResponseMetadataSchema = exports.ApiErrorObjectSchema = void 0;
const zod_1 = __webpack_require__(50924);
const loose_object_ts_1 = __webpack_require__(61812);
exports.ApiErrorObjectSchema = (0, loose_object_ts_1.looseObject)({
    Code: zod_1.z.string(),
    CodeN: zod_1.z.number().optional(),
    Message: zod_1.z.string().optional().default(''),
});
exports.ResponseMetadataSchema = (0, loose_object_ts_1.looseObject)({
    RequestId: zod_1.z.string().optional().default(''),
    Action: zod_1.z.string().optional(),
    Version: zod_1.z.string().optional(),
    Service: zod_1.z.string().optional(),
    Region: zod_1.z.string().optional(),
    Error: exports.ApiErrorObjectSchema.optional(),
});
/** `{ ResponseMetadata, Result }`: failure is the presence of `ResponseMetadata.Error`, never a missing Result. */
exports.EnvelopeSchema = (0, loose_object_ts_1.looseObject)({
    ResponseMetadata: exports.ResponseMetadataSchema,
    Result: zod_1.z.unknown().optional(),
});


/***/ }),

/***/ 61812:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.looseObject = looseObject;
const zod_1 = __webpack_require__(50924);
/**
 * An object schema whose keys are matched case-insensitively: the agent API answers in PascalCase,
 * the classic one in lowerCamel (`templateID` and `TemplateId` both occur), and the skill accepts both.
 * The parsed value always carries the schema's own spelling. Unknown keys are kept as received.
 */
function looseObject(shape) {
    const canonical = new Map(Object.keys(shape).map((key) => [key.toLowerCase(), key]));
    return zod_1.z.preprocess((input) => {
        if (input === null || typeof input !== 'object' || Array.isArray(input))
            return input;
        // Most answers already use the schema's spelling: then there is nothing to copy.
        let respelled = false;
        for (const key in input) {
            const name = canonical.get(key.toLowerCase());
            if (name !== undefined && name !== key) {
                respelled = true;
                break;
            }
        }
        if (!respelled)
            return input;
        const out = {};
        for (const [key, value] of Object.entries(input)) {
            const name = canonical.get(key.toLowerCase()) ?? key;
            if (!(name in out) || value !== undefined)
                out[name] = value;
        }
        return out;
    }, zod_1.z.looseObject(shape));
}


/***/ }),

/***/ 74063:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Every wire schema, for loadWireSchemas() (../wire-schemas.ts): one module, so one dynamic import (and one
// bundle chunk) holds zod and all the schemas.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SendSmsBodySchema = exports.SendBatchSmsBodySchema = exports.GetTotalSendCountStatV5BodySchema = exports.GetSubAccountListQuerySchema = exports.GetSmsTemplateAndOrderListQuerySchema = exports.GetSmsSendDetailsBodySchema = exports.GetSignatureAndOrderListQuerySchema = exports.ClassicTemplateListSchema = exports.ClassicSubAccountListSchema = exports.ClassicSignatureListSchema = exports.ClassicSendStatsSchema = exports.ClassicSendResultSchema = exports.ClassicSendDetailsSchema = exports.TemplateSchema = exports.TemplateParamInfoSchema = exports.TemplateListSchema = exports.SubAccountSchema = exports.SubAccountListSchema = exports.StatsDataPointSchema = exports.SignatureSchema = exports.SignatureListSchema = exports.SendStatsSchema = exports.SendSmsResultSchema = exports.SendSmsForAgentBodySchema = exports.SendLogListSchema = exports.SendLogEntrySchema = exports.ListTotalSendCountStatForAgentBodySchema = exports.ListSubAccountForAgentBodySchema = exports.ListSmsTemplateForAgentBodySchema = exports.ListSmsSendLogForAgentBodySchema = exports.ListSignatureForAgentBodySchema = exports.ResponseMetadataSchema = exports.EnvelopeSchema = exports.ApiErrorObjectSchema = void 0;
var envelope_ts_1 = __webpack_require__(54150);
Object.defineProperty(exports, "ApiErrorObjectSchema", ({ enumerable: true, get: function () { return envelope_ts_1.ApiErrorObjectSchema; } }));
Object.defineProperty(exports, "EnvelopeSchema", ({ enumerable: true, get: function () { return envelope_ts_1.EnvelopeSchema; } }));
Object.defineProperty(exports, "ResponseMetadataSchema", ({ enumerable: true, get: function () { return envelope_ts_1.ResponseMetadataSchema; } }));
var agent_ts_1 = __webpack_require__(84865);
Object.defineProperty(exports, "ListSignatureForAgentBodySchema", ({ enumerable: true, get: function () { return agent_ts_1.ListSignatureForAgentBodySchema; } }));
Object.defineProperty(exports, "ListSmsSendLogForAgentBodySchema", ({ enumerable: true, get: function () { return agent_ts_1.ListSmsSendLogForAgentBodySchema; } }));
Object.defineProperty(exports, "ListSmsTemplateForAgentBodySchema", ({ enumerable: true, get: function () { return agent_ts_1.ListSmsTemplateForAgentBodySchema; } }));
Object.defineProperty(exports, "ListSubAccountForAgentBodySchema", ({ enumerable: true, get: function () { return agent_ts_1.ListSubAccountForAgentBodySchema; } }));
Object.defineProperty(exports, "ListTotalSendCountStatForAgentBodySchema", ({ enumerable: true, get: function () { return agent_ts_1.ListTotalSendCountStatForAgentBodySchema; } }));
Object.defineProperty(exports, "SendLogEntrySchema", ({ enumerable: true, get: function () { return agent_ts_1.SendLogEntrySchema; } }));
Object.defineProperty(exports, "SendLogListSchema", ({ enumerable: true, get: function () { return agent_ts_1.SendLogListSchema; } }));
Object.defineProperty(exports, "SendSmsForAgentBodySchema", ({ enumerable: true, get: function () { return agent_ts_1.SendSmsForAgentBodySchema; } }));
Object.defineProperty(exports, "SendSmsResultSchema", ({ enumerable: true, get: function () { return agent_ts_1.SendSmsResultSchema; } }));
Object.defineProperty(exports, "SendStatsSchema", ({ enumerable: true, get: function () { return agent_ts_1.SendStatsSchema; } }));
Object.defineProperty(exports, "SignatureListSchema", ({ enumerable: true, get: function () { return agent_ts_1.SignatureListSchema; } }));
Object.defineProperty(exports, "SignatureSchema", ({ enumerable: true, get: function () { return agent_ts_1.SignatureSchema; } }));
Object.defineProperty(exports, "StatsDataPointSchema", ({ enumerable: true, get: function () { return agent_ts_1.StatsDataPointSchema; } }));
Object.defineProperty(exports, "SubAccountListSchema", ({ enumerable: true, get: function () { return agent_ts_1.SubAccountListSchema; } }));
Object.defineProperty(exports, "SubAccountSchema", ({ enumerable: true, get: function () { return agent_ts_1.SubAccountSchema; } }));
Object.defineProperty(exports, "TemplateListSchema", ({ enumerable: true, get: function () { return agent_ts_1.TemplateListSchema; } }));
Object.defineProperty(exports, "TemplateParamInfoSchema", ({ enumerable: true, get: function () { return agent_ts_1.TemplateParamInfoSchema; } }));
Object.defineProperty(exports, "TemplateSchema", ({ enumerable: true, get: function () { return agent_ts_1.TemplateSchema; } }));
var classic_ts_1 = __webpack_require__(8956);
Object.defineProperty(exports, "ClassicSendDetailsSchema", ({ enumerable: true, get: function () { return classic_ts_1.ClassicSendDetailsSchema; } }));
Object.defineProperty(exports, "ClassicSendResultSchema", ({ enumerable: true, get: function () { return classic_ts_1.ClassicSendResultSchema; } }));
Object.defineProperty(exports, "ClassicSendStatsSchema", ({ enumerable: true, get: function () { return classic_ts_1.ClassicSendStatsSchema; } }));
Object.defineProperty(exports, "ClassicSignatureListSchema", ({ enumerable: true, get: function () { return classic_ts_1.ClassicSignatureListSchema; } }));
Object.defineProperty(exports, "ClassicSubAccountListSchema", ({ enumerable: true, get: function () { return classic_ts_1.ClassicSubAccountListSchema; } }));
Object.defineProperty(exports, "ClassicTemplateListSchema", ({ enumerable: true, get: function () { return classic_ts_1.ClassicTemplateListSchema; } }));
Object.defineProperty(exports, "GetSignatureAndOrderListQuerySchema", ({ enumerable: true, get: function () { return classic_ts_1.GetSignatureAndOrderListQuerySchema; } }));
Object.defineProperty(exports, "GetSmsSendDetailsBodySchema", ({ enumerable: true, get: function () { return classic_ts_1.GetSmsSendDetailsBodySchema; } }));
Object.defineProperty(exports, "GetSmsTemplateAndOrderListQuerySchema", ({ enumerable: true, get: function () { return classic_ts_1.GetSmsTemplateAndOrderListQuerySchema; } }));
Object.defineProperty(exports, "GetSubAccountListQuerySchema", ({ enumerable: true, get: function () { return classic_ts_1.GetSubAccountListQuerySchema; } }));
Object.defineProperty(exports, "GetTotalSendCountStatV5BodySchema", ({ enumerable: true, get: function () { return classic_ts_1.GetTotalSendCountStatV5BodySchema; } }));
Object.defineProperty(exports, "SendBatchSmsBodySchema", ({ enumerable: true, get: function () { return classic_ts_1.SendBatchSmsBodySchema; } }));
Object.defineProperty(exports, "SendSmsBodySchema", ({ enumerable: true, get: function () { return classic_ts_1.SendSmsBodySchema; } }));


/***/ })

};
