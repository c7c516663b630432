export const id = 706;
export const ids = [706];
export const modules = {

/***/ 93706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ApiErrorObjectSchema: () => (/* reexport */ ApiErrorObjectSchema),
  ClassicSendDetailsSchema: () => (/* reexport */ ClassicSendDetailsSchema),
  ClassicSendResultSchema: () => (/* reexport */ ClassicSendResultSchema),
  ClassicSendStatsSchema: () => (/* reexport */ ClassicSendStatsSchema),
  ClassicSignatureListSchema: () => (/* reexport */ ClassicSignatureListSchema),
  ClassicSubAccountListSchema: () => (/* reexport */ ClassicSubAccountListSchema),
  ClassicTemplateListSchema: () => (/* reexport */ ClassicTemplateListSchema),
  EnvelopeSchema: () => (/* reexport */ EnvelopeSchema),
  GetSignatureAndOrderListQuerySchema: () => (/* reexport */ GetSignatureAndOrderListQuerySchema),
  GetSmsSendDetailsBodySchema: () => (/* reexport */ GetSmsSendDetailsBodySchema),
  GetSmsTemplateAndOrderListQuerySchema: () => (/* reexport */ GetSmsTemplateAndOrderListQuerySchema),
  GetSubAccountListQuerySchema: () => (/* reexport */ GetSubAccountListQuerySchema),
  GetTotalSendCountStatV5BodySchema: () => (/* reexport */ GetTotalSendCountStatV5BodySchema),
  ListSignatureForAgentBodySchema: () => (/* reexport */ ListSignatureForAgentBodySchema),
  ListSmsSendLogForAgentBodySchema: () => (/* reexport */ ListSmsSendLogForAgentBodySchema),
  ListSmsTemplateForAgentBodySchema: () => (/* reexport */ ListSmsTemplateForAgentBodySchema),
  ListSubAccountForAgentBodySchema: () => (/* reexport */ ListSubAccountForAgentBodySchema),
  ListTotalSendCountStatForAgentBodySchema: () => (/* reexport */ ListTotalSendCountStatForAgentBodySchema),
  ResponseMetadataSchema: () => (/* reexport */ ResponseMetadataSchema),
  SendBatchSmsBodySchema: () => (/* reexport */ SendBatchSmsBodySchema),
  SendLogEntrySchema: () => (/* reexport */ SendLogEntrySchema),
  SendLogListSchema: () => (/* reexport */ SendLogListSchema),
  SendSmsBodySchema: () => (/* reexport */ SendSmsBodySchema),
  SendSmsForAgentBodySchema: () => (/* reexport */ SendSmsForAgentBodySchema),
  SendSmsResultSchema: () => (/* reexport */ SendSmsResultSchema),
  SendStatsSchema: () => (/* reexport */ SendStatsSchema),
  SignatureListSchema: () => (/* reexport */ SignatureListSchema),
  SignatureSchema: () => (/* reexport */ SignatureSchema),
  StatsDataPointSchema: () => (/* reexport */ StatsDataPointSchema),
  SubAccountListSchema: () => (/* reexport */ SubAccountListSchema),
  SubAccountSchema: () => (/* reexport */ SubAccountSchema),
  TemplateListSchema: () => (/* reexport */ TemplateListSchema),
  TemplateParamInfoSchema: () => (/* reexport */ TemplateParamInfoSchema),
  TemplateSchema: () => (/* reexport */ TemplateSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./src/core/schemas/loose-object.ts

/**
 * An object schema whose keys are matched case-insensitively: the agent API answers in PascalCase,
 * the classic one in lowerCamel (`templateID` and `TemplateId` both occur), and the skill accepts both.
 * The parsed value always carries the schema's own spelling. Unknown keys are kept as received.
 */
function looseObject(shape) {
    const canonical = new Map(Object.keys(shape).map((key) => [key.toLowerCase(), key]));
    return schemas/* preprocess */.vkY((input) => {
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
    }, schemas/* looseObject */._H3(shape));
}

;// CONCATENATED MODULE: ./src/core/schemas/envelope.ts


const ApiErrorObjectSchema = looseObject({
    Code: schemas/* string */.YjP(),
    CodeN: schemas/* number */.aig().optional(),
    Message: schemas/* string */.YjP().optional().default(''),
});
const ResponseMetadataSchema = looseObject({
    RequestId: schemas/* string */.YjP().optional().default(''),
    Action: schemas/* string */.YjP().optional(),
    Version: schemas/* string */.YjP().optional(),
    Service: schemas/* string */.YjP().optional(),
    Region: schemas/* string */.YjP().optional(),
    Error: ApiErrorObjectSchema.optional(),
});
/** `{ ResponseMetadata, Result }`: failure is the presence of `ResponseMetadata.Error`, never a missing Result. */
const EnvelopeSchema = looseObject({
    ResponseMetadata: ResponseMetadataSchema,
    Result: schemas/* unknown */.L5J().optional(),
});

;// CONCATENATED MODULE: ./src/core/schemas/agent.ts


/**
 * Wire schemas of the `2026-01-01` agent actions (reference §3.3–3.8, §3.11). Request bodies are
 * PascalCase exactly as sent; results are parsed case-insensitively and keep unknown fields.
 */
const agent_int = schemas/* number */.aig().int();
const page = { Page: agent_int.min(1), PageSize: agent_int.min(1).max(100) };
// ---- Requests (bodies) ----------------------------------------------------------------------------
const SendSmsForAgentBodySchema = schemas/* object */.Ikc({
    SubAccount: schemas/* string */.YjP().min(1),
    Signature: schemas/* string */.YjP().min(1),
    TemplateId: schemas/* string */.YjP().min(1),
    /** Comma-separated, 1–200 numbers. */
    Mobiles: schemas/* string */.YjP().min(1),
    /** Compact JSON string of an object of strings. */
    TemplateParam: schemas/* string */.YjP().optional(),
    /** Deprecated by the newest contract (identity comes from auth); sent only when the caller gives it. */
    Account: schemas/* string */.YjP().optional(),
});
const ListSubAccountForAgentBodySchema = schemas/* object */.Ikc({
    SubAccountName: schemas/* string */.YjP().optional(),
});
const ListSignatureForAgentBodySchema = schemas/* object */.Ikc({
    Signature: schemas/* string */.YjP().optional(),
    SubAccounts: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    ...page,
});
const ListSmsTemplateForAgentBodySchema = schemas/* object */.Ikc({
    TemplateId: schemas/* string */.YjP().optional(),
    SubAccounts: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    Signatures: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    ...page,
});
const ListSmsSendLogForAgentBodySchema = schemas/* object */.Ikc({
    SubAccount: schemas/* string */.YjP().optional(),
    FromTime: agent_int.optional(),
    ToTime: agent_int.optional(),
    Mobile: schemas/* string */.YjP().optional(),
    TemplateId: schemas/* string */.YjP().optional(),
    Signature: schemas/* string */.YjP().optional(),
    MessageId: schemas/* string */.YjP().optional(),
    ...page,
});
const ListTotalSendCountStatForAgentBodySchema = schemas/* object */.Ikc({
    StartTime: agent_int,
    EndTime: agent_int,
    SubAccount: schemas/* string */.YjP().optional(),
    ChannelType: schemas/* string */.YjP().optional(),
    Signature: schemas/* string */.YjP().optional(),
    TemplateId: schemas/* string */.YjP().optional(),
});
// ---- Results --------------------------------------------------------------------------------------
const list = (item) => looseObject({
    Total: agent_int.optional().default(0),
    List: schemas/* array */.YOg(item)
        .nullish()
        .transform((v) => v ?? []),
});
const SendSmsResultSchema = looseObject({
    MessageIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /**
     * Older skill revisions answer with a single id or a list under this name, classic SendSms with a list
     * as `MessageID`. Keys match case-insensitively, so this one entry takes both spellings (two entries
     * would collide: the later one took `MessageId` too and refused a single id).
     */
    MessageId: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]).optional(),
}).transform((r) => ({
    ...r,
    MessageIds: r.MessageIds ?? (r.MessageId === undefined ? [] : [r.MessageId].flat()),
}));
const SubAccountSchema = looseObject({
    SubAccount: schemas/* string */.YjP(),
    SubAccountName: schemas/* string */.YjP().optional(),
    ChannelType: schemas/* string */.YjP().optional(),
    ChannelTypes: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    Status: schemas/* union */.KCZ([agent_int, schemas/* string */.YjP()]).optional(),
    CreatedAt: agent_int.optional(),
});
const SubAccountListSchema = list(SubAccountSchema);
const SignatureSchema = looseObject({
    Signature: schemas/* string */.YjP(),
    Status: schemas/* union */.KCZ([agent_int, schemas/* string */.YjP()]).optional(),
    StatusDescription: schemas/* string */.YjP().optional(),
    SubAccounts: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    ChannelTypes: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    Source: schemas/* union */.KCZ([schemas/* string */.YjP(), agent_int]).optional(),
    Usable: schemas/* boolean */.zMY().optional(),
    CreatedAt: agent_int.optional(),
    UpdatedAt: agent_int.optional(),
});
const SignatureListSchema = list(SignatureSchema);
const TemplateParamInfoSchema = looseObject({
    Name: schemas/* string */.YjP().optional(),
    ParamName: schemas/* string */.YjP().optional(),
});
const TemplateSchema = looseObject({
    TemplateId: schemas/* string */.YjP(),
    TemplateName: schemas/* string */.YjP().optional(),
    Name: schemas/* string */.YjP().optional(),
    Content: schemas/* string */.YjP().optional(),
    ChannelType: schemas/* string */.YjP().optional(),
    Signature: schemas/* string */.YjP().optional(),
    Signatures: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    SubAccounts: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    TemplateParams: schemas/* array */.YOg(TemplateParamInfoSchema).nullish(),
    Status: schemas/* union */.KCZ([agent_int, schemas/* string */.YjP()]).optional(),
    CreatedAt: agent_int.optional(),
    UpdatedAt: agent_int.optional(),
});
const TemplateListSchema = list(TemplateSchema);
const SendLogEntrySchema = looseObject({
    MessageId: schemas/* string */.YjP(),
    SubAccount: schemas/* string */.YjP().optional(),
    Signature: schemas/* string */.YjP().optional(),
    TemplateId: schemas/* string */.YjP().optional(),
    ChannelType: schemas/* string */.YjP().optional(),
    /** Masked by the server when present. */
    Mobile: schemas/* string */.YjP().optional(),
    Content: schemas/* string */.YjP().optional(),
    /** 1 awaiting receipt, 2 failed, 3 delivered. */
    Status: agent_int.optional(),
    ErrorCode: schemas/* string */.YjP().nullish(),
    ErrorType: schemas/* string */.YjP().nullish(),
    ErrorMessage: schemas/* string */.YjP().nullish(),
    /** Epoch milliseconds. */
    SendTime: agent_int.nullish(),
    /** Epoch milliseconds. */
    ReceiptTime: agent_int.nullish(),
    Count: agent_int.optional(),
});
const SendLogListSchema = list(SendLogEntrySchema);
const count = agent_int.optional().default(0);
const rate = schemas/* number */.aig().optional().default(0);
const StatsDataPointSchema = looseObject({
    Date: schemas/* string */.YjP().optional(),
    AllSendCount: count,
    SendSuccessCount: count,
    ReceiptSuccessCount: count,
    ReceiptFailureCount: count,
    NoReceipt72HourCount: count,
    SendSuccessRate: rate,
    ReceiptSuccessRate: rate,
});
const SendStatsSchema = looseObject({
    TotalSendCount: count,
    TotalAllSendCount: count,
    TotalSendSuccessCount: count,
    TotalReceiptSuccessCount: count,
    TotalReceiptFailureCount: count,
    TotalNoReceipt72HourCount: count,
    TotalSendSuccessRate: rate,
    TotalReceiptSuccessRate: rate,
    DataPoints: schemas/* array */.YOg(StatsDataPointSchema).nullish(),
});

;// CONCATENATED MODULE: ./src/core/schemas/classic.ts



/**
 * Wire schemas of the classic actions (reference §3.1–3.7) and the mapping of their lowerCamel results
 * onto the agent API's PascalCase shapes, so every caller sees one result type whichever API answered.
 */
// ---- Requests -------------------------------------------------------------------------------------
const SendSmsBodySchema = schemas/* object */.Ikc({
    SmsAccount: schemas/* string */.YjP().min(1),
    Sign: schemas/* string */.YjP().min(1),
    TemplateID: schemas/* string */.YjP().min(1),
    /** Compact JSON string of an object of strings. */
    TemplateParam: schemas/* string */.YjP().optional(),
    /** Comma-separated, at most 200. */
    PhoneNumbers: schemas/* string */.YjP().min(1),
    Tag: schemas/* string */.YjP().max(512).optional(),
});
const SendBatchSmsBodySchema = schemas/* object */.Ikc({
    SmsAccount: schemas/* string */.YjP().min(1),
    Sign: schemas/* string */.YjP().min(1),
    TemplateID: schemas/* string */.YjP().min(1),
    Messages: schemas/* array */.YOg(schemas/* object */.Ikc({ PhoneNumber: schemas/* string */.YjP().min(1), TemplateParam: schemas/* string */.YjP().optional() }))
        .min(1)
        .max(200),
    Tag: schemas/* string */.YjP().max(512).optional(),
});
const pageQuery = { pageIndex: schemas/* string */.YjP().regex(/^\d+$/), pageSize: schemas/* string */.YjP().regex(/^\d+$/) };
/** GET query (strings on the wire). */
const GetSubAccountListQuerySchema = schemas/* object */.Ikc({
    subAccountName: schemas/* string */.YjP().optional(),
});
const GetSignatureAndOrderListQuerySchema = schemas/* object */.Ikc({
    subAccount: schemas/* string */.YjP().optional(),
    signature: schemas/* string */.YjP().optional(),
    ...pageQuery,
});
const GetSmsTemplateAndOrderListQuerySchema = schemas/* object */.Ikc({
    subAccount: schemas/* string */.YjP().optional(),
    templateId: schemas/* string */.YjP().optional(),
    ...pageQuery,
});
const GetSmsSendDetailsBodySchema = schemas/* object */.Ikc({
    subAccount: schemas/* string */.YjP().min(1),
    phoneNumber: schemas/* string */.YjP().optional(),
    messageId: schemas/* string */.YjP().optional(),
    /** `yyyyMMdd`, Asia/Shanghai. */
    sendDate: schemas/* string */.YjP()
        .regex(/^\d{8}$/)
        .optional(),
    pageIndex: schemas/* number */.aig().int().min(1),
    pageSize: schemas/* number */.aig().int().min(1).max(100),
});
/** JSON body of a GET, as the Java SDK sends it (times as strings of epoch seconds). */
const GetTotalSendCountStatV5BodySchema = schemas/* object */.Ikc({
    startTime: schemas/* string */.YjP().regex(/^\d+$/),
    endTime: schemas/* string */.YjP().regex(/^\d+$/),
    smsAccount: schemas/* string */.YjP().optional(),
    signature: schemas/* string */.YjP().optional(),
    templateId: schemas/* string */.YjP().optional(),
    channelType: schemas/* string */.YjP().optional(),
});
// ---- Results, mapped onto the agent shapes --------------------------------------------------------
const classic_int = schemas/* number */.aig().int();
// The classic `createdTime` unit is undocumented; values past 10^12 can only be milliseconds.
const toSeconds = (value) => value === undefined ? undefined : value > 1e12 ? Math.floor(value / 1000) : value;
const listOf = (item) => looseObject({
    total: classic_int.optional().default(0),
    list: schemas/* array */.YOg(item)
        .nullish()
        .transform((v) => v ?? []),
});
const defined = (value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
/** SendSms / SendBatchSms: `{ MessageID: [...] }`, already understood by the agent schema. */
const ClassicSendResultSchema = SendSmsResultSchema;
const ClassicSubAccountListSchema = listOf(looseObject({
    subAccountId: schemas/* string */.YjP(),
    subAccountName: schemas/* string */.YjP().optional(),
    status: schemas/* union */.KCZ([classic_int, schemas/* string */.YjP()]).optional(),
    createdTime: classic_int.optional(),
    enabledChannelType: schemas/* array */.YOg(looseObject({ value: schemas/* string */.YjP().optional() })).nullish(),
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
const ClassicSignatureListSchema = listOf(looseObject({
    content: schemas/* string */.YjP(),
    status: schemas/* union */.KCZ([classic_int, schemas/* string */.YjP()]).optional(),
    source: schemas/* union */.KCZ([schemas/* string */.YjP(), classic_int]).optional(),
    subAccounts: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    channelTypes: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    usable: schemas/* boolean */.zMY().optional(),
    createdTime: classic_int.optional(),
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
const ClassicTemplateListSchema = listOf(looseObject({
    templateId: schemas/* string */.YjP(),
    name: schemas/* string */.YjP().optional(),
    content: schemas/* string */.YjP().optional(),
    channelType: schemas/* string */.YjP().optional(),
    status: schemas/* union */.KCZ([classic_int, schemas/* string */.YjP()]).optional(),
    createdTime: classic_int.optional(),
    subAccounts: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    signatures: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
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
const ClassicSendDetailsSchema = looseObject({
    subAccount: schemas/* string */.YjP().optional(),
    total: classic_int.optional().default(0),
    sendDetailsResults: schemas/* array */.YOg(looseObject({
        messageId: schemas/* string */.YjP(),
        status: classic_int.optional(),
        errorCode: schemas/* string */.YjP().nullish(),
        errorMessage: schemas/* string */.YjP().nullish(),
        phoneNumber: schemas/* string */.YjP().optional(),
        signature: schemas/* string */.YjP().optional(),
        /** Capital `ID` on the wire; matched case-insensitively anyway. */
        templateID: schemas/* string */.YjP().optional(),
        content: schemas/* string */.YjP().optional(),
        channelType: schemas/* string */.YjP().optional(),
        msgCount: classic_int.optional(),
        sendTime: classic_int.nullish(),
        receiptTime: classic_int.nullish(),
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
const ClassicSendStatsSchema = SendStatsSchema.transform((s) => ({
    ...s,
    TotalSendCount: s.TotalSendCount || s.TotalAllSendCount,
}));

;// CONCATENATED MODULE: ./src/core/schemas/wire.ts
// Every wire schema, for loadWireSchemas() (../wire-schemas.ts): one module, so one dynamic import (and one
// bundle chunk) holds zod and all the schemas.





/***/ })

};
