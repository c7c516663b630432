export const id = 374;
export const ids = [374];
export const modules = {

/***/ 84865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ SendLogListSchema),
/* harmony export */   Fd: () => (/* binding */ ListSubAccountForAgentBodySchema),
/* harmony export */   KV: () => (/* binding */ SendLogEntrySchema),
/* harmony export */   LU: () => (/* binding */ ListSmsTemplateForAgentBodySchema),
/* harmony export */   MH: () => (/* binding */ TemplateListSchema),
/* harmony export */   ON: () => (/* binding */ ListSignatureForAgentBodySchema),
/* harmony export */   TJ: () => (/* binding */ ListSmsSendLogForAgentBodySchema),
/* harmony export */   XM: () => (/* binding */ SubAccountSchema),
/* harmony export */   _i: () => (/* binding */ TemplateSchema),
/* harmony export */   c8: () => (/* binding */ SignatureSchema),
/* harmony export */   d6: () => (/* binding */ StatsDataPointSchema),
/* harmony export */   f2: () => (/* binding */ SendSmsForAgentBodySchema),
/* harmony export */   fS: () => (/* binding */ SubAccountListSchema),
/* harmony export */   h: () => (/* binding */ SendStatsSchema),
/* harmony export */   md: () => (/* binding */ SignatureListSchema),
/* harmony export */   rK: () => (/* binding */ ListTotalSendCountStatForAgentBodySchema),
/* harmony export */   s2: () => (/* binding */ SendSmsResultSchema),
/* harmony export */   xH: () => (/* binding */ TemplateParamInfoSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41514);
/* harmony import */ var _loose_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61812);


/**
 * Wire schemas of the `2026-01-01` agent actions (reference §3.3–3.8, §3.11). Request bodies are
 * PascalCase exactly as sent; results are parsed case-insensitively and keep unknown fields.
 */
const int = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int();
const page = { Page: int.min(1), PageSize: int.min(1).max(100) };
// ---- Requests (bodies) ----------------------------------------------------------------------------
const SendSmsForAgentBodySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    SubAccount: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    Signature: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    TemplateId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Comma-separated, 1–200 numbers. */
    Mobiles: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Compact JSON string of an object of strings. */
    TemplateParam: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Deprecated by the newest contract (identity comes from auth); sent only when the caller gives it. */
    Account: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const ListSubAccountForAgentBodySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    SubAccountName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const ListSignatureForAgentBodySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    Signature: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    SubAccounts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    ...page,
});
const ListSmsTemplateForAgentBodySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    TemplateId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    SubAccounts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    Signatures: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    ...page,
});
const ListSmsSendLogForAgentBodySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    SubAccount: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    FromTime: int.optional(),
    ToTime: int.optional(),
    Mobile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    TemplateId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    Signature: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    MessageId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    ...page,
});
const ListTotalSendCountStatForAgentBodySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    StartTime: int,
    EndTime: int,
    SubAccount: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    ChannelType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    Signature: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    TemplateId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
// ---- Results --------------------------------------------------------------------------------------
const list = (item) => (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._)({
    Total: int.optional().default(0),
    // A missing or null list is an empty one. Before the parse, not after, so the result's JSON Schema (the
    // MCP tools' output schemas) is the array's.
    List: zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((v) => v ?? [], zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(item)),
});
const SendSmsResultSchema = (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._)({
    MessageIds: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    /**
     * Older skill revisions answer with a single id or a list under this name, classic SendSms with a list
     * as `MessageID`. Keys match case-insensitively, so this one entry takes both spellings (two entries
     * would collide: the later one took `MessageId` too and refused a single id).
     */
    MessageId: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())]).optional(),
}).transform((r) => ({
    ...r,
    MessageIds: r.MessageIds ?? (r.MessageId === undefined ? [] : [r.MessageId].flat()),
}));
const SubAccountSchema = (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._)({
    SubAccount: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    SubAccountName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    ChannelType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    ChannelTypes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    Status: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([int, zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()]).optional(),
    CreatedAt: int.optional(),
});
const SubAccountListSchema = list(SubAccountSchema);
const SignatureSchema = (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._)({
    Signature: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    Status: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([int, zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()]).optional(),
    StatusDescription: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    SubAccounts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).nullish(),
    ChannelTypes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).nullish(),
    Source: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), int]).optional(),
    Usable: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    CreatedAt: int.optional(),
    UpdatedAt: int.optional(),
});
const SignatureListSchema = list(SignatureSchema);
const TemplateParamInfoSchema = (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._)({
    Name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    ParamName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const TemplateSchema = (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._)({
    TemplateId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    TemplateName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    Name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    Content: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    ChannelType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    Signature: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    Signatures: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).nullish(),
    SubAccounts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).nullish(),
    TemplateParams: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(TemplateParamInfoSchema).nullish(),
    Status: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([int, zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()]).optional(),
    CreatedAt: int.optional(),
    UpdatedAt: int.optional(),
});
const TemplateListSchema = list(TemplateSchema);
const SendLogEntrySchema = (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._)({
    MessageId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    SubAccount: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    Signature: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    TemplateId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    ChannelType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Masked by the server when present. */
    Mobile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    Content: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** 1 awaiting receipt, 2 failed, 3 delivered. */
    Status: int.optional(),
    ErrorCode: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    ErrorType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    ErrorMessage: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    /** Epoch milliseconds. */
    SendTime: int.nullish(),
    /** Epoch milliseconds. */
    ReceiptTime: int.nullish(),
    Count: int.optional(),
});
const SendLogListSchema = list(SendLogEntrySchema);
const count = int.optional().default(0);
const rate = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().default(0);
const StatsDataPointSchema = (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._)({
    Date: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    AllSendCount: count,
    SendSuccessCount: count,
    ReceiptSuccessCount: count,
    ReceiptFailureCount: count,
    NoReceipt72HourCount: count,
    SendSuccessRate: rate,
    ReceiptSuccessRate: rate,
});
const SendStatsSchema = (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._)({
    TotalSendCount: count,
    TotalAllSendCount: count,
    TotalSendSuccessCount: count,
    TotalReceiptSuccessCount: count,
    TotalReceiptFailureCount: count,
    TotalNoReceipt72HourCount: count,
    TotalSendSuccessRate: rate,
    TotalReceiptSuccessRate: rate,
    DataPoints: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(StatsDataPointSchema).nullish(),
});


/***/ }),

/***/ 8956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ ClassicSendDetailsSchema),
/* harmony export */   DD: () => (/* binding */ ClassicSubAccountListSchema),
/* harmony export */   FM: () => (/* binding */ GetSubAccountListQuerySchema),
/* harmony export */   HK: () => (/* binding */ GetSignatureAndOrderListQuerySchema),
/* harmony export */   L0: () => (/* binding */ ClassicSendResultSchema),
/* harmony export */   Nb: () => (/* binding */ SendSmsBodySchema),
/* harmony export */   Si: () => (/* binding */ GetTotalSendCountStatV5BodySchema),
/* harmony export */   T_: () => (/* binding */ GetSmsSendDetailsBodySchema),
/* harmony export */   Xg: () => (/* binding */ ClassicSendStatsSchema),
/* harmony export */   gp: () => (/* binding */ GetSmsTemplateAndOrderListQuerySchema),
/* harmony export */   m2: () => (/* binding */ ClassicSignatureListSchema),
/* harmony export */   ok: () => (/* binding */ ClassicTemplateListSchema),
/* harmony export */   rL: () => (/* binding */ SendBatchSmsBodySchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41514);
/* harmony import */ var _agent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84865);
/* harmony import */ var _loose_object_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61812);



/**
 * Wire schemas of the classic actions (reference §3.1–3.7) and the mapping of their lowerCamel results
 * onto the agent API's PascalCase shapes, so every caller sees one result type whichever API answered.
 */
// ---- Requests -------------------------------------------------------------------------------------
const SendSmsBodySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    SmsAccount: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    Sign: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    TemplateID: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** Compact JSON string of an object of strings. */
    TemplateParam: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** Comma-separated, at most 200. */
    PhoneNumbers: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    Tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(512).optional(),
});
const SendBatchSmsBodySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    SmsAccount: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    Sign: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    TemplateID: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    Messages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ PhoneNumber: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), TemplateParam: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }))
        .min(1)
        .max(200),
    Tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(512).optional(),
});
const pageQuery = { pageIndex: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+$/), pageSize: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+$/) };
/** GET query (strings on the wire). */
const GetSubAccountListQuerySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    subAccountName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const GetSignatureAndOrderListQuerySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    subAccount: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    signature: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    ...pageQuery,
});
const GetSmsTemplateAndOrderListQuerySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    subAccount: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    templateId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    ...pageQuery,
});
const GetSmsSendDetailsBodySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    subAccount: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    phoneNumber: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    messageId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** `yyyyMMdd`, Asia/Shanghai. */
    sendDate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^\d{8}$/)
        .optional(),
    pageIndex: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
    pageSize: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(100),
});
/** JSON body of a GET, as the Java SDK sends it (times as strings of epoch seconds). */
const GetTotalSendCountStatV5BodySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    startTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+$/),
    endTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+$/),
    smsAccount: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    signature: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    templateId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    channelType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
// ---- Results, mapped onto the agent shapes --------------------------------------------------------
const int = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int();
// The classic `createdTime` unit is undocumented; values past 10^12 can only be milliseconds.
const toSeconds = (value) => value === undefined ? undefined : value > 1e12 ? Math.floor(value / 1000) : value;
const listOf = (item) => (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._)({
    total: int.optional().default(0),
    list: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item)
        .nullish()
        .transform((v) => v ?? []),
});
const defined = (value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
/** SendSms / SendBatchSms: `{ MessageID: [...] }`, already understood by the agent schema. */
const ClassicSendResultSchema = _agent_js__WEBPACK_IMPORTED_MODULE_0__/* .SendSmsResultSchema */ .s2;
const ClassicSubAccountListSchema = listOf((0,_loose_object_js__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._)({
    subAccountId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    subAccountName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([int, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).optional(),
    createdTime: int.optional(),
    enabledChannelType: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg((0,_loose_object_js__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._)({ value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })).nullish(),
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
const ClassicSignatureListSchema = listOf((0,_loose_object_js__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._)({
    content: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([int, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), int]).optional(),
    subAccounts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
    channelTypes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
    usable: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
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
const ClassicTemplateListSchema = listOf((0,_loose_object_js__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._)({
    templateId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    content: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    channelType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([int, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).optional(),
    createdTime: int.optional(),
    subAccounts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
    signatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).nullish(),
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
const ClassicSendDetailsSchema = (0,_loose_object_js__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._)({
    subAccount: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    total: int.optional().default(0),
    sendDetailsResults: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg((0,_loose_object_js__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._)({
        messageId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status: int.optional(),
        errorCode: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
        errorMessage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
        phoneNumber: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        signature: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /** Capital `ID` on the wire; matched case-insensitively anyway. */
        templateID: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        content: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        channelType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
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
const ClassicSendStatsSchema = _agent_js__WEBPACK_IMPORTED_MODULE_0__/* .SendStatsSchema */ .h.transform((s) => ({
    ...s,
    TotalSendCount: s.TotalSendCount || s.TotalAllSendCount,
}));


/***/ }),

/***/ 61812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ looseObject)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41514);

/**
 * An object schema whose keys are matched case-insensitively: the agent API answers in PascalCase,
 * the classic one in lowerCamel (`templateID` and `TemplateId` both occur), and the skill accepts both.
 * The parsed value always carries the schema's own spelling. Unknown keys are kept as received.
 */
function looseObject(shape) {
    const canonical = new Map(Object.keys(shape).map((key) => [key.toLowerCase(), key]));
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((input) => {
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
    }, zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3(shape));
}


/***/ }),

/***/ 34374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SANDBOX_CREDENTIALS: () => (/* reexport */ SANDBOX_CREDENTIALS),
  describeSandbox: () => (/* reexport */ describeSandbox),
  startSandbox: () => (/* reexport */ startSandbox)
});

// UNUSED EXPORTS: SandboxSeedSchema, defaultSeed, loadSeedFile, parseFaultSpec, parseSeed, validateFault

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/core/index.ts + 83 modules
var core = __webpack_require__(31419);
;// CONCATENATED MODULE: ./src/sandbox/business-error.ts
/**
 * An SMS business error: answered with HTTP 200 and `ResponseMetadata.Error {Code, Message}`, no CodeN
 * (reference §2.2, §5.1). Codes are the real ones (RE:0003 "SmsAccount not exist." is the documented text).
 */
class BusinessError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
const businessErrors = {
    notActivated: () => new BusinessError('RE:0001', 'SMS service is not activated for this account.'),
    unknownSubAccount: () => new BusinessError('RE:0003', 'SmsAccount not exist.'),
    signature: (detail) => new BusinessError('RE:0004', `Signature error: ${detail}`),
    template: (detail) => new BusinessError('RE:0005', `Template error: ${detail}`),
    phone: (detail) => new BusinessError('RE:0006', `Mobile format error: ${detail}`),
    parameter: (detail) => new BusinessError('RE:0009', `Request parameter error: ${detail}`),
    arrears: () => new BusinessError('RE:0010', 'The account is in arrears.'),
    channelNotEnabled: (detail) => new BusinessError('RE:0012', `Send type not supported: ${detail}`),
    /** Wrong or missing field types (schema validation), as the skill's ZJ10200 "请求参数错误". */
    invalidField: (detail) => new BusinessError('ZJ10200', `Invalid request parameter: ${detail}`),
    /** A body or TemplateParam that is not valid JSON (BytePlus FAQ: "Invalid json param."). */
    invalidJson: (detail) => new BusinessError('ZJ10202', `Invalid json param. ${detail}`),
    /** Classic management actions answer bad parameters with 1001 (reference §5.4). */
    managementParameter: (detail) => new BusinessError('1001', `Parameter error: ${detail}`),
    // The V2 actions' extra codes (reference-v2 §1.4). Their meanings are unpublished: the sandbox's
    // choices below are documented in docs/sandbox.md, each on the actions that list the code.
    /** 1009: the message group, task or template named is not this account's (or does not exist). */
    notFound: (detail) => new BusinessError('1009', `Resource not found: ${detail}`),
    /** 1007: the template cannot be used for this (not approved, a verification template in a batch). */
    templateUnusable: (detail) => new BusinessError('1007', `Template unusable: ${detail}`),
    /** 1003: a signature with this text already exists or is under review. */
    signatureExists: (detail) => new BusinessError('1003', `Signature already exists: ${detail}`),
    /** 1008: the qualification is unknown, not approved or not usable. */
    qualification: (detail) => new BusinessError('1008', `Qualification error: ${detail}`),
    /** 1027: the purpose differs from the qualification's. */
    purposeMismatch: (detail) => new BusinessError('1027', `Purpose mismatch: ${detail}`),
    /** 1029: appIcp given for a source other than 2 (App). */
    appIcpMaterial: (detail) => new BusinessError('1029', `App ICP filing error: ${detail}`),
    /** 1030: trademark given for a source other than 3 (trademark). */
    trademarkMaterial: (detail) => new BusinessError('1030', `Trademark error: ${detail}`),
    /** 1028: a signature of the template application is not approved, bound or capable of the channel. */
    templateSignature: (detail) => new BusinessError('1028', `Template signature error: ${detail}`),
    /** VE:0001: video SMS is not enabled for this account (the sandbox's account never has it). */
    videoNotEnabled: () => new BusinessError('VE:0001', 'Video SMS is not enabled for this account.'),
};

;// CONCATENATED MODULE: ./src/sandbox/actions/action-context.ts

/** A success that is not a JSON envelope (TemplateUploadDemo's CSV). */
class RawAnswer {
    contentType;
    body;
    headers;
    constructor(contentType, body, headers = {}) {
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
    }
}
/**
 * Validates parameters with a zod schema (the core's request schemas for the agent actions). Wrong or
 * missing fields answer ZJ10200 naming each field (documented choice; the classic management actions
 * use 1001 instead, through `invalid`).
 */
function validateParams(schema, params, invalid = businessErrors.invalidField) {
    const parsed = schema.safeParse(params);
    if (parsed.success)
        return parsed.data;
    const detail = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
        .join('; ');
    throw invalid(detail);
}
/** RE:0001 applies to every action: an account without the service cannot use any of them. */
function requireActivated(context) {
    if (!context.store.getAccount().activated)
        throw businessErrors.notActivated();
}
/** One page of a list (1-based page numbers). */
function pageOf(items, page, pageSize) {
    const start = (page - 1) * pageSize;
    return items.slice(start, start + pageSize);
}
/** The V2 (lowerCamel) actions answer bad or missing fields with 1001, naming each field. */
function validateV2(schema, params) {
    return validateParams(schema, params, businessErrors.managementParameter);
}
/** Agent lists page from 1 with 20 items unless told otherwise (the skill's defaults). */
function withPagingDefaults(params) {
    return { Page: 1, PageSize: 20, ...params };
}

;// CONCATENATED MODULE: ./src/sandbox/actions/agent-lists.ts


/**
 * The agent list actions (reference §3.3–3.5) with the skill's filters and Page/PageSize paging: approved
 * groups only; signatures and templates in every review status, with it (an application under review
 * shows as 1, a rejected one as 2 with its opinion: reference-v2 §2.4–2.5 reconcile against these lists).
 */
function listSubAccounts(params, context) {
    requireActivated(context);
    const body = validateParams(context.schemas.ListSubAccountForAgentBodySchema, params);
    const needle = body.SubAccountName?.trim().toLowerCase();
    const list = context.store
        .listSubAccounts()
        .filter((g) => g.status === 'approved' && (!needle || g.name.toLowerCase().includes(needle)))
        .map((g) => ({
        SubAccount: g.id,
        SubAccountName: g.name,
        ChannelTypes: g.channelTypes,
        Status: 1,
        CreatedAt: g.createdAt,
    }));
    return { Total: list.length, List: list };
}
const REVIEW_STATUS_TEXT = {
    1: 'Reviewing',
    2: 'Rejected',
    3: 'Approved',
    4: 'Closed',
    5: 'Exempted',
};
function listSignatures(params, context) {
    requireActivated(context);
    const body = validateParams(context.schemas.ListSignatureForAgentBodySchema, withPagingDefaults(params));
    const needle = body.Signature?.trim().toLowerCase();
    const groups = body.SubAccounts?.length ? new Set(body.SubAccounts) : undefined;
    const channelsOf = channelTypesByGroup(context);
    const matches = context.store
        .listSignatures()
        .filter((s) => !needle || s.text.toLowerCase().includes(needle))
        .filter((s) => !groups || s.subAccounts.some((g) => groups.has(g)))
        .map((s) => ({
        Signature: s.text,
        Status: s.status,
        StatusDescription: REVIEW_STATUS_TEXT[s.status] ?? '',
        ...(s.extra.auditOpinion ? { Reason: s.extra.auditOpinion } : {}),
        Source: s.source,
        SubAccounts: s.subAccounts,
        ChannelTypes: s.extra.channelTypes ?? [
            ...new Set(s.subAccounts.flatMap((g) => channelsOf.get(g) ?? [])),
        ],
        ...(s.extra.identificationId === undefined ? {} : { IdentificationId: s.extra.identificationId }),
        ...(s.extra.purpose === undefined ? {} : { Purpose: s.extra.purpose }),
        ...optionalSignatureFields(s.extra),
        Usable: s.status === 3 || s.status === 5,
        CreatedAt: s.createdAt,
        UpdatedAt: s.extra.updatedAt ?? s.createdAt,
    }));
    return { Total: matches.length, List: pageOf(matches, body.Page, body.PageSize) };
}
function listTemplates(params, context) {
    requireActivated(context);
    const body = validateParams(context.schemas.ListSmsTemplateForAgentBodySchema, withPagingDefaults(params));
    const groups = body.SubAccounts?.length ? new Set(body.SubAccounts) : undefined;
    const signatures = body.Signatures?.length ? new Set(body.Signatures) : undefined;
    const matches = context.store
        .listTemplates()
        .filter((t) => !body.TemplateId || t.id === body.TemplateId)
        .filter((t) => !groups || t.subAccounts.some((g) => groups.has(g)))
        .filter((t) => !signatures || t.signatures.some((s) => signatures.has(s)))
        .map((t) => ({
        TemplateId: t.id,
        TemplateName: t.name,
        Content: t.content,
        ChannelType: t.channelType,
        Signatures: t.signatures,
        SubAccounts: t.subAccounts,
        TemplateParams: (0,core/* templateVariables */.Qp)(t.content).map((name) => ({ Name: name })),
        Status: t.status,
        StatusDescription: REVIEW_STATUS_TEXT[t.status] ?? '',
        ...(t.extra.auditOpinion ? { Reason: t.extra.auditOpinion } : {}),
        Area: t.extra.area ?? 'cn',
        ...(t.extra.project === undefined ? {} : { Project: t.extra.project }),
        ...(t.extra.desc === undefined ? {} : { Description: t.extra.desc }),
        ...(t.extra.shortUrlConfig === undefined ? {} : { ShortUrlConfig: t.extra.shortUrlConfig }),
        CreatedAt: t.createdAt,
        UpdatedAt: t.extra.updatedAt ?? t.createdAt,
    }));
    return { Total: matches.length, List: pageOf(matches, body.Page, body.PageSize) };
}
/** The optional fields of a signature application, under the list's PascalCase names. */
function optionalSignatureFields(extra) {
    const fields = {};
    if (extra.desc !== undefined)
        fields.Description = extra.desc;
    if (extra.domain !== undefined)
        fields.Domain = extra.domain;
    if (extra.scene !== undefined)
        fields.Scene = extra.scene;
    if (extra.projectName !== undefined)
        fields.ProjectName = extra.projectName;
    if (extra.appIcp !== undefined)
        fields.AppIcp = extra.appIcp;
    if (extra.trademark !== undefined)
        fields.Trademark = extra.trademark;
    return fields;
}
function channelTypesByGroup(context) {
    return new Map(context.store.listSubAccounts().map((g) => [g.id, g.channelTypes]));
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var classic_schemas = __webpack_require__(41514);
;// CONCATENATED MODULE: ./src/sandbox/delivery.ts
/**
 * Deterministic delivery: the outcome is decided at send time from the number's ending (seed rules,
 * longest matching suffix wins; the default seed: 7 → NE:0105, 9 → CR:0202, 6 → no receipt), and the
 * receipt becomes visible once the clock passes sendTime + receiptDelayMs. Nothing runs in the
 * background: every reader derives the status from the clock it is given.
 */
const DELIVERED_CODE = 'DELIVRD';
function planDelivery(mobile, rules, sendTimeMs, receiptDelayMs) {
    let match;
    for (const rule of rules) {
        if (mobile.endsWith(rule.suffix) && (!match || rule.suffix.length > match.suffix.length))
            match = rule;
    }
    const outcome = match?.outcome ?? 'delivered';
    const receiptDueMs = outcome === 'no-receipt' ? null : sendTimeMs + receiptDelayMs;
    if (outcome === 'failed') {
        return {
            outcome,
            receiptDueMs,
            errorCode: match?.errorCode ?? 'UN:0900',
            errorMessage: match?.errorMessage ?? '',
        };
    }
    return { outcome, receiptDueMs, errorCode: '', errorMessage: '' };
}
function deliveryState(message, nowMs) {
    if (message.receiptDueMs === null || nowMs < message.receiptDueMs) {
        return { status: 1, errorCode: '', errorMessage: '', receiptTimeMs: null };
    }
    if (message.outcome === 'failed') {
        return {
            status: 2,
            errorCode: message.errorCode,
            errorMessage: message.errorMessage,
            receiptTimeMs: message.receiptDueMs,
        };
    }
    return {
        status: 3,
        errorCode: DELIVERED_CODE,
        errorMessage: 'Delivered.',
        receiptTimeMs: message.receiptDueMs,
    };
}

;// CONCATENATED MODULE: ./src/sandbox/phone-numbers.ts
/**
 * The service's number rules (reference §6, DOC-ERR RE:0006): mainland numbers are 11 digits starting
 * 1[3-9], with an optional +86/86 prefix; other numbers need a country code in E.164 form. Numbers are
 * stored normalised (mainland without prefix, others with "+") so filters match however they were sent.
 * Deliberately stricter than the core's client-side normalisePhone: the server takes what is on the wire
 * (no spaces or dashes are cleaned up here), as the real one does.
 */
const MAINLAND = /^(?:\+?86)?(1[3-9]\d{9})$/;
const E164 = /^\+([1-9]\d{6,14})$/;
// DOC-ERR writes foreign numbers without "+" (`852…`); a bare number starting with 1 is taken as a
// broken mainland number instead, since that is by far the likelier mistake.
const BARE_FOREIGN = /^([2-9]\d{7,14})$/;
function normaliseMobile(raw) {
    const compact = raw.trim();
    const mainland = MAINLAND.exec(compact);
    if (mainland)
        return mainland[1];
    const foreign = E164.exec(compact) ?? BARE_FOREIGN.exec(compact);
    if (foreign && !foreign[1].startsWith('86'))
        return `+${foreign[1]}`;
    return null;
}

// EXTERNAL MODULE: ./src/core/signing/sign.ts
var sign = __webpack_require__(54186);
// EXTERNAL MODULE: ./src/core/signing/build-request.ts
var build_request = __webpack_require__(62247);
// EXTERNAL MODULE: ./src/core/schemas/quick-read.ts
var quick_read = __webpack_require__(41416);
// EXTERNAL MODULE: ./src/core/sending/number-set.ts
var number_set = __webpack_require__(18664);
// EXTERNAL MODULE: ./src/core/time/time-zone.ts
var time_zone = __webpack_require__(3451);
// EXTERNAL MODULE: ./src/core/schemas/classic.ts
var classic = __webpack_require__(8956);
;// CONCATENATED MODULE: ./src/core/internal.ts
// What only the sandbox (it verifies what the client signs) and the tests need: not part of the public API,
// so it may change with the client. Entry points other than the sandbox import src/core/index.ts alone
// (ESLint enforces it).
// Every export is named on purpose; nothing is re-exported with `export *`.
// Signing parts: the client signs with signRequest; the sandbox verifies with the same parts.


// The hand-written readers of the usual send's answer, held to the zod schemas by tests.

// Proxy choice from the environment, tested on its own.

// The batch file's number set (tests compare it with a Set).

// The zone arithmetic behind the public time functions: the sandbox buckets its stats by the service's
// (Asia/Shanghai) days with it.

// The classic send bodies our client sends: the sandbox widens them to what any SDK may send.


;// CONCATENATED MODULE: ./src/sandbox/shanghai-time.ts


/**
 * Calendar dates in the service's zone (Asia/Shanghai: the core's DEFAULT_TIME_ZONE), which is how it
 * buckets stats. The zone arithmetic is the core's (time/time-zone.ts); nothing here knows its offset.
 */
/** `2026-11-25` for an epoch-milliseconds instant. */
function shanghaiDate(epochMs) {
    return (0,core/* formatWallTime */.j0)(epochMs, core/* DEFAULT_TIME_ZONE */.lc).slice(0, 10);
}
/** Start of the Shanghai day containing the instant, as epoch milliseconds. */
function shanghaiDayStart(epochMs) {
    const [year, month, day] = shanghaiDate(epochMs).split('-').map(Number);
    return (0,time_zone/* instantOf */.B9)({ year, month, day, hour: 0, minute: 0, second: 0 }, core/* DEFAULT_TIME_ZONE */.lc);
}
/** Every Shanghai date from the one containing `fromMs` to the one containing `toMs`, inclusive. */
function shanghaiDatesBetween(fromMs, toMs) {
    const dates = [];
    // 36 hours past a day's start is always inside the next day, whatever the zone's offsets do.
    for (let day = shanghaiDayStart(fromMs); day <= toMs; day = shanghaiDayStart(day + 36 * 3600_000))
        dates.push(shanghaiDate(day));
    return dates;
}

;// CONCATENATED MODULE: ./src/sandbox/actions/send-stats.ts



/**
 * Send statistics computed from what was really sent (both API generations share the log), with one
 * data point per Asia/Shanghai day of the window so a chart has no gaps. Rates use the skill's formulas:
 * send success = sendSuccess / allSend; receipt success = receiptSuccess / sendSuccess.
 */
const MAX_STATS_WINDOW_SECONDS = 90 * 86_400;
const NO_RECEIPT_AFTER_MS = 72 * 3600_000;
const emptyCounters = () => ({
    AllSendCount: 0,
    SendSuccessCount: 0,
    ReceiptSuccessCount: 0,
    ReceiptFailureCount: 0,
    NoReceipt72HourCount: 0,
    Segments: 0,
});
const ratio = (part, whole) => whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
function computeSendStats(query, context) {
    if (query.endTime < query.startTime)
        throw businessErrors.parameter('EndTime is before StartTime.');
    if (query.endTime - query.startTime > MAX_STATS_WINDOW_SECONDS) {
        throw businessErrors.parameter('the window from StartTime to EndTime is longer than 90 days.');
    }
    const fromMs = query.startTime * 1000;
    const toMs = query.endTime * 1000 + 999;
    const inSet = (set, value) => !set || set.includes(value);
    const messages = context.store
        .allMessages({
        subAccount: query.subAccount,
        fromMs,
        toMs,
        mobile: query.mobile,
        messageId: query.messageId,
    })
        .filter((m) => inSet(query.channelTypes, m.channelType) &&
        inSet(query.signatures, m.signature) &&
        inSet(query.templateIds, m.templateId));
    const byDate = new Map(shanghaiDatesBetween(fromMs, toMs).map((date) => [date, emptyCounters()]));
    const total = emptyCounters();
    for (const message of messages) {
        const day = byDate.get(shanghaiDate(message.sendTimeMs));
        const state = deliveryState(message, context.nowMs);
        for (const counters of day ? [total, day] : [total]) {
            counters.AllSendCount += 1;
            // Everything the sandbox records was accepted by the "carrier"; failures arrive as receipts.
            counters.SendSuccessCount += 1;
            counters.Segments += message.segments;
            if (state.status === 3)
                counters.ReceiptSuccessCount += 1;
            else if (state.status === 2)
                counters.ReceiptFailureCount += 1;
            else if (context.nowMs - message.sendTimeMs >= NO_RECEIPT_AFTER_MS)
                counters.NoReceipt72HourCount += 1;
        }
    }
    return {
        // Documented choice: TotalSendCount counts billed segments (a long SMS counts once per part).
        TotalSendCount: total.Segments,
        TotalAllSendCount: total.AllSendCount,
        TotalSendSuccessCount: total.SendSuccessCount,
        TotalReceiptSuccessCount: total.ReceiptSuccessCount,
        TotalReceiptFailureCount: total.ReceiptFailureCount,
        TotalNoReceipt72HourCount: total.NoReceipt72HourCount,
        TotalSendSuccessRate: ratio(total.SendSuccessCount, total.AllSendCount),
        TotalReceiptSuccessRate: ratio(total.ReceiptSuccessCount, total.SendSuccessCount),
        DataPoints: [...byDate].map(([date, c]) => ({
            Date: date,
            AllSendCount: c.AllSendCount,
            SendSuccessCount: c.SendSuccessCount,
            ReceiptSuccessCount: c.ReceiptSuccessCount,
            ReceiptFailureCount: c.ReceiptFailureCount,
            NoReceipt72HourCount: c.NoReceipt72HourCount,
            SendSuccessRate: ratio(c.SendSuccessCount, c.AllSendCount),
            ReceiptSuccessRate: ratio(c.ReceiptSuccessCount, c.SendSuccessCount),
        })),
    };
}

;// CONCATENATED MODULE: ./src/sandbox/actions/agent-reports.ts







/** The agent send log and stats (reference §3.6–3.7), read from what was really sent. */
function listSendLogs(params, context) {
    requireActivated(context);
    const body = validateParams(context.schemas.ListSmsSendLogForAgentBodySchema, withPagingDefaults(params));
    if (body.SubAccount !== undefined && !context.store.findSubAccount(body.SubAccount)) {
        throw businessErrors.unknownSubAccount();
    }
    if (body.FromTime !== undefined && body.ToTime !== undefined && body.FromTime > body.ToTime) {
        throw businessErrors.parameter('FromTime is after ToTime.');
    }
    const { total, rows } = context.store.queryMessages({
        subAccount: body.SubAccount,
        // Request times are epoch seconds; the log keeps milliseconds, so ToTime covers its whole second.
        fromMs: body.FromTime === undefined ? undefined : body.FromTime * 1000,
        toMs: body.ToTime === undefined ? undefined : body.ToTime * 1000 + 999,
        mobile: body.Mobile === undefined ? undefined : (normaliseMobile(body.Mobile) ?? body.Mobile.trim()),
        templateId: body.TemplateId,
        signature: body.Signature,
        messageId: body.MessageId,
    }, { offset: (body.Page - 1) * body.PageSize, limit: body.PageSize });
    const list = rows.map((row) => {
        const state = deliveryState(row, context.nowMs);
        return {
            MessageId: row.messageId,
            SubAccount: row.subAccount,
            Signature: row.signature,
            TemplateId: row.templateId,
            ChannelType: row.channelType,
            Mobile: (0,core/* maskPhone */.Xu)(row.mobile),
            Content: `【${row.signature}】${row.content}`,
            Status: state.status,
            ErrorCode: state.errorCode,
            ErrorMessage: state.errorMessage,
            SendTime: row.sendTimeMs,
            ReceiptTime: state.receiptTimeMs,
            Count: row.segments,
        };
    });
    return { Total: total, List: list };
}
// The core's stats body widened the way clients send it (lists, SmsAccount); built once, on first use.
const widenedStatsBody = (schemas) => schemas.ListTotalSendCountStatForAgentBodySchema.extend({
    SmsAccount: classic_schemas/* string */.YjP().optional(),
    ChannelType: classic_schemas/* union */.KCZ([classic_schemas/* string */.YjP(), classic_schemas/* array */.YOg(classic_schemas/* string */.YjP())]).optional(),
    Signature: classic_schemas/* union */.KCZ([classic_schemas/* string */.YjP(), classic_schemas/* array */.YOg(classic_schemas/* string */.YjP())]).optional(),
    TemplateId: classic_schemas/* union */.KCZ([classic_schemas/* string */.YjP(), classic_schemas/* array */.YOg(classic_schemas/* string */.YjP())]).optional(),
});
let statsBodySchema;
function sendStats(params, context) {
    requireActivated(context);
    const body = validateParams((statsBodySchema ??= widenedStatsBody(context.schemas)), params);
    return computeSendStats({
        startTime: body.StartTime,
        endTime: body.EndTime,
        subAccount: body.SubAccount ?? body.SmsAccount,
        channelTypes: asList(body.ChannelType),
        signatures: asList(body.Signature),
        templateIds: asList(body.TemplateId),
    }, context);
}
function asList(value) {
    if (value === undefined)
        return undefined;
    const list = (Array.isArray(value) ? value : [value]).filter(Boolean);
    return list.length ? list : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sandbox/segments.ts
/**
 * Billed segments: one SMS holds 70 characters; a longer text is split into parts of 67 (the rest of
 * each part carries the concatenation header). Characters are counted as code points, signature included
 * (a loop over UTF-16 units rather than `[...text]`: a batch task counts a million texts).
 */
function segmentCount(text) {
    let length = text.length;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff)
            length -= 1;
    }
    return length <= 70 ? 1 : Math.ceil(length / 67);
}

;// CONCATENATED MODULE: ./src/sandbox/actions/accept-send.ts






/**
 * The send rules shared by SendSmsForAgent, SendSms and SendBatchSms, checked in the order the real
 * service reports them (account, group, signature, template, numbers, parameters). Either every message
 * of the request is recorded, or none is and the request fails with the rule's code.
 */
const MAX_RECIPIENTS = 200;
/** One template parameter for every number of a comma-separated list (`Mobiles`, `PhoneNumbers`). */
function sameParamFor(numbers, templateParam) {
    return numbers
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .map((mobile) => ({ mobile, templateParam }));
}
const APPROVED_SIGNATURE = new Set([3, 5]);
const REVIEW_STATUS = {
    1: 'under review',
    2: 'rejected',
    4: 'closed',
    5: 'exempted',
};
function acceptSend(request, context) {
    const { store } = context;
    const account = store.getAccount();
    if (!account.activated)
        throw businessErrors.notActivated();
    if (account.inArrears)
        throw businessErrors.arrears();
    const count = request.recipients.length;
    if (count === 0)
        throw businessErrors.parameter(`${request.fields.mobiles} is empty: give at least one number.`);
    if (count > MAX_RECIPIENTS) {
        throw businessErrors.parameter(`${request.fields.mobiles} has ${count} numbers; at most ${MAX_RECIPIENTS} per request.`);
    }
    const group = store.findSubAccount(request.subAccount);
    if (!group || group.status !== 'approved')
        throw businessErrors.unknownSubAccount();
    const signature = store.findSignature(request.signature);
    if (!signature)
        throw businessErrors.signature(`signature "${request.signature}" does not exist (give it without 【】).`);
    if (!APPROVED_SIGNATURE.has(signature.status)) {
        throw businessErrors.signature(`signature "${request.signature}" is not approved (${REVIEW_STATUS[signature.status] ?? `status ${signature.status}`}).`);
    }
    if (!signature.subAccounts.includes(group.id)) {
        throw businessErrors.signature(`signature "${request.signature}" is not available in message group ${group.id}.`);
    }
    const template = store.findTemplate(request.templateId);
    if (!template)
        throw businessErrors.template(`template ${request.templateId} does not exist.`);
    if (template.status !== 3) {
        throw businessErrors.template(`template ${template.id} is not approved (${REVIEW_STATUS[template.status] ?? `status ${template.status}`}).`);
    }
    if (!template.subAccounts.includes(group.id)) {
        throw businessErrors.template(`template ${template.id} is not available in message group ${group.id}.`);
    }
    if (!template.signatures.includes(signature.text)) {
        throw businessErrors.template(`template ${template.id} cannot be used with signature "${signature.text}".`);
    }
    if (signature.extra.channelTypes && !signature.extra.channelTypes.includes(template.channelType)) {
        throw businessErrors.signature(`signature "${signature.text}" was not approved for ${template.channelType} messages.`);
    }
    if (!group.channelTypes.includes(template.channelType)) {
        throw businessErrors.channelNotEnabled(`message group ${group.id} does not send ${template.channelType}.`);
    }
    const mobiles = request.recipients.map((recipient, index) => {
        const mobile = normaliseMobile(recipient.mobile);
        if (!mobile) {
            throw businessErrors.phone(`${request.fields.mobiles} number ${index + 1} (${(0,core/* maskPhone */.Xu)(recipient.mobile.trim())}) is not valid: use 11 mainland digits (optionally +86) or +country code and number.`);
        }
        return mobile;
    });
    const texts = request.recipients.map((recipient) => (0,core/* renderTemplate */.Xm)(template.content, templateParams(recipient.templateParam, template, request.fields.templateParam)));
    const sendTimeMs = context.nowMs;
    const rows = mobiles.map((mobile, index) => {
        const content = texts[index];
        return {
            messageId: (0,external_node_crypto_.randomUUID)(),
            api: request.api,
            requestId: context.requestId,
            subAccount: group.id,
            signature: signature.text,
            templateId: template.id,
            channelType: template.channelType,
            mobile,
            content,
            segments: segmentCount(`【${signature.text}】${content}`),
            sendTimeMs,
            ...planDelivery(mobile, context.deliveryRules, sendTimeMs, context.receiptDelayMs),
        };
    });
    store.insertMessages(rows);
    return rows.map((row) => row.messageId);
}
/** TemplateParam is a JSON string of an object whose keys are exactly the template's variables. */
function templateParams(raw, template, field) {
    const variables = (0,core/* templateVariables */.Qp)(template.content);
    let values = {};
    if (raw !== undefined && raw.trim() !== '') {
        let json;
        try {
            json = JSON.parse(raw);
        }
        catch (error) {
            throw businessErrors.invalidJson(`${field} is not valid JSON (${error.message}).`);
        }
        if (json === null || typeof json !== 'object' || Array.isArray(json)) {
            throw businessErrors.parameter(`${field} must be a JSON object such as {"code":"1234"}.`);
        }
        values = {};
        for (const [name, value] of Object.entries(json)) {
            if (typeof value !== 'string' && typeof value !== 'number') {
                throw businessErrors.parameter(`${field} value of "${name}" must be a string.`);
            }
            values[name] = String(value);
        }
    }
    const missing = variables.filter((name) => !Object.hasOwn(values, name));
    const extra = Object.keys(values).filter((name) => !variables.includes(name));
    if (missing.length > 0 || extra.length > 0) {
        const parts = [];
        if (missing.length)
            parts.push(`missing ${missing.map((n) => `"${n}"`).join(', ')}`);
        if (extra.length)
            parts.push(`unexpected ${extra.map((n) => `"${n}"`).join(', ')}`);
        const expected = variables.length ? variables.join(', ') : 'no variables';
        throw businessErrors.parameter(`${field} does not match template ${template.id} (${parts.join('; ')}); it takes ${expected}.`);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/sandbox/actions/agent-send.ts


/** SendSmsForAgent (reference §3.8): comma-separated `Mobiles`, one shared `TemplateParam`. */
function sendSmsForAgent(params, context) {
    const body = validateParams(context.schemas.SendSmsForAgentBodySchema, params);
    const recipients = sameParamFor(body.Mobiles, body.TemplateParam);
    const send = { subAccount: body.SubAccount, signature: body.Signature, templateId: body.TemplateId };
    const fields = { mobiles: 'Mobiles', templateParam: 'TemplateParam' };
    return { MessageIds: acceptSend({ api: 'agent', ...send, recipients, fields }, context) };
}

;// CONCATENATED MODULE: ./src/sandbox/actions/agent-actions.ts




/**
 * The six `2026-01-01` agent actions (reference §3.3–3.8), PascalCase in and out, plus the names newer
 * skill revisions use for the same operations. All are POST (reference-v2 §1.2): another method answers
 * 405 before anything happens.
 */
// How query-string values are typed when a POST carries its parameters in the query (Go's SDK does).
const SIGNATURE_QUERY = { integers: ['Page', 'PageSize'], arrays: ['SubAccounts'] };
const TEMPLATE_QUERY = { integers: ['Page', 'PageSize'], arrays: ['SubAccounts', 'Signatures'] };
const SEND_LOG_QUERY = { integers: ['Page', 'PageSize', 'FromTime', 'ToTime'] };
const STATS_QUERY = {
    integers: ['StartTime', 'EndTime'],
    arrays: ['ChannelType', 'Signature', 'TemplateId'],
};
const agent = (action, handle, shape = {}) => ({
    action,
    version: core/* AGENT_VERSION */.l_,
    method: 'POST',
    shape,
    handle,
});
/** The newest skill's stats action answers the per-day points under a second name too. */
const sendStatsV4 = (params, context) => {
    const stats = sendStats(params, context);
    return { ...stats, DataPointsByDate: stats.DataPoints };
};
const AGENT_ACTIONS = [
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

;// CONCATENATED MODULE: ./src/sandbox/channel-names.ts
/** Chinese names of the channel types, as the console and the classic/V2 lists show them. */
const CHANNEL_NAMES = {
    CN_OTP: '验证码',
    CN_NTC: '通知',
    CN_MKT: '营销',
    CN_VMS: '视频短信',
    I18N_OTP: '国际验证码',
    I18N_MKT: '国际营销',
};

;// CONCATENATED MODULE: ./src/sandbox/actions/classic-schemas.ts


/**
 * Request schemas of the classic actions (reference §3.1–3.7): send bodies in PascalCase, management
 * parameters in lowerCamel. Numbers may arrive as query strings; request-params.ts types them first.
 * The send bodies are the core's (schemas/classic.ts: what our client sends) widened to what any real
 * client may send (numeric PhoneNumber from the Node SDK, UserExtCode); the management parameters are
 * the sandbox's own (typed from query strings, page sizes up to 1000).
 */
const pageIndex = classic_schemas/* number */.aig().int().min(1).default(1);
const pageSize = (fallback) => classic_schemas/* number */.aig().int().min(1).max(1000).default(fallback);
/** The core's send body, plus what other SDKs send: UserExtCode. */
const SendSmsBodySchema = classic/* SendSmsBodySchema */.Nb.extend({ UserExtCode: classic_schemas/* string */.YjP().optional() });
/** The core's batch body, but any number of messages (acceptSend answers too many) and From. */
const SendBatchSmsBodySchema = classic/* SendBatchSmsBodySchema */.rL.extend({
    Messages: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({
        // The Node SDK types PhoneNumber as a number (a bug); the doc and Go send a string. Take both.
        PhoneNumber: classic_schemas/* union */.KCZ([classic_schemas/* string */.YjP().min(1), classic_schemas/* number */.aig().int().transform(String)]),
        TemplateParam: classic_schemas/* string */.YjP().optional(),
    })),
    From: classic_schemas/* string */.YjP().optional(),
});
const GetSubAccountListSchema = classic_schemas/* object */.Ikc({
    subAccount: classic_schemas/* string */.YjP().optional(),
    subAccountName: classic_schemas/* string */.YjP().optional(),
    pageIndex,
    pageSize: pageSize(1000),
});
const GetSubAccountDetailSchema = classic_schemas/* object */.Ikc({ subAccount: classic_schemas/* string */.YjP().min(1) });
const GetSignatureAndOrderListSchema = classic_schemas/* object */.Ikc({
    /** 2021-01-11 */
    subAccount: classic_schemas/* string */.YjP().optional(),
    /** 2025-01-01 */
    subAccounts: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()).optional(),
    signature: classic_schemas/* string */.YjP().optional(),
    status: classic_schemas/* number */.aig().int().optional(),
    pageIndex,
    pageSize: pageSize(10),
});
const GetSmsTemplateAndOrderListSchema = classic_schemas/* object */.Ikc({
    subAccount: classic_schemas/* string */.YjP().optional(),
    templateId: classic_schemas/* string */.YjP().optional(),
    name: classic_schemas/* string */.YjP().optional(),
    area: classic_schemas/* enum */.k5n(['cn', 'overseas', 'all']).optional(),
    channelType: classic_schemas/* string */.YjP().optional(),
    content: classic_schemas/* string */.YjP().optional(),
    pageIndex,
    pageSize: pageSize(10),
});
const GetSmsSendDetailsSchema = classic_schemas/* object */.Ikc({
    subAccount: classic_schemas/* string */.YjP().min(1),
    phoneNumber: classic_schemas/* string */.YjP().optional(),
    messageId: classic_schemas/* string */.YjP().optional(),
    /** `yyyyMMdd`, an Asia/Shanghai date. */
    sendDate: classic_schemas/* string */.YjP()
        .regex(/^\d{8}$/, 'use yyyyMMdd, e.g. 20240424')
        .optional(),
    pageIndex,
    pageSize: pageSize(10),
});
// Java sends the stats times as strings of epoch seconds.
const epochSeconds = classic_schemas/* union */.KCZ([
    classic_schemas/* number */.aig().int(),
    classic_schemas/* string */.YjP().regex(/^\d+$/, 'epoch seconds').transform(Number),
]);
const GetTotalSendCountStatV5Schema = classic_schemas/* object */.Ikc({
    startTime: epochSeconds,
    endTime: epochSeconds,
    smsAccount: classic_schemas/* string */.YjP().optional(),
    signature: classic_schemas/* string */.YjP().optional(),
    templateId: classic_schemas/* string */.YjP().optional(),
    channelType: classic_schemas/* string */.YjP().optional(),
});
// The verification-code pair and Conversion (2020-01-01, PascalCase JSON; the Node SDK's
// SendVerifyCode/CheckVerifyCode/Conversion). Ranges as the core's schemas/verify-code.ts documents them.
const phoneNumber = classic_schemas/* union */.KCZ([classic_schemas/* string */.YjP().min(1), classic_schemas/* number */.aig().int().transform(String)]);
const SendSmsVerifyCodeBodySchema = classic_schemas/* object */.Ikc({
    SmsAccount: classic_schemas/* string */.YjP().min(1),
    Sign: classic_schemas/* string */.YjP().min(1),
    TemplateID: classic_schemas/* string */.YjP().min(1),
    PhoneNumber: phoneNumber,
    Scene: classic_schemas/* string */.YjP().min(1),
    CodeType: classic_schemas/* union */.KCZ([classic_schemas/* literal */.euz(4), classic_schemas/* literal */.euz(6), classic_schemas/* literal */.euz(8)]).default(6),
    ExpireTime: classic_schemas/* number */.aig().int().min(180).max(1800).default(180),
    TryCount: classic_schemas/* number */.aig().int().min(1).max(10).default(3),
    Tag: classic_schemas/* string */.YjP().max(512).optional(),
    UserExtCode: classic_schemas/* string */.YjP().optional(),
});
const CheckSmsVerifyCodeBodySchema = classic_schemas/* object */.Ikc({
    SmsAccount: classic_schemas/* string */.YjP().min(1),
    PhoneNumber: phoneNumber,
    Scene: classic_schemas/* string */.YjP().min(1),
    Code: classic_schemas/* string */.YjP().min(1),
});
const ConversionBodySchema = classic_schemas/* object */.Ikc({
    MessageIDs: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP().min(1)).min(1).max(100),
    Type: classic_schemas/* number */.aig().int().min(0),
});

;// CONCATENATED MODULE: ./src/sandbox/actions/classic-lists.ts




/**
 * The classic management lists (reference §3.3–3.5), lowerCamel `{list, total}` with pageIndex/pageSize
 * and millisecond times. Signature and template lists are "AndOrderList": applications under review or
 * rejected are listed too, with their status. Bad parameters answer 1001.
 */
const toMs = (epochSeconds) => epochSeconds * 1000;
function groupItem(group) {
    return {
        subAccountId: group.id,
        subAccountName: group.name,
        createdTime: toMs(group.createdAt),
        // Status 1 is the usable, approved group (the skill's "所选消息组状态为 1").
        status: 1,
        desc: '',
        enabledChannelType: group.channelTypes.map((type) => ({
            name: CHANNEL_NAMES[type] ?? type,
            value: type,
            area: type.startsWith('I18N') ? 'overseas' : 'cn',
        })),
    };
}
function getSubAccountList(params, context) {
    requireActivated(context);
    const query = validateParams(GetSubAccountListSchema, params, businessErrors.managementParameter);
    const needle = query.subAccountName?.toLowerCase();
    const matches = context.store
        .listSubAccounts()
        .filter((g) => g.status === 'approved')
        .filter((g) => (!query.subAccount || g.id === query.subAccount) &&
        (!needle || g.name.toLowerCase().includes(needle)))
        .map(groupItem);
    return { list: pageOf(matches, query.pageIndex, query.pageSize), total: matches.length };
}
function getSubAccountDetail(params, context) {
    requireActivated(context);
    const query = validateParams(GetSubAccountDetailSchema, params, businessErrors.managementParameter);
    const group = context.store.findSubAccount(query.subAccount);
    if (!group || group.status !== 'approved')
        throw businessErrors.unknownSubAccount();
    return groupItem(group);
}
function getSignatureAndOrderList(params, context) {
    requireActivated(context);
    const query = validateParams(GetSignatureAndOrderListSchema, params, businessErrors.managementParameter);
    const groups = new Set([...(query.subAccounts ?? []), ...(query.subAccount ? [query.subAccount] : [])]);
    const channelsOf = new Map(context.store.listSubAccounts().map((g) => [g.id, g.channelTypes]));
    // "AndOrderList": applications under review or rejected are listed too, with their status.
    const matches = context.store
        .listSignatures()
        .filter((s) => (groups.size === 0 || s.subAccounts.some((g) => groups.has(g))) &&
        (!query.signature || s.text.includes(query.signature)))
        .filter((s) => query.status === undefined || s.status === query.status)
        .map((s, index) => ({
        id: `sig_${index + 1}`,
        applyId: `apply_sig_${index + 1}`,
        content: s.text,
        createdTime: toMs(s.createdAt),
        status: s.status,
        source: s.source,
        reason: s.status === 2 ? 'Rejected in the sandbox seed.' : '',
        isOrder: s.status !== 3 && s.status !== 5,
        subAccounts: s.subAccounts,
        channelTypes: [...new Set(s.subAccounts.flatMap((g) => channelsOf.get(g) ?? []))],
        usable: s.status === 3 || s.status === 5,
    }));
    return { list: pageOf(matches, query.pageIndex, query.pageSize), total: matches.length };
}
function getSmsTemplateAndOrderList(params, context) {
    requireActivated(context);
    const query = validateParams(GetSmsTemplateAndOrderListSchema, params, businessErrors.managementParameter);
    const areaOf = (type) => (type.startsWith('I18N') ? 'overseas' : 'cn');
    const matches = context.store
        .listTemplates()
        .filter((t) => !query.subAccount || t.subAccounts.includes(query.subAccount))
        .filter((t) => !query.templateId || t.id === query.templateId)
        .filter((t) => !query.name || t.name.includes(query.name))
        .filter((t) => !query.content || t.content.includes(query.content))
        .filter((t) => !query.channelType || t.channelType === query.channelType)
        .filter((t) => !query.area || query.area === 'all' || areaOf(t.channelType) === query.area)
        .map((t, index) => ({
        id: `tpl_${index + 1}`,
        applyId: `apply_${t.id}`,
        templateId: t.id,
        channelType: t.channelType,
        channelTypeName: CHANNEL_NAMES[t.channelType] ?? t.channelType,
        name: t.name,
        content: t.content,
        status: t.status,
        isOrder: t.status !== 3,
        reason: '',
        createdTime: toMs(t.createdAt),
        subAccounts: t.subAccounts,
        signatures: t.signatures,
        shortUrlConfig: { isEnabled: '0', isNeedClickDetails: '0', uaCheckStrategy: 0 },
    }));
    return { list: pageOf(matches, query.pageIndex, query.pageSize), total: matches.length };
}

;// CONCATENATED MODULE: ./src/sandbox/actions/classic-reports.ts








/**
 * GetSmsSendDetails and GetTotalSendCountStatV5 (reference §3.6–3.7) over the log both API generations
 * share: a message sent through the agent API shows here, and the other way round.
 */
function getSmsSendDetails(params, context) {
    requireActivated(context);
    const query = validateParams(GetSmsSendDetailsSchema, params, businessErrors.managementParameter);
    if (!context.store.findSubAccount(query.subAccount))
        throw businessErrors.unknownSubAccount();
    let fromMs;
    let toMs;
    if (query.sendDate) {
        const [y, m, d] = [
            query.sendDate.slice(0, 4),
            query.sendDate.slice(4, 6),
            query.sendDate.slice(6, 8),
        ].map(Number);
        fromMs = shanghaiDayStart(Date.UTC(y, m - 1, d, 12));
        toMs = fromMs + 86_400_000 - 1;
    }
    const { total, rows } = context.store.queryMessages({
        subAccount: query.subAccount,
        mobile: query.phoneNumber === undefined
            ? undefined
            : (normaliseMobile(query.phoneNumber) ?? query.phoneNumber),
        messageId: query.messageId,
        fromMs,
        toMs,
    }, { offset: (query.pageIndex - 1) * query.pageSize, limit: query.pageSize });
    return {
        account: 'sandbox',
        subAccount: query.subAccount,
        total,
        sendDetailsResults: rows.map((row) => {
            const state = deliveryState(row, context.nowMs);
            // The classic log reports a delivered message as errorCode "0" (the official sample).
            const delivered = state.status === 3;
            return {
                status: state.status,
                errorCode: delivered ? '0' : state.errorCode,
                errorMessage: delivered ? '发送成功' : state.errorMessage,
                phoneNumber: (0,core/* maskPhone */.Xu)(row.mobile),
                signature: row.signature,
                templateID: row.templateId,
                content: `【${row.signature}】${row.content}`,
                channelType: row.channelType,
                messageId: row.messageId,
                msgCount: row.segments,
                sendTime: row.sendTimeMs,
                receiptTime: state.receiptTimeMs,
            };
        }),
    };
}
function getTotalSendCountStatV5(params, context) {
    requireActivated(context);
    const query = validateParams(GetTotalSendCountStatV5Schema, params, businessErrors.managementParameter);
    const stats = computeSendStats({
        startTime: query.startTime,
        endTime: query.endTime,
        subAccount: query.smsAccount,
        signatures: query.signature ? [query.signature] : undefined,
        templateIds: query.templateId ? [query.templateId] : undefined,
        channelTypes: query.channelType ? [query.channelType] : undefined,
    }, context);
    return {
        dataPoints: stats.DataPoints.map((p) => ({
            allSendCount: p.AllSendCount,
            sendSuccessCount: p.SendSuccessCount,
            receiptSuccessCount: p.ReceiptSuccessCount,
            receiptFailureCount: p.ReceiptFailureCount,
            noReceipt72HourCount: p.NoReceipt72HourCount,
            date: p.Date,
            sendSuccessRate: p.SendSuccessRate,
            receiptSuccessRate: p.ReceiptSuccessRate,
        })),
        totalSendSuccessCount: stats.TotalSendSuccessCount,
        totalAllSendCount: stats.TotalAllSendCount,
        totalReceiptSuccessCount: stats.TotalReceiptSuccessCount,
        totalReceiptFailureCount: stats.TotalReceiptFailureCount,
        totalNoReceipt72HourCount: stats.TotalNoReceipt72HourCount,
        totalSendSuccessRate: stats.TotalSendSuccessRate,
        totalReceiptSuccessRate: stats.TotalReceiptSuccessRate,
    };
}

;// CONCATENATED MODULE: ./src/sandbox/actions/classic-send.ts




function classicSend(body, recipients, fields, context) {
    const send = { subAccount: body.SmsAccount, signature: body.Sign, templateId: body.TemplateID };
    return { MessageID: acceptSend({ api: 'classic', ...send, recipients, fields }, context) };
}
function sendSms(params, context) {
    const body = validateParams(SendSmsBodySchema, params, businessErrors.parameter);
    const recipients = sameParamFor(body.PhoneNumbers, body.TemplateParam);
    return classicSend(body, recipients, { mobiles: 'PhoneNumbers', templateParam: 'TemplateParam' }, context);
}
function sendBatchSms(params, context) {
    const body = validateParams(SendBatchSmsBodySchema, params, businessErrors.parameter);
    const recipients = body.Messages.map((m) => ({ mobile: m.PhoneNumber, templateParam: m.TemplateParam }));
    const fields = { mobiles: 'Messages', templateParam: 'Messages[].TemplateParam' };
    return classicSend(body, recipients, fields, context);
}

;// CONCATENATED MODULE: ./src/sandbox/gateway-errors.ts
// By the status they are answered with; each code with its CodeN, `null` where the reference lists none.
const BY_STATUS = {
    400: {
        MissingParameter: 100002,
        MissingRequestInfo: 100004,
        InvalidAuthorization: null,
        InvalidCredential: null,
    },
    401: {
        MissingAuthenticationToken: 100003,
        MissingSignature: 100005,
        InvalidAccessKey: 100009,
        SignatureDoesNotMatch: 100010,
        InvalidClientTokenId: null,
        InvalidSecretToken: null,
    },
    // InvalidTimestamp: the docs disagree (400 in 6369/68677, 403 in three others); we follow the majority.
    403: { InvalidTimestamp: 100006, LackPolicy: 100012, AccessDenied: 100013 },
    404: { ServiceNotFound: 100007, InvalidActionOrVersion: 100008 },
    405: { MethodNotAllowed: null },
    413: { RequestEntityTooLarge: null },
    429: { FlowLimitExceeded: 100018, AccountFlowLimitExceeded: 100027 },
    500: { InternalError: 100014 },
    502: { FailToConnect: 100015 },
    503: { ServiceUnavailableTemp: null },
    504: { InternalServiceTimeout: 100016 },
};
const GATEWAY_ERRORS = new Map(Object.entries(BY_STATUS).flatMap(([status, codes]) => Object.entries(codes).map(([code, codeN]) => [
    code,
    codeN === null ? { status: Number(status) } : { status: Number(status), codeN },
])));
/** The status and CodeN of a gateway code, or undefined for any other code (a business code: HTTP 200). */
function gatewayErrorSpec(code) {
    return GATEWAY_ERRORS.get(code);
}
/** Thrown inside the request pipeline; turned into an error envelope with the table's status and CodeN. */
class GatewayError extends Error {
    code;
    status;
    codeN;
    headers;
    constructor(code, message, options = {}) {
        super(message);
        this.code = code;
        const spec = GATEWAY_ERRORS.get(code);
        this.status = options.status ?? spec.status;
        this.codeN = spec.codeN;
        this.headers = options.headers ?? {};
    }
}
/** The gateway error that answers an injected 5xx status. */
function gatewayErrorForStatus(status) {
    switch (status) {
        case 502:
            return new GatewayError('FailToConnect', 'Failed to connect to the backend service (injected fault).');
        case 503:
            return new GatewayError('ServiceUnavailableTemp', 'Service temporarily unavailable (injected fault).');
        case 504:
            return new GatewayError('InternalServiceTimeout', 'Backend service timed out (injected fault).');
        default:
            // Any other 5xx keeps its status and the generic InternalError body.
            return new GatewayError('InternalError', 'Internal error (injected fault).', { status });
    }
}
/** 429 with the Retry-After a client should honour (rate limit or injected throttling). */
function flowLimitExceeded(retryAfterSeconds) {
    return new GatewayError('FlowLimitExceeded', 'Request was denied due to request throttling (flow limit exceeded).', {
        headers: { 'Retry-After': String(Math.max(0, retryAfterSeconds)) },
    });
}

;// CONCATENATED MODULE: ./src/sandbox/actions/classic-unsupported.ts



/**
 * The official SDKs' SMS methods the sandbox does not emulate get the answer production gives an account
 * without the feature, never a 404 that says the action does not exist:
 * - video SMS (ApplyVmsTemplate, GetVmsTemplateStatus, SendSms at 2021-01-11): `VE:0001`, HTTP 200;
 * - the classic applications, deletions, sub-account creation and signature identifications: 403
 *   `AccessDenied` (CodeN 100013), as for a key whose policy lacks the action, with what to use instead.
 */
const V2021 = '2021-01-11';
function videoNotEnabled(_params, context) {
    requireActivated(context);
    throw businessErrors.videoNotEnabled();
}
const VIDEO = ['ApplyVmsTemplate', 'GetVmsTemplateStatus', 'SendSms'].map((action) => ({ action, version: V2021, shape: {}, handle: videoNotEnabled }));
// What the sandbox offers instead of each, named in the answer.
const INSTEAD = {
    ApplySmsTemplate: 'ApplySmsTemplateV2 (2026-01-01)',
    DeleteSmsTemplate: 'DELETE /_sandbox/templates/ID',
    ApplySmsSignature: 'ApplySmsSignatureV2 (2026-01-01)',
    UpdateSmsSignature: 'ApplySmsSignatureV2 (2026-01-01)',
    DeleteSignature: 'DELETE /_sandbox/signatures/TEXT',
    InsertSmsSubAccount: 'POST /_sandbox/sub-accounts',
    InsertSubAccount: 'POST /_sandbox/sub-accounts',
    ApplySignatureIdent: 'POST /_sandbox/qualifications',
    GetSignatureIdentList: 'GetSignatureIdentificationList (2026-01-01)',
    BatchBindSignatureIdent: 'POST /_sandbox/signatures with identificationId',
};
const denied = (action, instead) => () => {
    throw new GatewayError('AccessDenied', `User is not authorized to perform: volcSMS:${action} on resource: sandbox. Use ${instead} instead.`);
};
const MANAGEMENT = Object.entries(INSTEAD).flatMap(([action, instead]) => {
    const handle = denied(action, instead);
    // DeleteSignature is 2025-01-01 in Go and newer Java, 2021-01-11 in the Node SDK.
    const versions = action === 'DeleteSignature' ? [V2021, '2025-01-01'] : [V2021];
    return versions.map((version) => ({ action, version, shape: {}, handle }));
});
const UNSUPPORTED_ACTIONS = [...VIDEO, ...MANAGEMENT];

;// CONCATENATED MODULE: ./src/sandbox/verify-codes.ts

/**
 * The codes SendSmsVerifyCode generated and CheckSmsVerifyCode checks, keyed as the service keys them:
 * message group, number and scene. A new code for the same key replaces the old one. In memory: like the
 * applications, they do not survive a restart (a code lives three minutes by default anyway).
 */
/** CheckSmsVerifyCode's `Result`. */
const CHECK_RESULT = { valid: '0', wrong: '1', expired: '2' };
const keyOf = (subAccount, mobile, scene) => JSON.stringify([subAccount, mobile, scene]);
function stateOf(record, nowMs) {
    if (record.usedAt !== null)
        return 'used';
    if (nowMs >= record.expiresAt)
        return 'expired';
    if (record.triesLeft <= 0)
        return 'out-of-tries';
    return 'live';
}
class VerifyCodeTable {
    #codes = new Map();
    #conversions = new Map();
    /** A fresh code of `digits` digits (leading zeros kept). */
    static generate(digits) {
        return String((0,external_node_crypto_.randomInt)(0, 10 ** digits)).padStart(digits, '0');
    }
    remember(record) {
        const key = keyOf(record.subAccount, record.mobile, record.scene);
        this.#codes.delete(key); // re-inserted last: list() is in the order codes were sent
        this.#codes.set(key, record);
    }
    /** Checks a typed code; a wrong one uses a try, a valid one uses the code up. */
    check(query, nowMs) {
        const record = this.#codes.get(keyOf(query.subAccount, query.mobile, query.scene));
        if (!record || stateOf(record, nowMs) !== 'live')
            return CHECK_RESULT.expired;
        if (record.code !== query.code) {
            record.triesLeft -= 1;
            return CHECK_RESULT.wrong;
        }
        record.usedAt = nowMs;
        return CHECK_RESULT.valid;
    }
    /** Every code sent since the start (or reset), oldest first. */
    list(mobile) {
        const all = [...this.#codes.values()];
        return mobile === undefined ? all : all.filter((record) => record.mobile === mobile);
    }
    convert(messageId, type, nowMs) {
        const key = `${type} ${messageId}`;
        if (!this.#conversions.has(key))
            this.#conversions.set(key, { messageId, type, at: nowMs });
    }
    conversions() {
        return [...this.#conversions.values()];
    }
    clear() {
        this.#codes.clear();
        this.#conversions.clear();
    }
}

;// CONCATENATED MODULE: ./src/sandbox/actions/classic-verify.ts







/**
 * SendSmsVerifyCode, CheckSmsVerifyCode and Conversion (2020-01-01). The sandbox generates the code and
 * sends it through the ordinary send rules (send log, inbox, receipt, stats); the check follows the
 * service: `Result` "0" valid (the code is then used up), "1" wrong (one try used), "2" expired, out of
 * tries, used, or never sent.
 */
const OTP_CHANNELS = new Set(['CN_OTP', 'I18N_OTP']);
function sendSmsVerifyCode(params, context) {
    const body = validateParams(SendSmsVerifyCodeBodySchema, params, businessErrors.parameter);
    requireActivated(context);
    const template = context.store.findTemplate(body.TemplateID);
    // The service fills in the code itself, so the template must be a verification one taking only it.
    if (template && !OTP_CHANNELS.has(template.channelType)) {
        throw businessErrors.template(`template ${template.id} is a ${template.channelType} template; SendSmsVerifyCode takes a CN_OTP one.`);
    }
    if (template && (0,core/* templateVariables */.Qp)(template.content).join() !== 'code') {
        throw businessErrors.template(`template ${template.id} must take exactly one variable, \${code}, for SendSmsVerifyCode.`);
    }
    const code = VerifyCodeTable.generate(body.CodeType);
    const [messageId] = acceptSend({
        api: 'classic',
        subAccount: body.SmsAccount,
        signature: body.Sign,
        templateId: body.TemplateID,
        recipients: [{ mobile: body.PhoneNumber, templateParam: JSON.stringify({ code }) }],
        fields: { mobiles: 'PhoneNumber', templateParam: 'TemplateID' },
    }, context);
    context.services.verifyCodes.remember({
        subAccount: body.SmsAccount,
        // acceptSend refused a number it cannot normalise, so this is never null here.
        mobile: normaliseMobile(body.PhoneNumber),
        scene: body.Scene,
        code,
        messageId,
        sentAt: context.nowMs,
        expiresAt: context.nowMs + body.ExpireTime * 1000,
        triesLeft: body.TryCount,
        usedAt: null,
    });
    return { MessageID: [messageId] };
}
function checkSmsVerifyCode(params, context) {
    const body = validateParams(CheckSmsVerifyCodeBodySchema, params, businessErrors.parameter);
    requireActivated(context);
    const group = context.store.findSubAccount(body.SmsAccount);
    if (!group || group.status !== 'approved')
        throw businessErrors.unknownSubAccount();
    const mobile = normaliseMobile(body.PhoneNumber);
    if (!mobile)
        throw businessErrors.phone('PhoneNumber is not a mobile number.');
    return context.services.verifyCodes.check({ subAccount: group.id, mobile, scene: body.Scene, code: body.Code }, context.nowMs);
}
function conversion(params, context) {
    const body = validateParams(ConversionBodySchema, params, businessErrors.parameter);
    requireActivated(context);
    // All or nothing, like a send: an id that is no message of this account names its position.
    body.MessageIDs.forEach((messageId, index) => {
        if (context.store.inbox.seqOf(messageId) === undefined)
            throw businessErrors.parameter(`MessageIDs[${index}] is no message of this account.`);
    });
    for (const messageId of body.MessageIDs)
        context.services.verifyCodes.convert(messageId, body.Type, context.nowMs);
    return {};
}

;// CONCATENATED MODULE: ./src/sandbox/actions/classic-actions.ts





/**
 * The classic actions of the official SDKs, over the same state as the agent actions. Results are
 * lowerCamel (`list`/`total`, `templateID` in send details, millisecond times, masked numbers); sends
 * answer `{MessageID: [...]}`.
 */
// How query-string values are typed when an SDK sends the parameters in the query (GET).
const PAGING = { integers: ['pageIndex', 'pageSize'] };
const classic_actions_SIGNATURE_QUERY = {
    integers: ['pageIndex', 'pageSize', 'status'],
    arrays: ['subAccounts'],
};
const classic_actions_classic = (action, version, handle, shape = {}) => ({
    action,
    version,
    handle,
    shape,
});
const CLASSIC_ACTIONS = [
    classic_actions_classic('SendSms', '2020-01-01', sendSms),
    classic_actions_classic('SendBatchSms', '2021-01-01', sendBatchSms),
    classic_actions_classic('GetSubAccountList', '2021-01-11', getSubAccountList, PAGING),
    classic_actions_classic('GetSubAccountDetail', '2021-01-11', getSubAccountDetail),
    classic_actions_classic('GetSignatureAndOrderList', '2021-01-11', getSignatureAndOrderList, classic_actions_SIGNATURE_QUERY),
    classic_actions_classic('GetSignatureAndOrderList', '2025-01-01', getSignatureAndOrderList, classic_actions_SIGNATURE_QUERY),
    classic_actions_classic('GetSmsTemplateAndOrderList', '2021-01-11', getSmsTemplateAndOrderList, PAGING),
    classic_actions_classic('GetSmsSendDetails', '2021-01-11', getSmsSendDetails, PAGING),
    classic_actions_classic('GetTotalSendCountStatV5', '2021-01-11', getTotalSendCountStatV5),
    classic_actions_classic('SendSmsVerifyCode', '2020-01-01', sendSmsVerifyCode),
    classic_actions_classic('CheckSmsVerifyCode', '2020-01-01', checkSmsVerifyCode),
    classic_actions_classic('Conversion', '2020-01-01', conversion),
    ...UNSUPPORTED_ACTIONS,
];

;// CONCATENATED MODULE: ./src/sandbox/actions/v2-schemas.ts

/**
 * Request schemas of the twelve `2026-01-01` V2 actions (reference-v2 §2), lowerCamel, as the service
 * takes them: what any client may send, checked field by field (wrong fields answer 1001 naming them).
 * Query values of the GET actions are typed by the shapes in v2-actions.ts first.
 */
const CHANNEL = classic_schemas/* enum */.k5n(['CN_OTP', 'CN_NTC', 'CN_MKT']);
const v2_schemas_text = classic_schemas/* string */.YjP().min(1);
const v2_schemas_pageIndex = classic_schemas/* number */.aig().int().min(1);
const v2_schemas_pageSize = classic_schemas/* number */.aig().int().min(1).max(100);
const GetSubAccountDetailV2Schema = classic_schemas/* object */.Ikc({ subAccount: v2_schemas_text });
const GetSignatureIdentificationListSchema = classic_schemas/* object */.Ikc({
    pageIndex: v2_schemas_pageIndex,
    pageSize: v2_schemas_pageSize,
    id: classic_schemas/* number */.aig().int().optional(),
    materialName: classic_schemas/* string */.YjP().optional(),
    status: classic_schemas/* array */.YOg(classic_schemas/* number */.aig().int()).optional(),
});
const ListSecondTemplateSchema = classic_schemas/* object */.Ikc({
    project: classic_schemas/* string */.YjP().optional(),
    templateId: classic_schemas/* string */.YjP().optional(),
    secondTemplateId: classic_schemas/* string */.YjP().optional(),
    /** One signature as a scalar (what the skill sends) or several. */
    signatures: classic_schemas/* union */.KCZ([classic_schemas/* string */.YjP(), classic_schemas/* array */.YOg(classic_schemas/* string */.YjP())]).optional(),
    pageIndex: v2_schemas_pageIndex.optional(),
    pageSize: classic_schemas/* number */.aig().int().min(1).max(1000).optional(),
});
const ApplySmsSignatureV2Schema = classic_schemas/* object */.Ikc({
    content: v2_schemas_text,
    purpose: classic_schemas/* union */.KCZ([classic_schemas/* literal */.euz(1), classic_schemas/* literal */.euz(2)]),
    source: classic_schemas/* union */.KCZ([classic_schemas/* literal */.euz(1), classic_schemas/* literal */.euz(2), classic_schemas/* literal */.euz(3)]),
    signatureIdentificationID: classic_schemas/* number */.aig().int().positive(),
    subAccounts: classic_schemas/* array */.YOg(v2_schemas_text).min(1),
    channelTypes: classic_schemas/* array */.YOg(CHANNEL).min(1),
    desc: classic_schemas/* string */.YjP().optional(),
    domain: classic_schemas/* string */.YjP().optional(),
    scene: classic_schemas/* string */.YjP().optional(),
    projectName: classic_schemas/* string */.YjP().optional(),
    appIcp: classic_schemas/* strictObject */.rej({ appIcpFilling: v2_schemas_text }).optional(),
    trademark: classic_schemas/* strictObject */.rej({
        trademarkCn: classic_schemas/* string */.YjP().optional(),
        trademarkEn: classic_schemas/* string */.YjP().optional(),
        trademarkNumber: classic_schemas/* string */.YjP().optional(),
    })
        .optional(),
});
const ApplySmsTemplateV2Schema = classic_schemas/* object */.Ikc({
    content: v2_schemas_text,
    channelType: CHANNEL,
    area: classic_schemas/* literal */.euz('cn'),
    name: v2_schemas_text,
    signatures: classic_schemas/* array */.YOg(v2_schemas_text).min(1),
    subAccounts: classic_schemas/* array */.YOg(v2_schemas_text).min(1),
    templateParams: classic_schemas/* array */.YOg(classic_schemas/* strictObject */.rej({ name: v2_schemas_text })),
    project: classic_schemas/* string */.YjP().optional(),
    desc: classic_schemas/* string */.YjP().optional(),
    shortUrlConfig: classic_schemas/* strictObject */.rej({
        isEnabled: classic_schemas/* string */.YjP().optional(),
        belong: classic_schemas/* string */.YjP().optional(),
        isNeedClickDetails: classic_schemas/* string */.YjP().optional(),
        uaCheckStrategy: classic_schemas/* number */.aig().int().optional(),
    })
        .optional(),
});
const GetUploadTosUrlSchema = classic_schemas/* object */.Ikc({ suffix: classic_schemas/* literal */.euz('csv') });
const TemplateUploadDemoSchema = classic_schemas/* object */.Ikc({
    subAccount: v2_schemas_text,
    templateId: v2_schemas_text,
    forceUpdate: classic_schemas/* boolean */.zMY().optional(),
});
const SetBatchTaskSchema = classic_schemas/* object */.Ikc({
    subAccount: v2_schemas_text,
    name: v2_schemas_text,
    signature: v2_schemas_text,
    templateId: v2_schemas_text,
    templateName: classic_schemas/* string */.YjP().optional(),
    channelType: classic_schemas/* enum */.k5n(['CN_NTC', 'CN_MKT', 'CN_OTP']),
    scheduled: classic_schemas/* boolean */.zMY(),
    sendTime: classic_schemas/* number */.aig().int().min(0),
    fileUrl: v2_schemas_text,
    extra: classic_schemas/* record */.g1P(classic_schemas/* string */.YjP(), classic_schemas/* unknown */.L5J()).optional(),
});
/** taskId arrives as a string (the skill) or a number (other clients). */
const taskId = classic_schemas/* union */.KCZ([v2_schemas_text, classic_schemas/* number */.aig().int().transform(String)]);
const BatchTaskRefSchema = classic_schemas/* object */.Ikc({ subAccount: v2_schemas_text, taskId });
const GetBatchTaskListSchema = classic_schemas/* object */.Ikc({
    subAccount: v2_schemas_text,
    pageIndex: v2_schemas_pageIndex,
    pageSize: v2_schemas_pageSize,
    taskName: classic_schemas/* string */.YjP().optional(),
    signature: classic_schemas/* string */.YjP().optional(),
    templateId: classic_schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ./src/sandbox/actions/v2-applications.ts





/**
 * ApplySmsSignatureV2 and ApplySmsTemplateV2 (reference-v2 §2.4–2.5): each creates a record under review
 * (status 1), listed at once by the list actions; the admin API (or --auto-review) approves or rejects
 * it, and an approved one sends like a seeded one. Checked in this order: fields (1001), groups (1009),
 * then the action's own codes.
 */
const REVIEWING = 1;
const APPROVED = new Set([3, 5]);
const PLACEHOLDER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LINK_NAMES = new Set(['url', 'link', 'short_url', 'shortUrl']);
/** One outer 【】, [] or ［］ is not part of the signature. */
function bareSignature(text) {
    const trimmed = text.trim();
    const match = /^(?:【(.*)】|\[(.*)\]|［(.*)］)$/u.exec(trimmed);
    return (match ? (match[1] ?? match[2] ?? match[3] ?? '') : trimmed).trim();
}
const newId = (prefix) => `${prefix}${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
function requireGroups(ids, context) {
    for (const id of ids) {
        const group = context.store.findSubAccount(id);
        if (!group || group.status !== 'approved')
            throw businessErrors.notFound(`message group ${id} does not exist or is not approved.`);
    }
}
function reviewDueMs(context) {
    const delay = context.services.autoReviewMs;
    return delay === undefined ? null : context.nowMs + delay;
}
function applySmsSignatureV2(params, context) {
    requireActivated(context);
    const body = validateV2(ApplySmsSignatureV2Schema, params);
    const content = bareSignature(body.content);
    const length = [...content].length;
    if (length < 2 || length > 25)
        throw businessErrors.managementParameter(`content must have 2 to 25 characters (has ${length}).`);
    const subAccounts = [...new Set(body.subAccounts)];
    requireGroups(subAccounts, context);
    const qualification = context.store
        .listQualifications()
        .find((q) => q.id === body.signatureIdentificationID);
    if (!qualification || !APPROVED.has(qualification.auditStatus) || !qualification.usable) {
        throw businessErrors.qualification(`qualification ${body.signatureIdentificationID} is ${qualification ? 'not approved or not usable' : 'unknown'}.`);
    }
    if (qualification.purpose !== body.purpose) {
        throw businessErrors.purposeMismatch(`purpose ${body.purpose} differs from qualification ${qualification.id}'s purpose ${qualification.purpose}.`);
    }
    if (body.appIcp && body.source !== 2)
        throw businessErrors.appIcpMaterial('appIcp is only for source 2 (App).');
    if (body.trademark && body.source !== 3)
        throw businessErrors.trademarkMaterial('trademark is only for source 3 (trademark).');
    const existing = context.store.findSignature(content);
    if (existing && existing.status !== 2) {
        throw businessErrors.signatureExists(`"${content}" exists already (status ${existing.status}); a rejected one may be applied for again.`);
    }
    const applyId = newId('A-');
    const extra = {
        applyId,
        channelTypes: [...new Set(body.channelTypes)],
        identificationId: qualification.id,
        purpose: body.purpose,
    };
    for (const key of ['desc', 'domain', 'scene', 'projectName', 'appIcp', 'trademark']) {
        if (body[key] !== undefined)
            Object.assign(extra, { [key]: body[key] });
    }
    context.store.putSignature({
        text: content,
        status: REVIEWING,
        source: String(body.source),
        subAccounts,
        createdAt: Math.floor(context.nowMs / 1000),
        extra,
        reviewDueMs: reviewDueMs(context),
    });
    return { applyId, status: REVIEWING, reason: '' };
}
function applySmsTemplateV2(params, context) {
    requireActivated(context);
    const body = validateV2(ApplySmsTemplateV2Schema, params);
    const placeholders = [...body.content.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]);
    const badName = placeholders.find((name) => !PLACEHOLDER_NAME.test(name));
    if (badName !== undefined)
        throw businessErrors.managementParameter(`content placeholder \${${badName}} is not a valid name.`);
    if (new Set(placeholders).size !== placeholders.length)
        throw businessErrors.managementParameter('content repeats a placeholder; each ${name} appears once.');
    const declared = body.templateParams.map((p) => p.name);
    if (declared.join('\n') !== (0,core/* templateVariables */.Qp)(body.content).join('\n')) {
        throw businessErrors.managementParameter(`templateParams must list the placeholders in order: [${placeholders.join(', ')}], not [${declared.join(', ')}].`);
    }
    if (body.channelType === 'CN_OTP' && !placeholders.some((name) => !LINK_NAMES.has(name)))
        throw businessErrors.managementParameter('a CN_OTP template needs a variable for the code.');
    if (body.shortUrlConfig && body.channelType !== 'CN_MKT')
        throw businessErrors.managementParameter('shortUrlConfig is only for CN_MKT templates.');
    const subAccounts = [...new Set(body.subAccounts)];
    requireGroups(subAccounts, context);
    const signatures = [...new Set(body.signatures.map(bareSignature))];
    for (const text of signatures) {
        const signature = context.store.findSignature(text);
        const problem = !signature
            ? 'does not exist'
            : !APPROVED.has(signature.status)
                ? `is not approved (status ${signature.status})`
                : subAccounts.find((g) => !signature.subAccounts.includes(g))
                    ? 'is not bound to every message group'
                    : signature.extra.channelTypes && !signature.extra.channelTypes.includes(body.channelType)
                        ? `is not approved for ${body.channelType}`
                        : undefined;
        if (problem)
            throw businessErrors.templateSignature(`signature "${text}" ${problem}.`);
    }
    const templateId = newId('ST_');
    const extra = { applied: true, area: body.area };
    for (const key of ['project', 'desc', 'shortUrlConfig']) {
        if (body[key] !== undefined)
            Object.assign(extra, { [key]: body[key] });
    }
    context.store.putTemplate({
        id: templateId,
        name: body.name,
        channelType: body.channelType,
        content: body.content,
        status: REVIEWING,
        signatures,
        subAccounts,
        createdAt: Math.floor(context.nowMs / 1000),
        extra,
        reviewDueMs: reviewDueMs(context),
    });
    return { templateId, status: REVIEWING, statusDescription: 'Reviewing', auditOpinion: '' };
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/sandbox/batch-csv.ts





/** Rows buffered before they are written out: a few hundred KB. */
const ROWS_PER_WRITE = 4096;
/** Checks an upload chunk by chunk while its rows file is written; `end` gives the facts. */
class UploadCheck {
    #check;
    #rows;
    #buffered = [];
    #error;
    #writeError;
    constructor(rowsPath) {
        this.#rows = (0,external_node_fs_.createWriteStream)(rowsPath);
        // Kept and thrown by `end`, never uncaught (a destroyed stream's pending write fails too).
        this.#rows.on('error', (error) => (this.#writeError ??= error));
        this.#check = new core/* BatchCsvCheck */.PQ('the file', {
            issuesShown: 0,
            onRow: (cells) => void this.#buffered.push(`${JSON.stringify(cells)}\n`),
        });
    }
    /** Feeds a chunk; resolves once the rows file has room again. */
    async write(chunk) {
        if (this.#error !== undefined)
            return;
        this.#guard(() => this.#check.write(chunk));
        if (this.#buffered.length >= ROWS_PER_WRITE)
            await this.#flush();
    }
    async end() {
        const report = this.#error === undefined ? this.#guard(() => this.#check.end())?.report : undefined;
        await this.#flush();
        this.#rows.end();
        if (!this.#rows.closed)
            await (0,external_node_events_.once)(this.#rows, 'close');
        if (this.#writeError)
            throw this.#writeError;
        if (report === undefined)
            return { totalCount: 0, validCount: 0, invalidCount: 0, dupCount: 0, error: this.#error ?? '' };
        const { columns, totalCount, validCount, invalidCount, dupCount } = report;
        return { columns, totalCount, validCount, invalidCount, dupCount };
    }
    /** Stops: the rows file is closed (the caller removes it). */
    destroy() {
        this.#rows.destroy();
    }
    /** Runs a step of the checker; bytes that are no CSV end the check with the reason kept. */
    #guard(step) {
        try {
            return step();
        }
        catch (error) {
            if (!(error instanceof core/* SmsInputError */.E$))
                throw error;
            this.#error = error.issues[0]?.message ?? error.message;
            this.#buffered = [];
            return undefined;
        }
    }
    async #flush() {
        if (this.#buffered.length === 0)
            return;
        const text = this.#buffered.join('');
        this.#buffered = [];
        if (!this.#rows.write(text))
            await drainedOrClosed(this.#rows);
    }
}
/**
 * Resolves when the stream has room again or has closed (after an error), removing both listeners either way:
 * a race of two `once` calls leaves the loser's listeners behind, one pair more on every wait of an upload.
 */
function drainedOrClosed(stream) {
    return new Promise((resolve) => {
        const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
    });
}
/** The facts of an upload, checked and written as it arrived; `undefined` if the file has none. */
async function readUploadFacts(factsPath) {
    try {
        return JSON.parse(await (0,external_node_fs_promises_.readFile)(factsPath, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * Checks a stored file that has no facts (one uploaded before they were kept) the same way, writing its
 * facts and rows next to it.
 */
async function checkStoredUpload(path, paths) {
    const check = new UploadCheck(paths.rows);
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path))
            await check.write(chunk);
    }
    catch (error) {
        check.destroy();
        await (0,external_node_fs_promises_.rm)(paths.rows, { force: true });
        throw error;
    }
    const facts = await check.end();
    await (0,external_node_fs_promises_.writeFile)(paths.facts, JSON.stringify(facts));
    return facts;
}
/**
 * The task's counts from the upload's facts, once its header is held to the template's variables.
 * @throws BusinessError 1001 (ManagementParameter) naming what is wrong with the file
 */
function batchFileCounts(facts, variables) {
    const fail = (message) => businessErrors.managementParameter(message);
    const { columns, error, ...counts } = facts;
    if (columns === undefined)
        throw fail(`${error ?? 'the file is not a CSV'}.`);
    const expected = ['phone', ...variables];
    if (columns.join(',') !== expected.join(','))
        throw fail(`the file's header is "${columns.join(',')}"; it must be "${expected.join(',')}" (phone, then the template's variables in order).`);
    if (counts.totalCount > core/* MAX_BATCH_ROWS */.ap)
        throw fail(`the file has more than ${core/* MAX_BATCH_ROWS */.ap} rows.`);
    if (counts.totalCount === 0)
        throw fail('the file has a header but no row.');
    if (counts.validCount === 0)
        throw fail(`no row can be sent: ${counts.invalidCount} invalid, ${counts.dupCount} repeated numbers.`);
    return counts;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sandbox/envelope.ts

/**
 * The response envelope of every action (reference §2.1): ResponseMetadata always, Result only on
 * success, Error {Code, Message, CodeN?} only on failure.
 */
const SERVICE = 'volcSMS';
const REGION = 'cn-north-1';
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
// Random bytes are drawn in blocks: one randomFill per request was a measurable share of a send's cost.
const RANDOM_BLOCK = Buffer.alloc(10 * 512);
let randomOffset = RANDOM_BLOCK.length;
function randomHex10() {
    if (randomOffset === RANDOM_BLOCK.length) {
        (0,external_node_crypto_.randomFillSync)(RANDOM_BLOCK);
        randomOffset = 0;
    }
    randomOffset += 10;
    return RANDOM_BLOCK.toString('hex', randomOffset - 10, randomOffset).toUpperCase();
}
/** 14-digit UTC+8 timestamp + 20 upper-case hex characters, like the samples' `20240425205514` + hex. */
function newRequestId(nowMs) {
    const stamp = new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString();
    return (stamp.slice(0, 4) +
        stamp.slice(5, 7) +
        stamp.slice(8, 10) +
        stamp.slice(11, 13) +
        stamp.slice(14, 16) +
        stamp.slice(17, 19) +
        randomHex10());
}
function metadata(meta) {
    return {
        RequestId: meta.requestId,
        Action: meta.action,
        Version: meta.version,
        Service: SERVICE,
        Region: REGION,
    };
}
function successEnvelope(meta, result) {
    return JSON.stringify({ ResponseMetadata: metadata(meta), Result: result });
}
function errorEnvelope(meta, error) {
    const body = {
        Code: error.code,
        Message: error.message,
    };
    if (error.codeN !== undefined)
        body.CodeN = error.codeN;
    return JSON.stringify({ ResponseMetadata: { ...metadata(meta), Error: body } });
}

;// CONCATENATED MODULE: ./src/sandbox/constant-time.ts

/**
 * Whether two secrets-derived strings (a request signature, an upload URL's signature, a bearer key) are
 * equal, in time that does not depend on where they first differ. Different lengths are simply unequal.
 */
function constantTimeEqual(a, b) {
    const left = Buffer.from(a, 'utf8');
    const right = Buffer.from(b, 'utf8');
    return left.length === right.length && (0,external_node_crypto_.timingSafeEqual)(left, right);
}

;// CONCATENATED MODULE: ./src/sandbox/authenticate.ts




// The sandbox's accepted keys and a few days: derived keys kept here (the cache holds no secret).
const signingKeys = new sign/* SigningKeyCache */.T8(64);
const X_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
/** A compact UTC time (`20240102T030405Z`: X-Date, X-Tos-Date) as epoch ms; undefined if not one. */
function compactUtcMs(text) {
    const match = X_DATE.exec(text);
    if (!match)
        return undefined;
    const [y, mo, d, h, mi, s] = match.slice(1).map(Number);
    return Date.UTC(y, mo - 1, d, h, mi, s);
}
function authenticate(request, accepted, nowMs, skewSeconds) {
    const authorization = headerValue(request.headers, 'authorization');
    if (authorization === undefined || authorization.trim() === '') {
        throw new GatewayError('MissingAuthenticationToken', 'Request is missing Authentication Token: sign it (HMAC-SHA256) or send Authorization: Bearer <API key>.');
    }
    if (/^Bearer\s/i.test(authorization))
        return verifyBearer(authorization, request.headers, accepted);
    return verifySignature(authorization, request, accepted, nowMs, skewSeconds);
}
function verifyBearer(authorization, headers, accepted) {
    const serviceName = headerValue(headers, 'servicename');
    if (serviceName !== SERVICE) {
        throw new GatewayError('ServiceNotFound', `Gateway requests need the header ServiceName: ${SERVICE}.`);
    }
    const key = authorization.replace(/^Bearer\s+/i, '').trim();
    if (!constantTimeEqual(key, accepted.apiKey)) {
        // Documented choice: the gateway's wrong-key answer is InvalidAccessKey (401), like an unknown AK.
        throw new GatewayError('InvalidAccessKey', 'The API key included in the request is invalid.');
    }
    return { kind: 'gateway', key: `bearer:${(0,sign/* sha256Hex */.fg)(key).slice(0, 16)}` };
}
function verifySignature(authorization, request, accepted, nowMs, skewSeconds) {
    const parsed = (0,sign/* parseAuthorization */.xW)(authorization);
    if (!parsed) {
        throw new GatewayError('InvalidAuthorization', 'Authorization header is malformed: expected "HMAC-SHA256 Credential=AK/date/region/service/request, SignedHeaders=..., Signature=...".');
    }
    if (parsed.accessKeyId !== accepted.accessKeyId) {
        throw new GatewayError('InvalidAccessKey', `The accesskey [${parsed.accessKeyId}] included in the request is invalid.`);
    }
    if (parsed.region !== REGION || parsed.service !== SERVICE) {
        throw new GatewayError('InvalidCredential', `Credential scope ${parsed.shortDate}/${parsed.region}/${parsed.service} is wrong: this service signs with region ${REGION} and service ${SERVICE}.`);
    }
    const xDate = headerValue(request.headers, 'x-date');
    if (xDate === undefined || xDate.trim() === '')
        throw new GatewayError('MissingRequestInfo', 'Request is missing the X-Date header (or it is empty).');
    const signedAtMs = compactUtcMs(xDate.trim());
    if (signedAtMs === undefined)
        throw new GatewayError('InvalidTimestamp', `X-Date "${xDate}" is not in the form 20240102T030405Z.`);
    if (parsed.shortDate !== xDate.slice(0, 8)) {
        throw new GatewayError('InvalidCredential', 'The date in Credential does not match X-Date.');
    }
    if (Math.abs(nowMs - signedAtMs) > skewSeconds * 1000) {
        throw new GatewayError('InvalidTimestamp', `The request signature expired or is from the future: X-Date ${xDate} is more than ${skewSeconds} s away from the server time.`);
    }
    const bodySha256 = (0,sign/* sha256Hex */.fg)(request.body);
    const declaredHash = headerValue(request.headers, 'x-content-sha256');
    if (declaredHash !== undefined && declaredHash.trim().toLowerCase() !== bodySha256) {
        throw signatureMismatch('X-Content-Sha256 does not match the body received.');
    }
    const signedHeaders = {};
    for (const name of parsed.signedHeaders) {
        const value = headerValue(request.headers, name);
        if (value === undefined)
            throw signatureMismatch(`Signed header "${name}" is not in the request.`);
        signedHeaders[name] = value;
    }
    const key = signingKeys.get(accepted.secretAccessKey, parsed.shortDate, REGION, SERVICE);
    const scope = (0,sign/* credentialScope */.s7)(parsed.shortDate, REGION, SERVICE);
    const expected = (headers) => {
        const { text } = (0,sign/* canonicalRequest */.O9)({
            method: request.method,
            path: request.path,
            query: request.query,
            signedHeaders: headers,
            bodySha256,
        });
        return (0,sign/* computeSignature */.aW)(key, (0,sign/* stringToSign */.CU)(xDate.trim(), scope, text));
    };
    if (constantTimeEqual(expected(signedHeaders), parsed.signature))
        return { kind: 'aksk', key: parsed.accessKeyId };
    // Go strips a default port from Host before signing, while the Host header may still carry it.
    const host = signedHeaders.host;
    if (host !== undefined && /:(80|443)$/.test(host)) {
        const withoutPort = { ...signedHeaders, host: host.replace(/:(80|443)$/, '') };
        if (constantTimeEqual(expected(withoutPort), parsed.signature))
            return { kind: 'aksk', key: parsed.accessKeyId };
    }
    throw signatureMismatch();
}
function signatureMismatch(detail) {
    const message = 'The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method. Consult the service documentation for details.';
    return new GatewayError('SignatureDoesNotMatch', detail ? `${message} (${detail})` : message);
}
function headerValue(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value.join(',') : value;
}

;// CONCATENATED MODULE: ./src/sandbox/uploads.ts






/**
 * Where batch files go (reference-v2 §2.6, §3.2): GetUploadTosURL hands out an object key and a PUT URL
 * on the sandbox itself, signed with HMAC-SHA256 over the method, key and expiry, valid for five minutes
 * of sandbox time. Files live on disk next to `--db` (`<db>.uploads/`), or in a temporary directory that
 * is removed on close for an in-memory sandbox; they are streamed, never held in memory.
 */
const UPLOAD_PATH_PREFIX = '/_upload/';
const UPLOAD_EXPIRY_SECONDS = 300;
/** The production cap on a batch file: 50 MiB (reference-v2 §3.3). */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
function tosDate(ms) {
    return new Date(ms)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
class UploadArea {
    dir;
    #temporary;
    #secret = (0,external_node_crypto_.randomBytes)(32);
    #register;
    #markUploaded;
    #find;
    constructor(db, dbPath) {
        this.#temporary = dbPath === undefined;
        this.dir = dbPath === undefined ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'volc-sms-sandbox-')) : `${dbPath}.uploads`;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(this.dir, 'sms', 'batch'), { recursive: true });
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(this.dir, 'tasks'), { recursive: true });
        db.exec(`CREATE TABLE IF NOT EXISTS uploads (
      key TEXT PRIMARY KEY, created_ms INTEGER NOT NULL, size INTEGER, uploaded_ms INTEGER)`);
        this.#register = db.prepare('INSERT INTO uploads (key, created_ms) VALUES (?, ?)');
        this.#markUploaded = db.prepare('UPDATE uploads SET size = ?, uploaded_ms = ? WHERE key = ?');
        this.#find = db.prepare('SELECT size FROM uploads WHERE key = ?');
    }
    /** A new object key and its presigned PUT URL under `publicUrl`, expiring five minutes after `nowMs`. */
    presign(publicUrl, nowMs) {
        const key = `sms/batch/${(0,external_node_crypto_.randomUUID)()}.csv`;
        this.#register.run(key, nowMs);
        const date = tosDate(nowMs);
        const query = `X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Date=${date}&X-Tos-Expires=${UPLOAD_EXPIRY_SECONDS}`;
        const signature = this.#sign(key, date, UPLOAD_EXPIRY_SECONDS);
        return {
            file: key,
            url: `${publicUrl}${UPLOAD_PATH_PREFIX}${key}?${query}&X-Tos-Signature=${signature}`,
        };
    }
    /** Checks a PUT's path and query: the key known, the signature intact, the URL not expired. */
    check(path, rawQuery, nowMs) {
        const key = decodeURIComponent(path.slice(UPLOAD_PATH_PREFIX.length));
        const query = new URLSearchParams(rawQuery);
        const date = query.get('X-Tos-Date') ?? '';
        const expires = Number(query.get('X-Tos-Expires'));
        const given = query.get('X-Tos-Signature') ?? '';
        const signedAtMs = compactUtcMs(date);
        if (signedAtMs === undefined ||
            !Number.isInteger(expires) ||
            !constantTimeEqual(given, this.#sign(key, date, expires))) {
            return {
                ok: false,
                status: 403,
                code: 'SignatureDoesNotMatch',
                message: 'The presigned URL was altered or is not one this sandbox signed.',
            };
        }
        if (nowMs > signedAtMs + expires * 1000) {
            return {
                ok: false,
                status: 403,
                code: 'AccessDenied',
                message: `Request has expired: presigned URLs are valid for ${UPLOAD_EXPIRY_SECONDS} s; ask GetUploadTosURL for a new one.`,
            };
        }
        if (this.#find.get(key) === undefined) {
            return { ok: false, status: 404, code: 'NoSuchKey', message: 'No upload was requested for this key.' };
        }
        return { ok: true, key };
    }
    /** Where the file of a key lives (a key is `sms/batch/<uuid>.csv`, minted here). */
    pathOf(key) {
        return (0,external_node_path_.join)(this.dir, ...key.split('/'));
    }
    /** What the upload check found (batch-csv.ts), and the rows it will send: next to the file. */
    checkedOf(key) {
        const path = this.pathOf(key);
        return { facts: `${path}.facts.json`, rows: `${path}.rows.jsonl` };
    }
    /** Where a task's checked recipients are kept between SetBatchTask and the send. */
    taskFile(taskId) {
        return (0,external_node_path_.join)(this.dir, 'tasks', `${taskId}.jsonl`);
    }
    recordUpload(key, size, nowMs) {
        this.#markUploaded.run(size, nowMs, key);
    }
    /** The uploaded size of a key, or undefined when nothing was uploaded under it. */
    uploadedSize(key) {
        const row = this.#find.get(key);
        if (row?.size === null || row?.size === undefined)
            return undefined;
        try {
            return (0,external_node_fs_.statSync)(this.pathOf(key)).size;
        }
        catch {
            return undefined;
        }
    }
    /** Forgets every upload and task file (reset). */
    clear(db) {
        db.exec('DELETE FROM uploads');
        for (const sub of ['sms', 'tasks'])
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.dir, sub), { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(this.dir, 'sms', 'batch'), { recursive: true });
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(this.dir, 'tasks'), { recursive: true });
    }
    close() {
        if (this.#temporary)
            (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
    }
    #sign(key, date, expires) {
        return (0,external_node_crypto_.createHmac)('sha256', this.#secret).update(`PUT\n/${key}\n${date}\n${expires}`).digest('hex');
    }
}

;// CONCATENATED MODULE: ./src/sandbox/actions/v2-batch.ts







/**
 * The batch-task actions (reference-v2 §2.6–2.12, §3): an upload URL, the sample CSV, task creation with
 * the server-side file check, the detail and the list, consent (only in status 2) and cancel (not within
 * a minute of a scheduled sendTime). The batch engine (batch-engine.ts) sends consented tasks.
 */
const CANCEL_CUTOFF_MS = 60_000;
const statusName = (status) => (0,core/* batchTaskStateName */._i)(status) ?? `status ${status}`;
function requireGroup(subAccount, context) {
    const group = context.store.findSubAccount(subAccount);
    if (!group || group.status !== 'approved')
        throw businessErrors.notFound(`message group ${subAccount} does not exist or is not approved.`);
}
/** A template a batch may use: approved, the group's, and not a verification template. */
function batchTemplate(templateId, subAccount, context) {
    const template = context.store.findTemplate(templateId);
    if (!template)
        throw businessErrors.templateUnusable(`template ${templateId} does not exist.`);
    if (!template.subAccounts.includes(subAccount))
        throw businessErrors.templateUnusable(`template ${templateId} is not available in message group ${subAccount}.`);
    if (template.channelType === 'CN_OTP')
        throw businessErrors.templateUnusable(`template ${templateId} is a verification template; batch tasks never send those.`);
    return template;
}
function getUploadTosUrl(params, context) {
    requireActivated(context);
    validateV2(GetUploadTosUrlSchema, params);
    return context.services.uploads.presign(context.publicUrl, context.nowMs);
}
function templateUploadDemo(params, context) {
    requireActivated(context);
    const body = validateV2(TemplateUploadDemoSchema, params);
    requireGroup(body.subAccount, context);
    const template = batchTemplate(body.templateId, body.subAccount, context);
    const header = ['phone', ...(0,core/* templateVariables */.Qp)(template.content)].join(',');
    const fileName = `${template.id}_demo.csv`;
    return new RawAnswer('text/csv; charset=utf-8', Buffer.from(`${header}\r\n`), {
        'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    });
}
async function setBatchTask(params, context) {
    requireActivated(context);
    const body = validateV2(SetBatchTaskSchema, params);
    requireGroup(body.subAccount, context);
    const template = batchTemplate(body.templateId, body.subAccount, context);
    if (template.status !== 3)
        throw businessErrors.templateUnusable(`template ${template.id} is not approved (status ${template.status}).`);
    if (body.channelType !== template.channelType)
        throw businessErrors.managementParameter(`channelType ${body.channelType} is not template ${template.id}'s ${template.channelType}.`);
    const signature = context.store.findSignature(body.signature);
    if (!signature ||
        ![3, 5].includes(signature.status) ||
        !signature.subAccounts.includes(body.subAccount) ||
        !template.signatures.includes(signature.text))
        throw businessErrors.templateUnusable(`signature "${body.signature}" is not approved for template ${template.id} in message group ${body.subAccount}.`);
    if (body.scheduled && body.sendTime * 1000 <= context.nowMs)
        throw businessErrors.managementParameter('sendTime of a scheduled task must be in the future (Unix seconds).');
    const { uploads, tasks } = context.services;
    const size = uploads.uploadedSize(body.fileUrl);
    if (size === undefined)
        throw businessErrors.managementParameter(`fileUrl "${body.fileUrl}" was not uploaded: PUT the file to the url GetUploadTosURL gave with it.`);
    if (size > MAX_UPLOAD_BYTES)
        throw businessErrors.managementParameter(`the file has ${size} bytes; at most ${MAX_UPLOAD_BYTES}.`);
    // The file was checked as it was uploaded (upload-http.ts); only its header waits for the template.
    const checked = uploads.checkedOf(body.fileUrl);
    const facts = (await readUploadFacts(checked.facts)) ??
        (await checkStoredUpload(uploads.pathOf(body.fileUrl), checked));
    const counts = batchFileCounts(facts, (0,core/* templateVariables */.Qp)(template.content));
    const task = tasks.create({
        subAccount: body.subAccount,
        taskName: body.name,
        signature: signature.text,
        templateId: template.id,
        templateName: body.templateName || template.name,
        channelType: template.channelType,
        scheduled: body.scheduled,
        sendTime: body.scheduled ? body.sendTime : 0,
        fileUrl: body.fileUrl,
        ...counts,
        extra: body.extra ?? {},
        createdMs: context.nowMs,
    });
    try {
        // A second name for the upload's rows: the same file may make another task, and either can go.
        await (0,external_node_fs_promises_.link)(checked.rows, uploads.taskFile(task.taskId));
    }
    catch (error) {
        tasks.setStatus(task.taskId, 8, context.nowMs);
        throw error;
    }
    return { taskId: task.taskId, dupCount: counts.dupCount, totalCount: counts.totalCount };
}
/** The task as GetBatchTaskDetail and GetBatchTaskList answer it (the allowlisted keys plus the counts). */
function taskDetail(task) {
    return {
        taskId: task.taskId,
        subAccount: task.subAccount,
        taskName: task.taskName,
        name: task.taskName,
        signature: task.signature,
        templateId: task.templateId,
        templateName: task.templateName,
        channelType: task.channelType,
        scheduled: task.scheduled,
        sendTime: task.sendTime,
        fileUrl: task.fileUrl,
        status: task.status,
        totalCount: task.totalCount,
        validCount: task.validCount,
        invalidCount: task.invalidCount,
        dupCount: task.dupCount,
        extra: task.extra,
    };
}
function ownTask(params, context) {
    const ref = validateV2(BatchTaskRefSchema, params);
    const task = context.services.tasks.find(ref.taskId);
    if (!task || task.subAccount !== ref.subAccount)
        throw businessErrors.notFound(`task ${ref.taskId} does not exist in message group ${ref.subAccount}.`);
    return task;
}
function getBatchTaskDetail(params, context) {
    requireActivated(context);
    return taskDetail(ownTask(params, context));
}
function getBatchTaskList(params, context) {
    requireActivated(context);
    const query = validateV2(GetBatchTaskListSchema, params);
    requireGroup(query.subAccount, context);
    const matches = context.services.tasks
        .list()
        .filter((t) => t.subAccount === query.subAccount)
        .filter((t) => !query.taskName || t.taskName.includes(query.taskName))
        .filter((t) => !query.signature || t.signature === query.signature)
        .filter((t) => !query.templateId || t.templateId === query.templateId)
        .map(taskDetail);
    return { total: matches.length, list: pageOf(matches, query.pageIndex, query.pageSize) };
}
function consentBatchTask(params, context) {
    requireActivated(context);
    const task = ownTask(params, context);
    if (task.status !== 2) {
        throw businessErrors.managementParameter(`task ${task.taskId} is ${statusName(task.status)} (${task.status}); only a task in status 2 (Valid) can be started.`);
    }
    context.services.tasks.setStatus(task.taskId, 3, context.nowMs);
    context.services.engine.start(task.taskId);
    return {};
}
function deleteBatchTask(params, context) {
    requireActivated(context);
    const task = ownTask(params, context);
    if (task.status === 7)
        return {};
    if (task.status > 5) {
        throw businessErrors.managementParameter(`task ${task.taskId} is ${statusName(task.status)} (${task.status}) and cannot be cancelled.`);
    }
    if (task.scheduled && task.sendTime * 1000 - context.nowMs <= CANCEL_CUTOFF_MS) {
        throw businessErrors.managementParameter(`task ${task.taskId} is scheduled for ${task.sendTime} (Unix s): a scheduled task can be cancelled only until one minute before.`);
    }
    context.services.engine.stop(task.taskId, 7);
    return {};
}

;// CONCATENATED MODULE: ./src/sandbox/actions/v2-reads.ts







/**
 * The V2 reads of the configuration (reference-v2 §2.1–2.3), lowerCamel with `total`/`list`: the
 * message-group detail with its billing industries, the qualifications, and the second templates (one
 * per template and signature, content prefixed with 【signature】).
 */
/** Group status as the V2 detail reports it: 1 usable; 0 under review, 2 rejected (sandbox choice). */
const GROUP_STATUS = { approved: 1, reviewing: 0, rejected: 2 };
function getSubAccountDetailV2(params, context) {
    requireActivated(context);
    const query = validateV2(GetSubAccountDetailV2Schema, params);
    const group = context.store.findSubAccount(query.subAccount);
    if (!group)
        throw businessErrors.notFound(`message group ${query.subAccount} does not exist.`);
    return {
        // The classic detail's fields come along (the V2 handler reuses it); clients keep only the four below.
        ...groupItem(group),
        subAccountId: group.id,
        subAccountName: group.name,
        status: GROUP_STATUS[group.status],
        channelTypeToIndustryConfig: group.industries.map((i) => ({
            channelType: i.channelType,
            channelTypeCn: CHANNEL_NAMES[i.channelType] ?? i.channelType,
            industry: i.industry,
            industryCn: i.industryCn,
        })),
    };
}
function getSignatureIdentificationList(params, context) {
    requireActivated(context);
    const body = validateV2(GetSignatureIdentificationListSchema, params);
    const needle = body.materialName?.trim();
    const statuses = body.status?.length ? new Set(body.status) : undefined;
    const matches = context.store
        .listQualifications()
        .filter((q) => body.id === undefined || q.id === body.id)
        .filter((q) => !needle || q.materialName.includes(needle))
        .filter((q) => !statuses || statuses.has(q.auditStatus));
    return { total: matches.length, list: pageOf(matches, body.pageIndex, body.pageSize) };
}
/** Stable per (template, signature): the template's prefix plus a short hash of the signature. */
function secondTemplateId(template, signature) {
    const prefix = template.extra.secondTemplateId ?? `S${template.id}`;
    return `${prefix}_${(0,external_node_crypto_.createHash)('sha256').update(signature).digest('hex').slice(0, 6)}`;
}
function listSecondTemplate(params, context) {
    requireActivated(context);
    const query = validateV2(ListSecondTemplateSchema, params);
    const wanted = query.signatures === undefined ? [] : [query.signatures].flat().filter(Boolean);
    const signatures = wanted.length ? new Set(wanted) : undefined;
    const items = context.store
        .listTemplates()
        .filter((t) => !query.templateId || t.id === query.templateId)
        .filter((t) => !query.project || t.extra.project === query.project)
        .flatMap((t) => t.signatures.map((signature) => ({ template: t, signature })))
        .filter((pair) => !signatures || signatures.has(pair.signature))
        .map(({ template: t, signature }) => ({
        templateId: t.id,
        secondTemplateId: secondTemplateId(t, signature),
        name: t.name,
        templateName: t.name,
        content: `【${signature}】${t.content}`,
        templateParams: (0,core/* templateVariables */.Qp)(t.content).map((name) => ({ name })),
        channelType: t.channelType,
        subAccounts: t.subAccounts,
        signature,
        signatures: [signature],
        status: t.status,
        area: t.extra.area ?? 'cn',
        ...(t.extra.project === undefined ? {} : { project: t.extra.project }),
        createdAt: t.createdAt,
        updatedAt: t.extra.updatedAt ?? t.createdAt,
    }))
        .filter((item) => !query.secondTemplateId || item.secondTemplateId === query.secondTemplateId);
    // No paging keys are sent by the skill: everything matching comes back unless a page is asked for.
    const page = query.pageIndex ?? 1;
    const size = query.pageSize ?? Math.max(items.length, 1);
    return { total: items.length, list: pageOf(items, page, size) };
}

;// CONCATENATED MODULE: ./src/sandbox/actions/v2-actions.ts




/**
 * The twelve V2 actions of skill 1.3 at `2026-01-01` (reference-v2 §1.2): lowerCamel in and out, each
 * with the one method it takes (GET actions read their parameters from the query).
 */
const v2 = (action, method, handle, shape = {}) => ({ action, version: core/* AGENT_VERSION */.l_, method, shape, handle });
const V2_ACTIONS = [
    v2('GetSubAccountDetail', 'GET', getSubAccountDetailV2),
    v2('GetSignatureIdentificationList', 'POST', getSignatureIdentificationList),
    v2('ListSecondTemplate', 'GET', listSecondTemplate, {
        integers: ['pageIndex', 'pageSize'],
        arrays: ['signatures'],
    }),
    v2('ApplySmsSignatureV2', 'POST', applySmsSignatureV2),
    v2('ApplySmsTemplateV2', 'POST', applySmsTemplateV2),
    v2('GetUploadTosURL', 'GET', getUploadTosUrl),
    v2('TemplateUploadDemo', 'POST', templateUploadDemo),
    v2('SetBatchTask', 'POST', setBatchTask),
    v2('GetBatchTaskDetail', 'GET', getBatchTaskDetail),
    v2('GetBatchTaskList', 'GET', getBatchTaskList, { integers: ['pageIndex', 'pageSize'] }),
    v2('ConsentBatchTask', 'POST', consentBatchTask),
    v2('DeleteBatchTask', 'POST', deleteBatchTask),
];

;// CONCATENATED MODULE: ./src/sandbox/actions/action-registry.ts



/** Every served Action/Version pair; anything else is InvalidActionOrVersion (404). */
const REGISTRY = new Map();
for (const definition of [...AGENT_ACTIONS, ...V2_ACTIONS, ...CLASSIC_ACTIONS])
    REGISTRY.set(`${definition.action}@${definition.version}`, definition);
function findAction(action, version) {
    return REGISTRY.get(`${action}@${version}`);
}

;// CONCATENATED MODULE: ./src/sandbox/admin-http-helpers.ts

const ok = (body) => ({ status: 200, body });
function inputError(field, message) {
    return new core/* SmsInputError */.E$(`Invalid ${field}: ${message}.`, [{ field, message }]);
}
function positiveInt(text, field) {
    if (!/^\d+$/.test(text) || Number(text) < 1)
        throw inputError(field, 'must be a positive integer');
    return Number(text);
}
function jsonObject(body) {
    const text = body.toString('utf8').trim();
    if (!text)
        return {};
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw inputError('body', 'the body must be JSON');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw inputError('body', 'the body must be a JSON object');
    return value;
}

;// CONCATENATED MODULE: ./src/sandbox/admin-verify-codes.ts




function createVerifyCodeAdmin(services, now) {
    return {
        verifyCodes(query = {}) {
            const mobile = query.mobile === undefined ? undefined : (normaliseMobile(query.mobile) ?? query.mobile.trim());
            const nowMs = now();
            return services.verifyCodes.list(mobile).map((record) => ({
                ...record,
                maskedMobile: (0,core/* maskPhone */.Xu)(record.mobile),
                state: stateOf(record, nowMs),
            }));
        },
        conversions: () => services.verifyCodes.conversions(),
    };
}
const VERIFY_CODE_ROUTES = ['GET /_sandbox/verify-codes?mobile=', 'GET /_sandbox/conversions'];
function routeVerifyCodes(admin, method, parts, mobile) {
    if (method !== 'GET' || parts.length !== 1)
        return undefined;
    if (parts[0] === 'verify-codes')
        return ok({ codes: admin.verifyCodes({ mobile }) });
    if (parts[0] === 'conversions')
        return ok({ conversions: admin.conversions() });
    return undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/default-seed.json
const default_seed_namespaceObject = /*#__PURE__*/JSON.parse('{"account":{"activated":true,"inArrears":false},"subAccounts":[{"id":"7384ed01","name":"Ops alerts","status":"approved","channelTypes":["CN_OTP","CN_NTC"],"industries":[{"channelType":"CN_OTP","industry":"internet","industryCn":"互联网"},{"channelType":"CN_NTC","industry":"internet","industryCn":"互联网"}]},{"id":"77da1acf","name":"Marketing","status":"approved","channelTypes":["CN_MKT"],"industries":[{"channelType":"CN_MKT","industry":"ecommerce","industryCn":"电商"}]},{"id":"5c0ffee0","name":"Pending group","status":"reviewing","channelTypes":["CN_NTC"]}],"signatures":[{"text":"火山引擎","status":3,"subAccounts":["7384ed01","77da1acf"],"identificationId":11,"purpose":1},{"text":"VolcOps","status":3,"subAccounts":["7384ed01"],"identificationId":11,"purpose":1},{"text":"待审核签名","status":1,"subAccounts":["7384ed01"]},{"text":"RejectedSign","status":2,"subAccounts":["7384ed01"]}],"templates":[{"id":"ST_0001","name":"Login code","channelType":"CN_OTP","content":"您的验证码是${code}，5分钟内有效。","status":3,"signatures":["火山引擎","VolcOps"],"subAccounts":["7384ed01"]},{"id":"ST_0002","name":"Service alert","channelType":"CN_NTC","content":"服务${service}告警：${message}","status":3,"signatures":["VolcOps"],"subAccounts":["7384ed01"]},{"id":"ST_0003","name":"Promotion","channelType":"CN_MKT","content":"${name}您好，双11优惠已开启，拒收请回复R","status":3,"signatures":["火山引擎"],"subAccounts":["77da1acf"]},{"id":"ST_0004","name":"Deploy done","channelType":"CN_NTC","content":"部署已完成，版本${version}。","status":3,"signatures":["VolcOps","火山引擎"],"subAccounts":["7384ed01"]},{"id":"ST_0009","name":"Under review","channelType":"CN_NTC","content":"测试${x}","status":1,"signatures":["火山引擎"],"subAccounts":["7384ed01"]}],"qualifications":[{"id":11,"purpose":1,"materialName":"北京火山引擎科技有限公司","effectSignatures":["火山引擎","VolcOps"],"auditStatus":3,"auditedAt":1767225600},{"id":12,"purpose":2,"materialName":"Acme Trading Ltd","effectSignatures":[],"auditStatus":3,"auditedAt":1767225600},{"id":13,"purpose":1,"materialName":"Pending Materials Ltd","auditStatus":1},{"id":14,"purpose":1,"materialName":"Blurry Scan Ltd","auditStatus":2,"auditOpinion":"营业执照照片不清晰，请重新上传","auditedAt":1767225600}],"delivery":{"rules":[{"suffix":"7","outcome":"failed","errorCode":"NE:0105","errorMessage":"Number empty, off or suspended."},{"suffix":"9","outcome":"failed","errorCode":"CR:0202","errorMessage":"Frequency control."},{"suffix":"6","outcome":"no-receipt"}]}}');
;// CONCATENATED MODULE: ./src/sandbox/seed-schema.ts




/**
 * Seed files describe the account the sandbox emulates: message groups, signatures, templates, account
 * flags and the delivery rules. Cross references (a template naming an unknown signature) are checked
 * too, so a typo in a seed fails at start with the field named, not later as a puzzling RE:0004.
 */
const CHANNEL_TYPES = ['CN_OTP', 'CN_NTC', 'CN_MKT', 'CN_VMS', 'I18N_OTP', 'I18N_MKT'];
const ChannelTypeSchema = classic_schemas/* enum */.k5n(CHANNEL_TYPES);
/** Review status (SmsOrderStatus): 1 reviewing, 2 rejected, 3 passed, 4 closed, 5 exempted. */
const ReviewStatusSchema = classic_schemas/* number */.aig().int().min(1).max(5);
const EpochSecondsSchema = classic_schemas/* number */.aig().int().nonnegative();
const SubAccountSeedSchema = classic_schemas/* strictObject */.rej({
    id: classic_schemas/* string */.YjP().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use letters, digits, "_" or "-" (e.g. "7384ed01")'),
    name: classic_schemas/* string */.YjP().min(1),
    status: classic_schemas/* enum */.k5n(['approved', 'reviewing', 'rejected']).default('approved'),
    channelTypes: classic_schemas/* array */.YOg(ChannelTypeSchema).min(1),
    /** The billing industry per channel type; channels not listed are "general" (通用). */
    industries: classic_schemas/* array */.YOg(classic_schemas/* strictObject */.rej({ channelType: ChannelTypeSchema, industry: classic_schemas/* string */.YjP().min(1), industryCn: classic_schemas/* string */.YjP() }))
        .optional(),
    createdAt: EpochSecondsSchema.optional(),
});
const SignatureSeedSchema = classic_schemas/* strictObject */.rej({
    text: classic_schemas/* string */.YjP().min(1).max(25),
    status: ReviewStatusSchema.default(3),
    subAccounts: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()).default([]),
    source: classic_schemas/* string */.YjP().default('公司全称/简称'),
    /** The channels it may send; the channels of its groups when omitted. */
    channelTypes: classic_schemas/* array */.YOg(ChannelTypeSchema).optional(),
    /** The qualification (GetSignatureIdentificationList id) it was applied with. */
    identificationId: classic_schemas/* number */.aig().int().positive().optional(),
    purpose: classic_schemas/* union */.KCZ([classic_schemas/* literal */.euz(1), classic_schemas/* literal */.euz(2)]).optional(),
    auditOpinion: classic_schemas/* string */.YjP().optional(),
    createdAt: EpochSecondsSchema.optional(),
});
const TemplateSeedSchema = classic_schemas/* strictObject */.rej({
    id: classic_schemas/* string */.YjP().min(1),
    name: classic_schemas/* string */.YjP().min(1).optional(),
    channelType: ChannelTypeSchema,
    content: classic_schemas/* string */.YjP().min(1),
    status: ReviewStatusSchema.default(3),
    signatures: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()).default([]),
    subAccounts: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()).default([]),
    /** Prefix of its V2 second-template ids (one per signature); derived from `id` when omitted. */
    secondTemplateId: classic_schemas/* string */.YjP().min(1).optional(),
    project: classic_schemas/* string */.YjP().optional(),
    auditOpinion: classic_schemas/* string */.YjP().optional(),
    createdAt: EpochSecondsSchema.optional(),
});
/** Qualification audit status: 1 reviewing, 2 rejected, 3 approved, 5 exempted. */
const QualificationSeedSchema = classic_schemas/* strictObject */.rej({
    id: classic_schemas/* number */.aig().int().positive(),
    purpose: classic_schemas/* union */.KCZ([classic_schemas/* literal */.euz(1), classic_schemas/* literal */.euz(2)]).default(1),
    materialName: classic_schemas/* string */.YjP().min(1),
    businessCertificateName: classic_schemas/* string */.YjP().optional(),
    effectSignatures: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()).default([]),
    auditStatus: classic_schemas/* number */.aig().int().min(1).max(5).default(3),
    auditOpinion: classic_schemas/* string */.YjP().default(''),
    auditedAt: EpochSecondsSchema.default(0),
    /** Defaults to true for an approved (3) or exempted (5) qualification. */
    usable: classic_schemas/* boolean */.zMY().optional(),
    isOrder: classic_schemas/* boolean */.zMY().default(false),
});
const DeliveryRuleSchema = classic_schemas/* strictObject */.rej({
    /** Matched against the end of the normalised number; the longest matching suffix wins. */
    suffix: classic_schemas/* string */.YjP().regex(/^\d{1,11}$/, 'digits only, e.g. "7"'),
    outcome: classic_schemas/* enum */.k5n(['delivered', 'failed', 'no-receipt']),
    errorCode: classic_schemas/* string */.YjP().optional(),
    errorMessage: classic_schemas/* string */.YjP().optional(),
});
const SandboxSeedSchema = classic_schemas/* strictObject */.rej({
    account: classic_schemas/* strictObject */.rej({ activated: classic_schemas/* boolean */.zMY().default(true), inArrears: classic_schemas/* boolean */.zMY().default(false) })
        .default({ activated: true, inArrears: false }),
    subAccounts: classic_schemas/* array */.YOg(SubAccountSeedSchema).default([]),
    signatures: classic_schemas/* array */.YOg(SignatureSeedSchema).default([]),
    templates: classic_schemas/* array */.YOg(TemplateSeedSchema).default([]),
    qualifications: classic_schemas/* array */.YOg(QualificationSeedSchema).default([]),
    delivery: classic_schemas/* strictObject */.rej({ rules: classic_schemas/* array */.YOg(DeliveryRuleSchema).default([]) }).default({ rules: [] }),
})
    .superRefine((seed, ctx) => {
    const groups = new Set(seed.subAccounts.map((g) => g.id));
    const signatures = new Set(seed.signatures.map((s) => s.text));
    const reportDuplicates = (values, key, field) => {
        const seen = new Set();
        values.forEach((value, index) => {
            if (seen.has(value))
                ctx.addIssue({ code: 'custom', path: [key, index, field], message: `duplicate "${value}"` });
            seen.add(value);
        });
    };
    reportDuplicates(seed.subAccounts.map((g) => g.id), 'subAccounts', 'id');
    reportDuplicates(seed.signatures.map((s) => s.text), 'signatures', 'text');
    reportDuplicates(seed.templates.map((t) => t.id), 'templates', 'id');
    const checkRefs = (refs, known, path, what) => {
        refs.forEach((ref, index) => {
            if (!known.has(ref))
                ctx.addIssue({ code: 'custom', path: [...path, index], message: `unknown ${what} "${ref}"` });
        });
    };
    const qualifications = new Set(seed.qualifications.map((q) => String(q.id)));
    seed.signatures.forEach((s, i) => {
        checkRefs(s.subAccounts, groups, ['signatures', i, 'subAccounts'], 'message group');
        if (s.identificationId !== undefined && !qualifications.has(String(s.identificationId)))
            ctx.addIssue({
                code: 'custom',
                path: ['signatures', i, 'identificationId'],
                message: `unknown qualification ${s.identificationId}`,
            });
    });
    seed.templates.forEach((t, i) => {
        checkRefs(t.subAccounts, groups, ['templates', i, 'subAccounts'], 'message group');
        checkRefs(t.signatures, signatures, ['templates', i, 'signatures'], 'signature');
    });
    seed.delivery.rules.forEach((rule, i) => {
        if (rule.outcome === 'failed' && !rule.errorCode) {
            ctx.addIssue({
                code: 'custom',
                path: ['delivery', 'rules', i, 'errorCode'],
                message: 'required when outcome is "failed" (e.g. "NE:0105")',
            });
        }
    });
});
function formatPath(path) {
    return path.reduce((text, part) => typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part), '');
}
/** Validates a seed object; a bad one throws SmsConfigError naming every wrong field. */
function parseSeed(input, source = 'seed') {
    const parsed = SandboxSeedSchema.safeParse(input);
    if (parsed.success)
        return parsed.data;
    const lines = parsed.error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
    throw new core/* SmsConfigError */.cw(`Invalid sandbox seed in ${source}: ${lines.join('; ')}`, {
        hint: 'Fix the named fields; docs/sandbox.md describes the seed format and src/sandbox/default-seed.json is an example.',
    });
}
/** Reads and validates a seed JSON file. */
function loadSeedFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (cause) {
        const reason = cause.code ?? 'unreadable';
        throw new core/* SmsConfigError */.cw(`Cannot read the sandbox seed file ${path} (${reason}).`, {
            cause,
            hint: 'Pass --seed with the path of a readable JSON file, or leave it out to use the default seed.',
        });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (cause) {
        throw new core/* SmsConfigError */.cw(`The sandbox seed file ${path} is not valid JSON: ${cause.message}`, {
            cause,
            hint: 'Check the file with a JSON linter; docs/sandbox.md shows the format.',
        });
    }
    return parseSeed(json, path);
}
function defaultSeed() {
    return parseSeed(default_seed_namespaceObject, 'the default seed');
}
/** Resolves the `seed` option: a path, an object, or nothing (the default seed). */
function resolveSeed(seed) {
    if (seed === undefined)
        return defaultSeed();
    if (typeof seed === 'string')
        return loadSeedFile(seed);
    return parseSeed(seed);
}

;// CONCATENATED MODULE: ./src/sandbox/seed-records.ts
/**
 * Seed items (the seed file, or the admin API at run time) as the store's records: defaults filled in,
 * V2 details kept in `extra`. One conversion for both ways in, so an item added at run time is exactly
 * what the same item in a seed file would have been.
 */
/** The keys that are set: a row's `extra` is stored as JSON and holds no undefined. */
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter((entry) => entry[1] !== undefined));
}
function seededGroup({ industries, ...g }, createdAt) {
    return {
        ...g,
        createdAt: g.createdAt ?? createdAt,
        industries: g.channelTypes.map((channelType) => industries?.find((i) => i.channelType === channelType) ?? {
            channelType,
            industry: 'general',
            industryCn: '通用',
        }),
    };
}
function seededSignature(seed, createdAt) {
    const { channelTypes, identificationId, purpose, auditOpinion, ...s } = seed;
    const extra = definedOnly({ channelTypes, identificationId, purpose, auditOpinion });
    return { ...s, createdAt: s.createdAt ?? createdAt, extra, reviewDueMs: null };
}
function seededTemplate(seed, createdAt) {
    const { secondTemplateId, project, auditOpinion, ...t } = seed;
    const extra = definedOnly({ secondTemplateId, project, auditOpinion });
    return { ...t, name: t.name ?? t.id, createdAt: t.createdAt ?? createdAt, extra, reviewDueMs: null };
}
function seededQualification(q) {
    return {
        id: q.id,
        purpose: q.purpose,
        materialName: q.materialName,
        businessCertificateName: q.businessCertificateName ?? q.materialName,
        effectSignatures: q.effectSignatures,
        auditStatus: q.auditStatus,
        auditOpinion: q.auditOpinion,
        auditedAt: q.auditedAt,
        usable: q.usable ?? (q.auditStatus === 3 || q.auditStatus === 5),
        isOrder: q.isOrder,
    };
}

;// CONCATENATED MODULE: ./src/sandbox/admin-world.ts



const groupView = (g) => ({ ...g });
const signatureView = ({ extra, reviewDueMs, ...rest }) => ({
    ...extra,
    ...rest,
    autoReviewAt: reviewDueMs,
});
const templateView = ({ extra, reviewDueMs, ...rest }) => ({
    ...extra,
    ...rest,
    autoReviewAt: reviewDueMs,
});
function parseItem(schema, input, what) {
    const parsed = schema.safeParse(input);
    if (parsed.success)
        return parsed.data;
    const issues = parsed.error.issues.map((issue) => ({
        field: issue.path.join('.') || what,
        message: issue.message,
    }));
    throw new core/* SmsInputError */.E$(`Invalid ${what}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues, {
        hint: `Give the ${what} in the seed file's format (docs/sandbox.md, "Seed format").`,
    });
}
function requireKnown(refs, known, field, what) {
    const unknown = refs.filter((ref) => !known(ref));
    if (unknown.length === 0)
        return;
    const message = `unknown ${what} ${unknown.map((r) => `"${r}"`).join(', ')}`;
    throw new core/* SmsInputError */.E$(`Invalid ${field}: ${message}.`, [{ field, message }], {
        hint: `Add the ${what} first (or remove it from ${field}).`,
    });
}
function createWorldAdmin(store, now) {
    const createdAt = () => Math.floor(now() / 1000);
    return {
        world: () => ({
            subAccounts: store.listSubAccounts().map(groupView),
            signatures: store.listSignatures().map(signatureView),
            templates: store.listTemplates().map(templateView),
            qualifications: store.listQualifications(),
        }),
        putSubAccount(item) {
            const row = seededGroup(parseItem(SubAccountSeedSchema, item, 'message group'), createdAt());
            store.putSubAccount(row);
            return groupView(row);
        },
        putSignature(item) {
            const seed = parseItem(SignatureSeedSchema, item, 'signature');
            requireKnown(seed.subAccounts, (id) => !!store.findSubAccount(id), 'subAccounts', 'message group');
            const row = seededSignature(seed, createdAt());
            store.putSignature(row);
            return signatureView(row);
        },
        putTemplate(item) {
            const seed = parseItem(TemplateSeedSchema, item, 'template');
            requireKnown(seed.subAccounts, (id) => !!store.findSubAccount(id), 'subAccounts', 'message group');
            requireKnown(seed.signatures, (text) => !!store.findSignature(text), 'signatures', 'signature');
            const row = seededTemplate(seed, createdAt());
            store.putTemplate(row);
            return templateView(row);
        },
        putQualification(item) {
            const row = seededQualification(parseItem(QualificationSeedSchema, item, 'qualification'));
            store.putQualification(row);
            return row;
        },
        removeSubAccount: (id) => store.remove('subAccount', id),
        removeSignature: (text) => store.remove('signature', text),
        removeTemplate: (id) => store.remove('template', id),
        removeQualification: (id) => store.remove('qualification', id),
    };
}

;// CONCATENATED MODULE: ./src/sandbox/admin-applications.ts



const STATUS = { approve: 3, reject: 2 };
const DEFAULT_OPINION = { approve: '', reject: 'Rejected by the sandbox reviewer.' };
function notFound(what, key) {
    return new core/* SmsInputError */.E$(`No ${what} application "${key}".`, [{ field: 'key', message: 'unknown' }], {
        hint: 'GET /_sandbox/applications lists them.',
    });
}
/** A row as the decision leaves it: the status, the opinion, when, and no auto-review still due. */
function decided(row, decision, opinion, nowMs) {
    return {
        ...row,
        status: STATUS[decision],
        reviewDueMs: null,
        extra: {
            ...row.extra,
            auditOpinion: opinion ?? DEFAULT_OPINION[decision],
            updatedAt: Math.floor(nowMs / 1000),
        },
    };
}
function createApplicationsAdmin(store, now) {
    const signatureApplications = () => store.listSignatures().filter((s) => s.extra.applyId !== undefined);
    return {
        applications: () => ({
            signatures: signatureApplications().map(signatureView),
            templates: store
                .listTemplates()
                .filter((t) => t.extra.applied)
                .map(templateView),
        }),
        reviewSignature(key, decision, opinion) {
            const row = signatureApplications().find((s) => s.extra.applyId === key || s.text === key);
            if (!row)
                throw notFound('signature', key);
            const signature = decided(row, decision, opinion, now());
            store.putSignature(signature);
            return signatureView(signature);
        },
        reviewTemplate(templateId, decision, opinion) {
            const row = store.findTemplate(templateId);
            if (!row || !row.extra.applied)
                throw notFound('template', templateId);
            const template = decided(row, decision, opinion, now());
            store.putTemplate(template);
            return templateView(template);
        },
    };
}
const APPLICATION_ROUTES = [
    'GET /_sandbox/applications',
    'POST /_sandbox/applications/signatures/APPLY_ID_OR_TEXT/approve|reject {"opinion"?}',
    'POST /_sandbox/applications/templates/TEMPLATE_ID/approve|reject {"opinion"?}',
];
function routeApplications(admin, method, parts, body) {
    if (parts[0] !== 'applications')
        return undefined;
    if (method === 'GET' && parts.length === 1)
        return ok(admin.applications());
    const [, kind, rawKey, decision] = parts;
    if (method !== 'POST' || parts.length !== 4 || (decision !== 'approve' && decision !== 'reject'))
        return undefined;
    const input = jsonObject(body);
    if (input.opinion !== undefined && typeof input.opinion !== 'string')
        throw inputError('opinion', 'give the opinion as a string');
    const opinion = input.opinion;
    const key = decodeURIComponent(rawKey);
    if (kind === 'signatures')
        return ok(admin.reviewSignature(key, decision, opinion));
    if (kind === 'templates')
        return ok(admin.reviewTemplate(key, decision, opinion));
    return undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/admin-batch.ts


const view = (task) => ({
    ...task,
    statusName: (0,core/* batchTaskStateName */._i)(task.status) ?? String(task.status),
});
function createBatchAdmin(services) {
    const find = (taskId) => {
        const task = services.tasks.find(taskId);
        return task && view(task);
    };
    return {
        batchTasks: () => services.tasks.list().map(view),
        batchTask: find,
        endBatchTask(taskId, status) {
            if (!services.tasks.find(taskId))
                throw new core/* SmsInputError */.E$(`No batch task ${taskId}.`, [{ field: 'taskId', message: 'unknown' }]);
            services.engine.stop(taskId, status);
            return find(taskId);
        },
    };
}
const BATCH_ROUTES = [
    'GET /_sandbox/batch-tasks',
    'GET /_sandbox/batch-tasks/TASK_ID',
    'POST /_sandbox/batch-tasks/TASK_ID/status {"status": 8|9}',
];
function routeBatch(admin, method, parts, body) {
    if (parts[0] !== 'batch-tasks')
        return undefined;
    if (method === 'GET' && parts.length === 1)
        return ok({ tasks: admin.batchTasks() });
    const taskId = parts[1] ?? '';
    if (method === 'GET' && parts.length === 2) {
        const task = admin.batchTask(taskId);
        return task ? ok(task) : { status: 404, body: { error: `No batch task ${taskId}.` } };
    }
    if (method === 'POST' && parts.length === 3 && parts[2] === 'status') {
        const status = jsonObject(body).status;
        if (status !== 8 && status !== 9)
            throw inputError('status', 'give 8 (Failed) or 9 (Killed)');
        return ok(admin.endBatchTask(taskId, status));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/admin-world-http.ts



/** The admin routes that change the world at run time (admin-world.ts), under /_sandbox/. */
const WORLD_ROUTES = [
    'GET /_sandbox/world',
    'POST /_sandbox/sub-accounts | signatures | templates | qualifications (a seed item)',
    'DELETE /_sandbox/sub-accounts/ID | signatures/TEXT | templates/ID | qualifications/ID',
    ...APPLICATION_ROUTES,
    ...BATCH_ROUTES,
];
const KINDS = {
    'sub-accounts': { put: 'putSubAccount', remove: 'removeSubAccount', what: 'message group' },
    signatures: { put: 'putSignature', remove: 'removeSignature', what: 'signature' },
    templates: { put: 'putTemplate', remove: 'removeTemplate', what: 'template' },
    qualifications: { put: 'putQualification', remove: 'removeQualification', what: 'qualification' },
};
function routeWorld(admin, method, path, body) {
    const parts = path.replace(/\/+$/, '').split('/').slice(2); // after "", "_sandbox"
    if (method === 'GET' && parts.length === 1 && parts[0] === 'world')
        return ok(admin.world());
    const application = routeApplications(admin, method, parts, body) ?? routeBatch(admin, method, parts, body);
    if (application)
        return application;
    const kind = KINDS[parts[0]];
    if (!kind)
        return undefined;
    if (method === 'POST' && parts.length === 1)
        return ok(admin[kind.put](jsonObject(body)));
    if (method === 'DELETE' && parts.length === 2) {
        const key = decodeURIComponent(parts[1]);
        const removed = kind.remove === 'removeQualification'
            ? admin.removeQualification(Number(key))
            : admin[kind.remove](key);
        return removed
            ? ok({ removed: true })
            : { status: 404, body: { error: `No ${kind.what} "${key}".`, removed: false } };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/inbox/page-assets.ts
// Generated by `node scripts/embed-inbox-page.ts` from src/sandbox/inbox/page/: edit those files, not this one.
const PAGE_ASSETS = {
    "/_sandbox/inbox/batch.js": {
        type: "text/javascript; charset=utf-8",
        body: "// The batch-tasks panel: every task with its state and, while it sends, a progress bar of the numbers\n// sent so far. Live from the stream's `batch-tasks` event (the engine writes progress with each\n// transaction); the list is GET /_sandbox/batch-tasks, as a test reads it.\nimport { api, el, formatTime } from './dom.js';\n\n// Review-badge tones: waiting (0–5), done (6), ended otherwise (7 Canceled, 8 Failed, 9 Killed).\nconst tone = (status) => (status === 6 ? 'delivered' : status >= 7 ? 'failed' : 'sent');\n\nfunction progress(task) {\n  // Invalid rows and duplicates are never sent: the bar runs to the numbers that will be.\n  const toSend = task.validCount;\n  const label = `${task.sentCount.toLocaleString()} of ${toSend.toLocaleString()} numbers sent`;\n  return el(\n    'div',\n    { class: 'progress' },\n    el('progress', {\n      max: String(Math.max(toSend, 1)),\n      value: String(task.sentCount),\n      'aria-label': `${task.taskName}: ${label}`,\n    }),\n    el('span', { class: 'muted' }, label),\n  );\n}\n\nfunction card(task) {\n  const lines = [\n    `Task ${task.taskId} · group ${task.subAccount} · 【${task.signature}】 ${task.templateId} · ${task.channelType}`,\n    `${task.totalCount.toLocaleString()} rows: ${task.validCount.toLocaleString()} to send, ${task.invalidCount.toLocaleString()} invalid, ${task.dupCount.toLocaleString()} duplicates`,\n    task.scheduled\n      ? `Scheduled for ${formatTime(task.sendTime * 1000)}`\n      : `Created ${formatTime(task.createdMs)}`,\n  ];\n  return el(\n    'li',\n    { class: 'application batch-task', dataset: { taskId: task.taskId, status: String(task.status) } },\n    el(\n      'div',\n      { class: 'application-top' },\n      el('strong', {}, task.taskName),\n      el(\n        'span',\n        { class: `status status-${tone(task.status)}`, dataset: { batchStatus: String(task.status) } },\n        task.statusName,\n      ),\n    ),\n    ...lines.map((line) => el('p', { class: 'muted' }, line)),\n    task.status >= 3 ? progress(task) : null,\n  );\n}\n\nexport function createBatch(options) {\n  const $ = (id) => document.getElementById(id);\n\n  function render(view) {\n    const sending = view.tasks.filter((t) => t.status >= 3 && t.status <= 5).length;\n    $('batch-total').textContent = sending ? String(sending) : '';\n    $('batch-empty').hidden = view.tasks.length > 0;\n    $('batch-list').replaceChildren(...view.tasks.map(card));\n  }\n\n  async function load() {\n    try {\n      render(await api('/_sandbox/batch-tasks'));\n    } catch (error) {\n      options.onError(error);\n    }\n  }\n\n  return { load, render };\n}\n",
    },
    "/_sandbox/inbox/dom.js": {
        type: "text/javascript; charset=utf-8",
        body: "// Small DOM and formatting helpers for the inbox page. Text always goes in through textContent (never\n// innerHTML), so a message's content cannot inject markup.\n\n/** Builds an element: el('li', { class: 'x', dataset: { id } }, 'text', child). */\nexport function el(tag, attributes = {}, ...children) {\n  const node = document.createElement(tag);\n  for (const [name, value] of Object.entries(attributes)) {\n    if (value === undefined || value === null || value === false) continue;\n    if (name === 'dataset') Object.assign(node.dataset, value);\n    else if (name === 'onclick') node.addEventListener('click', value);\n    else node.setAttribute(name, value === true ? '' : String(value));\n  }\n  for (const child of children.flat()) {\n    if (child === undefined || child === null || child === false) continue;\n    node.append(child instanceof Node ? child : String(child));\n  }\n  return node;\n}\n\n/**\n * The Newer / \"Page n of m\" / Older bar inside `container` (hidden while there is one page); `turn(-1)` or\n * `turn(1)` asks for the page before or after. Returns what shows the current page.\n */\nexport function pager(container, turn) {\n  const label = el('span');\n  const newer = el('button', { type: 'button', onclick: () => turn(-1) }, 'Newer');\n  const older = el('button', { type: 'button', onclick: () => turn(1) }, 'Older');\n  container.replaceChildren(newer, label, older);\n  return (page, pages) => {\n    container.hidden = pages === 1;\n    label.textContent = `Page ${page} of ${pages}`;\n    newer.disabled = page === 1;\n    older.disabled = page >= pages;\n  };\n}\n\n/** The JSON admin API; a failure throws the server's one-line error and hint. */\nexport async function api(path, init) {\n  const response = await fetch(path, init);\n  const body = await response.json().catch(() => ({}));\n  if (!response.ok) {\n    const message = [body.error ?? `HTTP ${response.status}`, body.hint].filter(Boolean).join(' ');\n    throw new Error(message);\n  }\n  return body;\n}\n\nconst dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });\n\nexport function formatTime(ms) {\n  return ms === null || ms === undefined ? '' : dateTime.format(new Date(ms));\n}\n\nexport function timeElement(ms) {\n  return el('time', { datetime: new Date(ms).toISOString() }, formatTime(ms));\n}\n\nconst STATUS_LABEL = { sent: 'Awaiting receipt', delivered: 'Delivered', failed: 'Failed' };\n\n/** The receipt as a badge: status, and the code once the receipt arrived (DELIVRD, NE:0105…). */\nexport function receiptBadge(message) {\n  return el(\n    'span',\n    {\n      class: `status status-${message.status}`,\n      title: message.errorMessage || undefined,\n      dataset: { status: message.status },\n    },\n    STATUS_LABEL[message.status] ?? message.status,\n    message.errorCode ? el('code', { class: 'code' }, message.errorCode) : null,\n  );\n}\n\n/** 【signature】 in bold, then the rendered template, as the handset shows it. */\nexport function smsText(message) {\n  const prefix = `【${message.signature}】`;\n  const rest = message.text.startsWith(prefix) ? message.text.slice(prefix.length) : message.text;\n  return el('p', { class: 'sms-text' }, el('strong', {}, prefix), rest);\n}\n\nexport function segmentsLabel(count) {\n  return count === 1 ? '1 SMS' : `${count} SMS parts`;\n}\n\n/** Runs `work` at most once per `ms`, and once more after a burst so the last change is never lost. */\nexport function throttle(work, ms) {\n  let last = 0;\n  let timer;\n  return () => {\n    const wait = last + ms - Date.now();\n    if (wait <= 0) {\n      last = Date.now();\n      work();\n    } else if (timer === undefined) {\n      timer = setTimeout(() => {\n        timer = undefined;\n        last = Date.now();\n        work();\n      }, wait);\n    }\n  };\n}\n\n/** Shows an error line (role=alert) or hides it. */\nexport function showError(node, error) {\n  node.hidden = !error;\n  node.textContent = error ? error.message : '';\n}\n",
    },
    "/_sandbox/inbox/faults.js": {
        type: "text/javascript; charset=utf-8",
        body: "// The faults panel: the active faults (live from the stream), a form that adds one in the text form\n// `volc-sms sandbox --fault` takes (the sandbox parses it, so the page never re-implements the syntax),\n// and clearing one or all.\nimport { api, el, showError } from './dom.js';\n\nfunction describe(fault) {\n  switch (fault.kind) {\n    case 'status':\n      return `answers HTTP ${fault.status}`;\n    case 'throttle':\n      return `answers 429, Retry-After ${fault.retryAfterSeconds ?? 1} s`;\n    case 'latency':\n      return `adds ${fault.latencyMs} ms`;\n    case 'non-json':\n      return `processes, then answers a non-JSON page (HTTP ${fault.status ?? 200})`;\n    case 'error':\n      return `answers error ${fault.code} without processing`;\n    case 'error-after':\n      return `processes, then answers error ${fault.code}`;\n    case 'drop-before':\n      return 'closes the connection before processing';\n    case 'drop-after':\n      return 'processes, then closes the connection';\n    case 'truncate':\n      return 'processes, then sends half the answer';\n    default:\n      return fault.kind;\n  }\n}\n\nexport function createFaults(options) {\n  const $ = (id) => document.getElementById(id);\n\n  function render(faults) {\n    $('fault-total').textContent = faults.length ? String(faults.length) : '';\n    $('faults-empty').hidden = faults.length > 0;\n    $('faults-clear').hidden = faults.length === 0;\n    $('fault-list').replaceChildren(\n      ...faults.map((fault) =>\n        el(\n          'li',\n          { class: 'fault', dataset: { faultId: fault.id } },\n          el('code', {}, fault.action === '*' ? 'every action' : fault.action),\n          el('span', {}, describe(fault)),\n          el(\n            'span',\n            { class: 'muted' },\n            fault.count === undefined\n              ? 'until cleared'\n              : `${fault.count} more request${fault.count === 1 ? '' : 's'}`,\n          ),\n          el(\n            'button',\n            {\n              type: 'button',\n              'aria-label': `Clear fault ${fault.id} (${fault.action} ${fault.kind})`,\n              onclick: () => remove(fault.id),\n            },\n            'Clear',\n          ),\n        ),\n      ),\n    );\n  }\n\n  async function load() {\n    render((await api('/_sandbox/faults')).faults);\n  }\n\n  async function remove(id) {\n    try {\n      render((await api(`/_sandbox/faults/${id}`, { method: 'DELETE' })).faults);\n    } catch (error) {\n      options.onError(error);\n    }\n  }\n\n  $('fault-form').addEventListener('submit', async (event) => {\n    event.preventDefault();\n    const input = $('fault-spec');\n    try {\n      const body = await api('/_sandbox/faults', {\n        method: 'POST',\n        headers: { 'content-type': 'application/json' },\n        body: JSON.stringify({ spec: input.value.trim() }),\n      });\n      showError($('fault-error'), null);\n      input.value = '';\n      render(body.faults);\n    } catch (error) {\n      showError($('fault-error'), error);\n      input.focus();\n    }\n  });\n  $('faults-clear').addEventListener('click', async () => {\n    render((await api('/_sandbox/faults', { method: 'DELETE' })).faults);\n    $('fault-spec').focus();\n  });\n\n  return { load, render };\n}\n",
    },
    "/_sandbox/inbox/inbox.css": {
        type: "text/css; charset=utf-8",
        body: "/* The sandbox inbox. Light and dark follow prefers-color-scheme; one column below 48rem. */\n:root {\n  color-scheme: light dark;\n  --bg: #f4f5f7;\n  --surface: #ffffff;\n  --surface-2: #eef0f3;\n  --text: #1b1f24;\n  --muted: #596270;\n  --border: #d5d9df;\n  --accent: #1d4ed8;\n  --accent-text: #ffffff;\n  --bubble: #e9ebef;\n  --ok: #116329;\n  --ok-bg: #dcf5e3;\n  --fail: #a40e26;\n  --fail-bg: #fde2e4;\n  --wait: #7a4d00;\n  --wait-bg: #fdf0d2;\n  --focus: #1d4ed8;\n  --radius: 0.6rem;\n  font-family:\n    system-ui,\n    -apple-system,\n    'Segoe UI',\n    'PingFang SC',\n    'Noto Sans CJK SC',\n    'Microsoft YaHei',\n    sans-serif;\n  font-size: 100%;\n  line-height: 1.45;\n}\n\n@media (prefers-color-scheme: dark) {\n  :root {\n    --bg: #0f1216;\n    --surface: #171b21;\n    --surface-2: #1f242c;\n    --text: #e7eaee;\n    --muted: #9ba5b3;\n    --border: #2e3540;\n    --accent: #8fb0ff;\n    --accent-text: #0f1216;\n    --bubble: #262c35;\n    --ok: #7ee2a0;\n    --ok-bg: #173524;\n    --fail: #ff9aa5;\n    --fail-bg: #3d1a20;\n    --wait: #f5c870;\n    --wait-bg: #3a2e12;\n    --focus: #8fb0ff;\n  }\n}\n\n* {\n  box-sizing: border-box;\n}\n\n[hidden] {\n  display: none !important;\n}\n\nbody {\n  margin: 0;\n  background: var(--bg);\n  color: var(--text);\n}\n\na {\n  color: var(--accent);\n}\n\n:focus-visible {\n  outline: 3px solid var(--focus);\n  outline-offset: 2px;\n}\n\n/* Headings take focus only so that a screen reader and the keyboard continue from them. */\n[tabindex='-1']:focus {\n  outline: none;\n}\n\ncode {\n  font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;\n  font-size: 0.85em;\n  overflow-wrap: anywhere;\n}\n\nh1,\nh2 {\n  margin: 0;\n  line-height: 1.2;\n}\n\nh1 {\n  font-size: 1.2rem;\n}\n\nh2 {\n  font-size: 1.05rem;\n}\n\nbutton,\ninput,\nselect {\n  font: inherit;\n  color: inherit;\n}\n\nbutton {\n  background: var(--surface-2);\n  border: 1px solid var(--border);\n  border-radius: 0.4rem;\n  padding: 0.35rem 0.8rem;\n  cursor: pointer;\n}\n\nbutton[type='submit'] {\n  background: var(--accent);\n  border-color: var(--accent);\n  color: var(--accent-text);\n}\n\nbutton:disabled {\n  opacity: 0.5;\n  cursor: default;\n}\n\nbutton.danger {\n  color: var(--fail);\n}\n\ninput,\nselect {\n  background: var(--surface);\n  border: 1px solid var(--border);\n  border-radius: 0.4rem;\n  padding: 0.35rem 0.5rem;\n  min-width: 0;\n}\n\n.skip {\n  position: absolute;\n  left: -100vw;\n}\n\n.skip:focus {\n  left: 0.5rem;\n  top: 0.5rem;\n  z-index: 2;\n  background: var(--surface);\n  padding: 0.4rem 0.8rem;\n}\n\n.top {\n  display: flex;\n  flex-wrap: wrap;\n  align-items: center;\n  gap: 0.5rem 1rem;\n  padding: 0.75rem 1rem;\n  background: var(--surface);\n  border-bottom: 1px solid var(--border);\n}\n\n.live {\n  font-size: 0.85rem;\n  color: var(--muted);\n}\n\n.live::before {\n  content: '●';\n  margin-right: 0.3rem;\n  color: var(--wait);\n}\n\n.live[data-state='live']::before {\n  color: var(--ok);\n}\n\n.reveal {\n  margin-left: auto;\n  display: flex;\n  align-items: center;\n  gap: 0.4rem;\n  font-size: 0.9rem;\n}\n\n.tabs {\n  display: flex;\n  gap: 0.25rem;\n  overflow-x: auto;\n  padding: 0 1rem;\n  background: var(--surface);\n  border-bottom: 1px solid var(--border);\n}\n\n.tabs a {\n  padding: 0.6rem 0.75rem;\n  text-decoration: none;\n  color: var(--muted);\n  border-bottom: 3px solid transparent;\n  white-space: nowrap;\n}\n\n.tabs a[aria-current='page'] {\n  color: var(--text);\n  border-bottom-color: var(--accent);\n  font-weight: 600;\n}\n\n.badge:not(:empty) {\n  display: inline-block;\n  min-width: 1.4em;\n  padding: 0 0.35em;\n  border-radius: 1em;\n  background: var(--surface-2);\n  font-size: 0.8em;\n  text-align: center;\n}\n\nmain {\n  padding: 1rem;\n  max-width: 80rem;\n  margin: 0 auto;\n}\n\n.view > h2,\n.phone-list > h2 {\n  margin-bottom: 0.75rem;\n}\n\n.muted {\n  color: var(--muted);\n}\n\n.empty {\n  color: var(--muted);\n  padding: 1rem 0;\n}\n\n.error {\n  color: var(--fail);\n  background: var(--fail-bg);\n  border-radius: 0.4rem;\n  padding: 0.5rem 0.75rem;\n}\n\n.page-error {\n  margin: 0.75rem 1rem 0;\n}\n\n.list {\n  list-style: none;\n  margin: 0;\n  padding: 0;\n}\n\n/* Phones: the list and the handset side by side on a desktop, one at a time on a phone. */\n.phones {\n  display: grid;\n  grid-template-columns: minmax(16rem, 24rem) minmax(0, 1fr);\n  gap: 1rem;\n  align-items: start;\n}\n\n.phone {\n  display: grid;\n  grid-template-columns: 1fr auto;\n  gap: 0.1rem 0.5rem;\n  padding: 0.6rem 0.75rem;\n  margin-bottom: 0.4rem;\n  background: var(--surface);\n  border: 1px solid var(--border);\n  border-radius: var(--radius);\n  color: inherit;\n  text-decoration: none;\n}\n\n.phone[aria-current='true'] {\n  border-color: var(--accent);\n  box-shadow: inset 3px 0 0 var(--accent);\n}\n\n.phone .number {\n  font-weight: 600;\n  font-variant-numeric: tabular-nums;\n}\n\n.phone .count {\n  justify-self: end;\n  font-size: 0.8rem;\n  background: var(--surface-2);\n  border-radius: 1em;\n  padding: 0 0.5em;\n}\n\n.phone .last {\n  grid-column: 1 / -1;\n  overflow: hidden;\n  white-space: nowrap;\n  text-overflow: ellipsis;\n  color: var(--muted);\n  font-size: 0.9rem;\n}\n\n.phone .when {\n  font-size: 0.8rem;\n  color: var(--muted);\n}\n\n.phone .status {\n  justify-self: end;\n}\n\n.pager {\n  display: flex;\n  align-items: center;\n  justify-content: space-between;\n  gap: 0.5rem;\n  margin-top: 0.5rem;\n  font-size: 0.9rem;\n}\n\n.pick {\n  padding: 2rem 1rem;\n  text-align: center;\n}\n\n.handset {\n  max-width: 30rem;\n  width: 100%;\n  background: var(--surface);\n  border: 1px solid var(--border);\n  border-radius: 1.5rem;\n  padding: 0.75rem;\n  display: flex;\n  flex-direction: column;\n  gap: 0.5rem;\n}\n\n.handset-top {\n  display: flex;\n  flex-wrap: wrap;\n  align-items: baseline;\n  gap: 0.25rem 0.75rem;\n  padding: 0.25rem 0.5rem 0.6rem;\n  border-bottom: 1px solid var(--border);\n}\n\n.handset-top h2 {\n  font-variant-numeric: tabular-nums;\n}\n\n.back {\n  display: none;\n  width: 100%;\n}\n\n.older {\n  align-self: center;\n  font-size: 0.85rem;\n}\n\n.thread {\n  list-style: none;\n  margin: 0;\n  padding: 0.25rem;\n  display: flex;\n  flex-direction: column;\n  gap: 0.75rem;\n  max-height: 70vh;\n  overflow-y: auto;\n}\n\n.bubble {\n  align-self: flex-start;\n  max-width: 92%;\n  background: var(--bubble);\n  border-radius: 1rem 1rem 1rem 0.3rem;\n  padding: 0.6rem 0.8rem;\n}\n\n.sms-text {\n  margin: 0 0 0.35rem;\n  white-space: pre-wrap;\n  overflow-wrap: anywhere;\n}\n\n.meta {\n  margin: 0;\n  display: flex;\n  flex-wrap: wrap;\n  align-items: center;\n  gap: 0.2rem 0.6rem;\n  font-size: 0.78rem;\n  color: var(--muted);\n}\n\n.meta.id {\n  margin-top: 0.2rem;\n}\n\n.status {\n  display: inline-flex;\n  align-items: center;\n  gap: 0.3rem;\n  padding: 0.05rem 0.45rem;\n  border-radius: 1em;\n  font-size: 0.78rem;\n  font-weight: 600;\n  white-space: nowrap;\n}\n\n.status-delivered {\n  color: var(--ok);\n  background: var(--ok-bg);\n}\n\n.status-failed {\n  color: var(--fail);\n  background: var(--fail-bg);\n}\n\n.status-sent {\n  color: var(--wait);\n  background: var(--wait-bg);\n}\n\n/* Send log and stats */\n.filters {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));\n  gap: 0.6rem;\n  align-items: end;\n  margin-bottom: 1rem;\n}\n\n.filters label {\n  display: flex;\n  flex-direction: column;\n  gap: 0.2rem;\n  font-size: 0.85rem;\n  color: var(--muted);\n}\n\n.filters .actions {\n  display: flex;\n  gap: 0.5rem;\n}\n\n.stats {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));\n  gap: 0.6rem;\n  margin: 0 0 1rem;\n}\n\n.stats div {\n  background: var(--surface);\n  border: 1px solid var(--border);\n  border-radius: var(--radius);\n  padding: 0.5rem 0.75rem;\n}\n\n.stats dt {\n  font-size: 0.8rem;\n  color: var(--muted);\n}\n\n.stats dd {\n  margin: 0;\n  font-size: 1.3rem;\n  font-weight: 600;\n  font-variant-numeric: tabular-nums;\n}\n\n.table-wrap {\n  overflow-x: auto;\n}\n\ntable {\n  width: 100%;\n  border-collapse: collapse;\n  background: var(--surface);\n  font-size: 0.88rem;\n}\n\ncaption {\n  text-align: left;\n  padding: 0.4rem 0;\n  color: var(--muted);\n}\n\nth,\ntd {\n  text-align: left;\n  vertical-align: top;\n  padding: 0.45rem 0.6rem;\n  border-bottom: 1px solid var(--border);\n}\n\ntd.text {\n  min-width: 14rem;\n}\n\ntd.number {\n  white-space: nowrap;\n  font-variant-numeric: tabular-nums;\n}\n\n/* Batch tasks: the bar is the native <progress>, coloured like the rest. */\n.progress {\n  display: flex;\n  flex-wrap: wrap;\n  align-items: center;\n  gap: 0.3rem 0.75rem;\n  margin-top: 0.4rem;\n}\n\n.progress progress {\n  flex: 1 1 12rem;\n  height: 0.8rem;\n  accent-color: var(--accent);\n}\n\n/* Reviews */\nh3 {\n  font-size: 0.95rem;\n  margin: 1.25rem 0 0.5rem;\n}\n\n/* A card of its own: an application, a fault. */\n.application,\n.fault {\n  background: var(--surface);\n  border: 1px solid var(--border);\n  border-radius: var(--radius);\n}\n\n/* A row of controls that wraps on a narrow page. */\n.application-top,\n.decide,\n.fault {\n  display: flex;\n  flex-wrap: wrap;\n  align-items: center;\n}\n\n.application {\n  padding: 0.6rem 0.75rem;\n  margin-bottom: 0.5rem;\n}\n\n.application p {\n  margin: 0.25rem 0;\n  overflow-wrap: anywhere;\n}\n\n.application-top {\n  gap: 0.4rem 0.8rem;\n}\n\n.decide {\n  gap: 0.4rem 0.6rem;\n  margin-top: 0.5rem;\n}\n\n.decide input {\n  flex: 1 1 12rem;\n}\n\n.decide .error {\n  flex-basis: 100%;\n}\n\nbutton.approve {\n  color: var(--ok);\n}\n\n/* Faults */\n.fault {\n  gap: 0.4rem 0.8rem;\n  padding: 0.5rem 0.75rem;\n  margin-bottom: 0.4rem;\n}\n\n.fault button {\n  margin-left: auto;\n}\n\n.fault-form {\n  margin: 1rem 0;\n  max-width: 36rem;\n}\n\n.fault-form label {\n  font-weight: 600;\n}\n\n.fault-form .row {\n  display: flex;\n  gap: 0.5rem;\n  margin-top: 0.3rem;\n}\n\n.fault-form input {\n  flex: 1;\n}\n\n@media (max-width: 48rem) {\n  main {\n    padding: 0.75rem;\n  }\n\n  .phones {\n    grid-template-columns: minmax(0, 1fr);\n  }\n\n  .phones[data-open] .phone-list,\n  .phones[data-open] .pick {\n    display: none;\n  }\n\n  .phones:not([data-open]) .pick {\n    display: none;\n  }\n\n  .handset {\n    border-radius: var(--radius);\n  }\n\n  .back {\n    display: block;\n  }\n\n  .thread {\n    max-height: none;\n  }\n\n  /* The log as cards: one row per message, each cell labelled. */\n  table,\n  thead,\n  tbody,\n  tr,\n  td {\n    display: block;\n  }\n\n  thead {\n    position: absolute;\n    left: -100vw;\n  }\n\n  tr {\n    border-bottom: 1px solid var(--border);\n    padding: 0.4rem 0;\n  }\n\n  td {\n    border: 0;\n    padding: 0.15rem 0.6rem;\n  }\n\n  td::before {\n    content: attr(data-label) ': ';\n    color: var(--muted);\n    font-size: 0.8rem;\n  }\n\n  td.text {\n    min-width: 0;\n  }\n}\n",
    },
    "/_sandbox/inbox/inbox.js": {
        type: "text/javascript; charset=utf-8",
        body: "// The sandbox inbox: what every phone received, live. Plain modules served by the sandbox itself (no\n// CDN, no build step); everything it shows comes from the JSON admin API under /_sandbox/ and the\n// server-sent events of /_sandbox/events, so whatever the page does a test can do over HTTP.\nimport { createBatch } from './batch.js';\nimport { api, showError } from './dom.js';\nimport { createFaults } from './faults.js';\nimport { createLog } from './log.js';\nimport { createPhones } from './phones.js';\nimport { createReviews } from './reviews.js';\n\nconst $ = (id) => document.getElementById(id);\nconst TABS = ['phones', 'log', 'batch', 'reviews', 'faults'];\nlet current = 'phones';\n\nconst onError = (error) => showError($('page-error'), error);\nconst reveal = () => $('reveal').checked;\nconst phones = createPhones({ reveal, onError });\nconst log = createLog({ reveal, visible: () => current === 'log' });\nconst faults = createFaults({ onError });\nconst reviews = createReviews({ onError });\nconst batch = createBatch({ onError });\n\n/** `#phones`, `#phones/13800000000`, `#log`, `#batch`, `#reviews`, `#faults`. */\nfunction route() {\n  const [tab, arg] = location.hash.slice(1).split('/');\n  current = TABS.includes(tab) ? tab : 'phones';\n  for (const name of TABS) {\n    $(`view-${name}`).hidden = name !== current;\n    const link = document.querySelector(`[data-tab=\"${name}\"]`);\n    if (name === current) link.setAttribute('aria-current', 'page');\n    else link.removeAttribute('aria-current');\n  }\n  if (current === 'phones') {\n    if (arg) phones.open(decodeURIComponent(arg)).catch(onError);\n    else phones.close();\n  }\n  if (current === 'log') log.load();\n}\n\nfunction refreshAll() {\n  phones.refresh();\n  faults.load().catch(onError);\n  reviews.load();\n  batch.load();\n  api('/_sandbox/world').then(log.setCatalog, onError);\n  if (current === 'log') log.load();\n}\n\nfunction setLive(state, text) {\n  const live = $('live');\n  live.dataset.state = state;\n  live.textContent = text;\n}\n\nfunction connect() {\n  const events = new EventSource('/_sandbox/events');\n  // `hello` comes first on every (re)connection: load the views then, and apply later events on top.\n  events.addEventListener('hello', () => {\n    setLive('live', 'Live');\n    showError($('page-error'), null);\n    refreshAll();\n  });\n  const changed = (arrived) => (event) => {\n    phones.apply(JSON.parse(event.data), { arrived });\n    log.refresh();\n  };\n  events.addEventListener('messages', changed(true));\n  events.addEventListener('receipts', changed(false));\n  events.addEventListener('faults', (event) => faults.render(JSON.parse(event.data)));\n  events.addEventListener('applications', (event) => reviews.render(JSON.parse(event.data)));\n  events.addEventListener('batch-tasks', (event) => batch.render(JSON.parse(event.data)));\n  events.addEventListener('world', (event) => log.setCatalog(JSON.parse(event.data)));\n  events.addEventListener('resync', refreshAll);\n  events.addEventListener('error', () => setLive('offline', 'Reconnecting…'));\n}\n\n$('reveal').addEventListener('change', () => {\n  phones.render();\n  log.render();\n});\naddEventListener('hashchange', route);\nroute();\nconnect();\n",
    },
    "/_sandbox/inbox/": {
        type: "text/html; charset=utf-8",
        body: "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n    <meta name=\"color-scheme\" content=\"light dark\" />\n    <title>Sandbox inbox · volc-sms</title>\n    <link rel=\"icon\" href=\"data:,\" />\n    <link rel=\"stylesheet\" href=\"/_sandbox/inbox/inbox.css\" />\n    <script type=\"module\" src=\"/_sandbox/inbox/inbox.js\"></script>\n  </head>\n  <body>\n    <a class=\"skip\" href=\"#main\">Skip to content</a>\n    <header class=\"top\">\n      <h1>Sandbox inbox</h1>\n      <span id=\"live\" class=\"live\" role=\"status\" aria-live=\"polite\" data-state=\"connecting\">Connecting…</span>\n      <label class=\"reveal\">\n        <input type=\"checkbox\" id=\"reveal\" />\n        Show full numbers\n      </label>\n    </header>\n    <nav class=\"tabs\" aria-label=\"Sections\">\n      <a href=\"#phones\" data-tab=\"phones\">Phones <span class=\"badge\" id=\"phone-total\"></span></a>\n      <a href=\"#log\" data-tab=\"log\">Send log &amp; stats</a>\n      <a href=\"#batch\" data-tab=\"batch\">Batch tasks <span class=\"badge\" id=\"batch-total\"></span></a>\n      <a href=\"#reviews\" data-tab=\"reviews\">Reviews <span class=\"badge\" id=\"review-total\"></span></a>\n      <a href=\"#faults\" data-tab=\"faults\">Faults <span class=\"badge\" id=\"fault-total\"></span></a>\n    </nav>\n    <p class=\"error page-error\" id=\"page-error\" role=\"alert\" hidden></p>\n    <main id=\"main\" tabindex=\"-1\">\n      <section id=\"view-phones\" class=\"view phones\" aria-labelledby=\"phones-title\">\n        <div class=\"phone-list\">\n          <h2 id=\"phones-title\">Phones</h2>\n          <p class=\"empty\" id=\"phones-empty\" hidden>\n            No message yet. Send one (<code>volc-sms send_sms …</code>) and it appears here.\n          </p>\n          <ul id=\"phone-list\" class=\"list\"></ul>\n          <div class=\"pager\" id=\"phone-pager\" hidden></div>\n        </div>\n        <article class=\"handset\" id=\"handset\" hidden aria-labelledby=\"handset-title\">\n          <header class=\"handset-top\">\n            <a href=\"#phones\" class=\"back\">← All phones</a>\n            <h2 id=\"handset-title\" tabindex=\"-1\"></h2>\n            <span class=\"muted\" id=\"handset-count\"></span>\n          </header>\n          <button type=\"button\" class=\"older\" id=\"thread-older\" hidden>Show older messages</button>\n          <ol class=\"thread\" id=\"thread\" aria-live=\"polite\"></ol>\n        </article>\n        <p class=\"pick muted\" id=\"handset-pick\">\n          Pick a phone to see its messages as the handset shows them.\n        </p>\n      </section>\n\n      <section id=\"view-log\" class=\"view\" aria-labelledby=\"log-title\" hidden>\n        <h2 id=\"log-title\">Send log &amp; stats</h2>\n        <form id=\"log-filter\" class=\"filters\">\n          <label\n            >Window\n            <select name=\"since\">\n              <option value=\"1h\">Last hour</option>\n              <option value=\"24h\">Last day</option>\n            </select>\n          </label>\n          <!-- Group, signature and template: log.js adds them from CATALOG_CHOICES. -->\n          <label\n            >Number <input name=\"mobile\" inputmode=\"tel\" autocomplete=\"off\" placeholder=\"13800000000\"\n          /></label>\n          <label>Message id <input name=\"messageId\" autocomplete=\"off\" spellcheck=\"false\" /></label>\n          <div class=\"actions\">\n            <button type=\"submit\">Apply</button>\n            <button type=\"reset\">Clear</button>\n          </div>\n        </form>\n        <p class=\"error\" id=\"log-error\" role=\"alert\" hidden></p>\n        <dl class=\"stats\" id=\"stats\"></dl>\n        <div class=\"table-wrap\">\n          <table id=\"log-table\">\n            <caption id=\"log-caption\"></caption>\n            <thead>\n              <tr>\n                <th scope=\"col\">Time</th>\n                <th scope=\"col\">Number</th>\n                <th scope=\"col\">Text</th>\n                <th scope=\"col\">Group / template</th>\n                <th scope=\"col\">Receipt</th>\n                <th scope=\"col\">Segments</th>\n                <th scope=\"col\">Message id</th>\n              </tr>\n            </thead>\n            <tbody id=\"log-rows\"></tbody>\n          </table>\n        </div>\n        <div class=\"pager\" id=\"log-pager\" hidden></div>\n      </section>\n\n      <section id=\"view-batch\" class=\"view\" aria-labelledby=\"batch-title\" hidden>\n        <h2 id=\"batch-title\">Batch tasks</h2>\n        <p class=\"muted\">\n          Tasks made with SetBatchTask, newest first. A consented task sends at the sandbox's\n          <code>--batch-rate</code>; its bar follows the numbers sent.\n        </p>\n        <p class=\"empty\" id=\"batch-empty\">No batch task yet.</p>\n        <ul id=\"batch-list\" class=\"list applications\" aria-live=\"polite\"></ul>\n      </section>\n\n      <section id=\"view-reviews\" class=\"view\" aria-labelledby=\"reviews-title\" hidden>\n        <h2 id=\"reviews-title\">Applications in review</h2>\n        <p class=\"muted\">\n          Signatures and templates applied for with ApplySmsSignatureV2 / ApplySmsTemplateV2. Approve or\n          reject them as the reviewer would; an approved one can be sent with at once.\n        </p>\n        <p class=\"empty\" id=\"reviews-empty\">No application yet.</p>\n        <h3>Templates</h3>\n        <ul id=\"template-applications\" class=\"list applications\"></ul>\n        <h3>Signatures</h3>\n        <ul id=\"signature-applications\" class=\"list applications\"></ul>\n      </section>\n\n      <section id=\"view-faults\" class=\"view\" aria-labelledby=\"faults-title\" hidden>\n        <h2 id=\"faults-title\">Faults</h2>\n        <p class=\"muted\">\n          Injected failures for reliability tests, applied to the next matching API requests.\n        </p>\n        <ul id=\"fault-list\" class=\"list faults\"></ul>\n        <p class=\"empty\" id=\"faults-empty\">No active fault: every request is answered normally.</p>\n        <form id=\"fault-form\" class=\"fault-form\">\n          <label for=\"fault-spec\">Add a fault</label>\n          <div class=\"row\">\n            <input\n              id=\"fault-spec\"\n              name=\"spec\"\n              required\n              autocomplete=\"off\"\n              spellcheck=\"false\"\n              list=\"fault-examples\"\n              placeholder=\"SendSmsForAgent=500x2\"\n              aria-describedby=\"fault-help\"\n            />\n            <button type=\"submit\">Add</button>\n          </div>\n          <datalist id=\"fault-examples\">\n            <option value=\"SendSmsForAgent=500x2\"></option>\n            <option value=\"SendSmsForAgent=429:3\"></option>\n            <option value=\"*=latency:300\"></option>\n            <option value=\"SendSmsForAgent=drop-afterx1\"></option>\n            <option value=\"SendSmsForAgent=non-json\"></option>\n            <option value=\"SendSmsForAgent=error:RE:0500\"></option>\n          </datalist>\n          <p class=\"muted\" id=\"fault-help\">\n            ACTION=KIND[xCOUNT], as <code>volc-sms sandbox --fault</code> takes it.\n          </p>\n          <p class=\"error\" id=\"fault-error\" role=\"alert\" hidden></p>\n        </form>\n        <button type=\"button\" id=\"faults-clear\" class=\"danger\">Clear all faults</button>\n      </section>\n    </main>\n  </body>\n</html>\n",
    },
    "/_sandbox/inbox/log.js": {
        type: "text/javascript; charset=utf-8",
        body: "// The send log and stats of the last hour or day, with the same filters as the API's send log\n// (group, signature, template, number, message id). Both are read from the admin API, paged there.\nimport { api, el, pager, receiptBadge, segmentsLabel, showError, throttle, timeElement } from './dom.js';\n\nconst PAGE_SIZE = 50;\n/** The choices filled from what the sandbox has configured: field, label, and each item's value and text. */\nconst CATALOG_CHOICES = [\n  ['subAccount', 'Group', (catalog) => catalog.subAccounts.map((g) => [g.id, `${g.id} · ${g.name}`])],\n  ['signature', 'Signature', (catalog) => catalog.signatures.map((s) => [s.text, s.text])],\n  ['templateId', 'Template', (catalog) => catalog.templates.map((t) => [t.id, `${t.id} · ${t.name}`])],\n];\nconst FILTERS = ['since', ...CATALOG_CHOICES.map(([name]) => name), 'mobile', 'messageId'];\n\nexport function createLog(options) {\n  const $ = (id) => document.getElementById(id);\n  const form = $('log-filter');\n  // After the window, before the number: \"All\" until the catalog arrives.\n  form.elements\n    .namedItem('since')\n    .closest('label')\n    .after(\n      ...CATALOG_CHOICES.map(([name, label]) =>\n        el('label', {}, `${label} `, el('select', { name }, el('option', { value: '' }, 'All'))),\n      ),\n    );\n  let page = 1;\n  const showPage = pager($('log-pager'), (step) => {\n    page += step;\n    load();\n  });\n  let last = { total: 0, messages: [] };\n\n  function query() {\n    const data = new FormData(form);\n    const params = new URLSearchParams();\n    for (const name of FILTERS) {\n      const value = String(data.get(name) ?? '').trim();\n      if (value) params.set(name, value);\n    }\n    return params;\n  }\n\n  async function load() {\n    const params = query();\n    try {\n      const [log, stats] = await Promise.all([\n        api(`/_sandbox/log?${params}&page=${page}&pageSize=${PAGE_SIZE}`),\n        api(`/_sandbox/stats?${params}`),\n      ]);\n      showError($('log-error'), null);\n      last = log;\n      renderStats(stats);\n      renderRows();\n    } catch (error) {\n      showError($('log-error'), error);\n    }\n  }\n  const refresh = throttle(() => {\n    if (options.visible()) load();\n  }, 1000);\n\n  function renderStats(stats) {\n    const awaiting =\n      stats.TotalSendSuccessCount - stats.TotalReceiptSuccessCount - stats.TotalReceiptFailureCount;\n    const items = [\n      ['Sent', stats.TotalAllSendCount],\n      ['Billed segments', stats.TotalSendCount],\n      ['Delivered', stats.TotalReceiptSuccessCount],\n      ['Failed', stats.TotalReceiptFailureCount],\n      ['Awaiting receipt', awaiting],\n      ['Delivery rate', `${(stats.TotalReceiptSuccessRate * 100).toFixed(1)} %`],\n    ];\n    $('stats').replaceChildren(\n      ...items.map(([name, value]) => el('div', {}, el('dt', {}, name), el('dd', {}, value))),\n    );\n  }\n\n  function renderRows() {\n    const reveal = options.reveal();\n    $('log-rows').replaceChildren(\n      ...last.messages.map((m) =>\n        el(\n          'tr',\n          { dataset: { messageId: m.messageId } },\n          el('td', { 'data-label': 'Time' }, timeElement(m.sendTime)),\n          el('td', { 'data-label': 'Number', class: 'number' }, reveal ? m.mobile : m.maskedMobile),\n          el('td', { 'data-label': 'Text', class: 'text' }, m.text),\n          el('td', { 'data-label': 'Group / template' }, `${m.subAccount} · ${m.templateId}`),\n          el('td', { 'data-label': 'Receipt' }, receiptBadge(m)),\n          el('td', { 'data-label': 'Segments' }, segmentsLabel(m.segments)),\n          el('td', { 'data-label': 'Message id' }, el('code', {}, m.messageId)),\n        ),\n      ),\n    );\n    const pages = Math.max(1, Math.ceil(last.total / PAGE_SIZE));\n    $('log-caption').textContent = `${last.total} message${last.total === 1 ? '' : 's'} in the window`;\n    showPage(page, pages);\n  }\n\n  /** Fills the group, signature and template choices from what the sandbox has configured. */\n  function setCatalog(catalog) {\n    const fill = (name, items) => {\n      const select = form.elements.namedItem(name);\n      const chosen = select.value;\n      select.replaceChildren(\n        el('option', { value: '' }, 'All'),\n        ...items.map(([value, label]) => el('option', { value, selected: value === chosen }, label)),\n      );\n    };\n    for (const [name, , items] of CATALOG_CHOICES) fill(name, items(catalog));\n  }\n\n  form.addEventListener('submit', (event) => {\n    event.preventDefault();\n    page = 1;\n    load();\n  });\n  form.addEventListener('reset', () => {\n    page = 1;\n    setTimeout(load);\n  });\n\n  return { load, refresh, render: renderRows, setCatalog };\n}\n",
    },
    "/_sandbox/inbox/phones.js": {
        type: "text/javascript; charset=utf-8",
        body: "// The phones panel: every number that received something (paged by the server), and one phone's\n// messages as its handset shows them, kept live from the event stream.\nimport { api, el, pager, receiptBadge, segmentsLabel, smsText, throttle, timeElement } from './dom.js';\n\nconst PAGE_SIZE = 50;\nconst THREAD_PAGE = 50;\n\nexport function createPhones(options) {\n  const $ = (id) => document.getElementById(id);\n  const list = { page: 1, total: 0, phones: [] };\n  const showPage = pager($('phone-pager'), (step) => {\n    list.page += step;\n    loadList().catch(options.onError);\n  });\n  const thread = { mobile: null, masked: '', count: 0, messages: [], hasOlder: false };\n  const shown = (item) => (options.reveal() ? item.mobile : item.maskedMobile);\n\n  async function loadList() {\n    const body = await api(`/_sandbox/phones?page=${list.page}&pageSize=${PAGE_SIZE}`);\n    Object.assign(list, { total: body.total, phones: body.phones });\n    const current = body.phones.find((p) => p.mobile === thread.mobile);\n    if (current) thread.count = current.count;\n    renderList();\n    renderThreadHeader();\n  }\n  const refreshList = throttle(() => loadList().catch(options.onError), 300);\n\n  function renderList() {\n    $('phone-total').textContent = list.total ? String(list.total) : '';\n    $('phones-empty').hidden = list.total > 0;\n    $('phone-list').replaceChildren(\n      ...list.phones.map((phone) =>\n        el(\n          'li',\n          {},\n          el(\n            'a',\n            {\n              href: `#phones/${encodeURIComponent(phone.mobile)}`,\n              class: 'phone',\n              'aria-current': phone.mobile === thread.mobile ? 'true' : undefined,\n              dataset: { mobile: phone.mobile },\n            },\n            el('span', { class: 'number' }, shown(phone)),\n            el('span', { class: 'count', title: 'messages received' }, phone.count),\n            el('span', { class: 'last' }, phone.lastMessage.text),\n            el('span', { class: 'when' }, timeElement(phone.lastMessage.sendTime)),\n            receiptBadge(phone.lastMessage),\n          ),\n        ),\n      ),\n    );\n    const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));\n    showPage(list.page, pages);\n  }\n\n  function bubble(message) {\n    return el(\n      'li',\n      { class: 'bubble', dataset: { messageId: message.messageId } },\n      smsText(message),\n      el(\n        'p',\n        { class: 'meta' },\n        timeElement(message.sendTime),\n        el('span', {}, segmentsLabel(message.segments)),\n        receiptBadge(message),\n      ),\n      el('p', { class: 'meta id' }, 'ID ', el('code', {}, message.messageId)),\n    );\n  }\n\n  // The server's count covers every message up to the phone's last one in the list; messages that the\n  // stream brought after it are added. Derived, not incremented: a message both in the list's count and in\n  // a later stream event (they can overlap) is counted once.\n  function threadCount() {\n    const listed = list.phones.find((p) => p.mobile === thread.mobile);\n    if (!listed) return thread.count;\n    const at = thread.messages.findIndex((m) => m.messageId === listed.lastMessage.messageId);\n    return at < 0 ? listed.count : listed.count + thread.messages.length - 1 - at;\n  }\n\n  function renderThreadHeader() {\n    if (!thread.mobile) return;\n    const count = threadCount();\n    $('handset-title').textContent = options.reveal() ? thread.mobile : thread.masked;\n    $('handset-count').textContent = count === 1 ? '1 message' : `${count} messages`;\n  }\n\n  function renderThread({ scroll } = {}) {\n    const box = $('thread');\n    const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;\n    box.replaceChildren(...thread.messages.map(bubble));\n    $('thread-older').hidden = !thread.hasOlder;\n    renderThreadHeader();\n    if (scroll || nearBottom) box.scrollTop = box.scrollHeight;\n  }\n\n  async function open(mobile) {\n    const changed = thread.mobile !== mobile;\n    thread.mobile = mobile;\n    $('handset').hidden = false;\n    $('handset-pick').hidden = true;\n    document.getElementById('view-phones').dataset.open = 'true';\n    const query = `mobile=${encodeURIComponent(mobile)}&limit=${THREAD_PAGE}`;\n    const body = await api(`/_sandbox/messages?${query}`);\n    if (thread.mobile !== mobile) return;\n    thread.messages = body.messages;\n    thread.hasOlder = body.messages.length === THREAD_PAGE;\n    thread.count = list.phones.find((p) => p.mobile === mobile)?.count ?? body.messages.length;\n    thread.masked = body.messages[0]?.maskedMobile ?? 'No message';\n    renderList();\n    renderThread({ scroll: true });\n    if (changed) $('handset-title').focus();\n  }\n\n  async function older() {\n    const first = thread.messages[0];\n    if (!first) return;\n    const query = `mobile=${encodeURIComponent(thread.mobile)}&limit=${THREAD_PAGE}&before=${first.messageId}`;\n    const body = await api(`/_sandbox/messages?${query}`);\n    thread.messages = [...body.messages, ...thread.messages];\n    thread.hasOlder = body.messages.length === THREAD_PAGE;\n    renderThread();\n  }\n\n  function close() {\n    thread.mobile = null;\n    $('handset').hidden = true;\n    $('handset-pick').hidden = false;\n    delete document.getElementById('view-phones').dataset.open;\n    renderList();\n  }\n\n  /** New messages and receipts from the stream: keyed by message id, so a repeat only updates. */\n  function apply(messages, { arrived }) {\n    let touched = false;\n    for (const message of messages) {\n      if (message.mobile !== thread.mobile) continue;\n      const index = thread.messages.findIndex((m) => m.messageId === message.messageId);\n      if (index >= 0) thread.messages[index] = message;\n      else if (arrived) {\n        thread.messages.push(message);\n        thread.count += 1;\n      }\n      touched = true;\n    }\n    if (touched) renderThread();\n    refreshList();\n  }\n\n  $('thread-older').addEventListener('click', () => older().catch(options.onError));\n\n  return {\n    open,\n    close,\n    apply,\n    refresh: () => {\n      loadList().catch(options.onError);\n      if (thread.mobile) open(thread.mobile).catch(options.onError);\n    },\n    render: () => {\n      renderList();\n      renderThread();\n    },\n  };\n}\n",
    },
    "/_sandbox/inbox/reviews.js": {
        type: "text/javascript; charset=utf-8",
        body: "// The reviews panel: signature and template applications (ApplySmsSignatureV2 / ApplySmsTemplateV2),\n// with Approve and Reject (and an opinion) for those under review. The buttons call the same admin\n// routes a test would (POST /_sandbox/applications/KIND/KEY/approve|reject); the list stays live from\n// the stream's `applications` event.\nimport { api, el, formatTime, showError } from './dom.js';\n\nconst STATUS = { 1: ['Under review', 'sent'], 2: ['Rejected', 'failed'], 3: ['Approved', 'delivered'] };\n\nfunction statusBadge(status) {\n  const [label, tone] = STATUS[status] ?? [`Status ${status}`, 'sent'];\n  return el('span', { class: `status status-${tone}`, dataset: { review: String(status) } }, label);\n}\n\nexport function createReviews(options) {\n  const $ = (id) => document.getElementById(id);\n\n  function decisionForm(kind, key, label) {\n    const opinionId = `opinion-${kind}-${key}`;\n    const error = el('p', { class: 'error', role: 'alert', hidden: true });\n    const opinion = el('input', { id: opinionId, name: 'opinion', autocomplete: 'off' });\n    const decide = (decision) => async () => {\n      try {\n        await api(`/_sandbox/applications/${kind}/${encodeURIComponent(key)}/${decision}`, {\n          method: 'POST',\n          headers: { 'content-type': 'application/json' },\n          body: JSON.stringify(opinion.value.trim() ? { opinion: opinion.value.trim() } : {}),\n        });\n        showError(error, null);\n        await load();\n      } catch (failure) {\n        showError(error, failure);\n      }\n    };\n    return el(\n      'div',\n      { class: 'decide' },\n      el('label', { for: opinionId }, 'Opinion'),\n      opinion,\n      el(\n        'button',\n        { type: 'button', class: 'approve', 'aria-label': `Approve ${label}`, onclick: decide('approve') },\n        'Approve',\n      ),\n      el(\n        'button',\n        { type: 'button', class: 'danger', 'aria-label': `Reject ${label}`, onclick: decide('reject') },\n        'Reject',\n      ),\n      error,\n    );\n  }\n\n  function card({ kind, key, title, status, lines, opinion, autoReviewAt }) {\n    return el(\n      'li',\n      { class: 'application', dataset: { kind, key } },\n      el('div', { class: 'application-top' }, el('strong', {}, title), statusBadge(status)),\n      ...lines.map((line) => el('p', { class: 'muted' }, line)),\n      opinion ? el('p', {}, `Opinion: ${opinion}`) : null,\n      status === 1 && autoReviewAt\n        ? el('p', { class: 'muted' }, `Approved on its own at ${formatTime(autoReviewAt)}`)\n        : null,\n      status === 1 ? decisionForm(kind, key, title) : null,\n    );\n  }\n\n  function render(view) {\n    // A change elsewhere re-renders the list: keep what was typed in an opinion and where focus was.\n    const typed = [...document.querySelectorAll('.decide input')].map((input) => [input.id, input.value]);\n    const focused = document.activeElement?.id;\n    const pending = [...view.signatures, ...view.templates].filter((a) => a.status === 1).length;\n    $('review-total').textContent = pending ? String(pending) : '';\n    $('reviews-empty').hidden = view.signatures.length + view.templates.length > 0;\n    $('template-applications').replaceChildren(\n      ...view.templates.map((t) =>\n        card({\n          kind: 'templates',\n          key: t.id,\n          title: `${t.id} · ${t.name}`,\n          status: t.status,\n          lines: [\n            t.content,\n            `${t.channelType} · signatures ${t.signatures.join(', ')} · groups ${t.subAccounts.join(', ')}`,\n          ],\n          opinion: t.auditOpinion,\n          autoReviewAt: t.autoReviewAt,\n        }),\n      ),\n    );\n    $('signature-applications').replaceChildren(\n      ...view.signatures.map((s) =>\n        card({\n          kind: 'signatures',\n          key: s.applyId ?? s.text,\n          title: `【${s.text}】`,\n          status: s.status,\n          lines: [`groups ${s.subAccounts.join(', ')}${s.applyId ? ` · application ${s.applyId}` : ''}`],\n          opinion: s.auditOpinion,\n          autoReviewAt: s.autoReviewAt,\n        }),\n      ),\n    );\n    for (const [id, value] of typed) {\n      const input = document.getElementById(id);\n      if (input) input.value = value;\n    }\n    if (focused) document.getElementById(focused)?.focus();\n  }\n\n  async function load() {\n    try {\n      render(await api('/_sandbox/applications'));\n    } catch (error) {\n      options.onError(error);\n    }\n  }\n\n  return { load, render };\n}\n",
    },
};

;// CONCATENATED MODULE: ./src/sandbox/inbox/inbox-http.ts

/**
 * The inbox over HTTP: the page itself (at `/` for a browser, and at /_sandbox/inbox for anything),
 * its event stream, and the admin reads it uses (routed from admin-http.ts). The page's files are
 * embedded in page-assets.ts, so the bundled bin serves them with no file next to it; nothing is loaded
 * from anywhere else, which the Content-Security-Policy makes the browser enforce.
 */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
].join('; ');
const INBOX_PATH = '/_sandbox/inbox';
const EVENTS_PATH = '/_sandbox/events';
/**
 * Serves the page, its assets and the event stream; false for anything else. `/` is the page only for
 * a browser's plain GET (Accept: text/html, no query): every API call keeps its `/?Action=` answers.
 */
function serveInbox(method, path, rawQuery, headers, response, events) {
    if (method !== 'GET' && method !== 'HEAD')
        return false;
    if (path === EVENTS_PATH) {
        events.subscribe(response);
        return true;
    }
    const wantsPage = path === '/' && rawQuery === '' && (headers.accept ?? '').includes('text/html');
    const key = wantsPage || path === INBOX_PATH ? `${INBOX_PATH}/` : path;
    const asset = Object.hasOwn(PAGE_ASSETS, key) ? PAGE_ASSETS[key] : undefined;
    if (!asset)
        return false;
    response.writeHead(200, {
        'content-type': asset.type,
        'content-length': Buffer.byteLength(asset.body),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
    });
    response.end(method === 'HEAD' ? undefined : asset.body);
    return true;
}
/** The admin reads of the inbox; undefined when the route is not one of them. */
function routeInboxAdmin(admin, method, path, query) {
    const one = (name) => query[name]?.[0];
    const int = (name) => {
        const text = one(name);
        return text === undefined || text === '' ? undefined : Number(text);
    };
    const filter = () => ({
        since: one('since'),
        subAccount: one('subAccount'),
        signature: one('signature'),
        templateId: one('templateId'),
        mobile: one('mobile'),
        messageId: one('messageId'),
    });
    if (method === 'GET' && path === '/_sandbox/phones') {
        return { status: 200, body: admin.phones({ page: int('page'), pageSize: int('pageSize') }) };
    }
    if (method === 'GET' && path === '/_sandbox/log') {
        return {
            status: 200,
            body: admin.sendLog({ ...filter(), page: int('page'), pageSize: int('pageSize') }),
        };
    }
    if (method === 'GET' && path === '/_sandbox/stats')
        return { status: 200, body: admin.stats(filter()) };
    const fault = /^\/_sandbox\/faults\/(\d+)$/.exec(path);
    if (method === 'DELETE' && fault) {
        admin.removeFault(Number(fault[1]));
        return { status: 200, body: { faults: admin.listFaults() } };
    }
    return undefined;
}
/** The inbox's routes, for the admin API's list of routes in its 404 answer. */
const INBOX_ADMIN_ROUTES = [
    'GET /_sandbox/phones?page=&pageSize=',
    'GET /_sandbox/log?since=&subAccount=&signature=&templateId=&mobile=&messageId=&page=&pageSize=',
    'GET /_sandbox/stats?since=&subAccount=&signature=&templateId=&mobile=&messageId=',
    'DELETE /_sandbox/faults/ID',
    `GET ${EVENTS_PATH} (server-sent events)`,
    `GET ${INBOX_PATH} (the inbox page; also / in a browser)`,
];

;// CONCATENATED MODULE: ./src/sandbox/admin-http.ts





function handleAdminRequest(admin, method, path, query, body) {
    try {
        return route(admin, method, path, query, body);
    }
    catch (error) {
        if (error instanceof core/* SmsInputError */.E$) {
            return { status: 400, body: { error: error.message, issues: error.issues, hint: error.hint } };
        }
        if ((0,core/* isSmsError */.fR)(error))
            return { status: 400, body: { error: error.message, hint: error.hint } };
        return { status: 500, body: { error: error.message } };
    }
}
function route(...[admin, method, path, query, body]) {
    const key = `${method} ${path.replace(/\/+$/, '')}`;
    const inbox = routeInboxAdmin(admin, method, path.replace(/\/+$/, ''), query);
    if (inbox)
        return inbox;
    const parts = path.replace(/\/+$/, '').split('/').slice(2); // after "", "_sandbox"
    const codes = routeVerifyCodes(admin, method, parts, query.mobile?.[0]);
    if (codes)
        return codes;
    switch (key) {
        case 'GET /_sandbox/health':
            return ok(admin.health());
        case 'GET /_sandbox/messages': {
            const limit = query.limit?.[0];
            return ok({
                messages: admin.messages({
                    mobile: query.mobile?.[0],
                    limit: limit ? positiveInt(limit, 'limit') : undefined,
                    before: query.before?.[0],
                }),
            });
        }
        case 'POST /_sandbox/reset':
            admin.reset();
            return ok({ reset: true });
        case 'GET /_sandbox/faults':
            return ok({ faults: admin.listFaults() });
        case 'POST /_sandbox/faults': {
            const added = faultInputs(body).map((fault) => admin.addFault(fault));
            return ok({ added, faults: admin.listFaults() });
        }
        case 'DELETE /_sandbox/faults':
            admin.clearFaults();
            return ok({ faults: [] });
        case 'GET /_sandbox/account':
            return ok(admin.getAccount());
        case 'POST /_sandbox/account': {
            const flags = jsonObject(body);
            const update = {};
            for (const name of ['activated', 'inArrears']) {
                const value = flags[name];
                if (value === undefined)
                    continue;
                if (typeof value !== 'boolean')
                    throw inputError(name, `${name} must be true or false`);
                update[name] = value;
            }
            return ok(admin.setAccount(update));
        }
        case 'GET /_sandbox/clock':
            return ok({ now: admin.now() });
        case 'POST /_sandbox/clock': {
            const input = jsonObject(body);
            if (typeof input.advanceMs === 'number')
                return ok({ now: admin.advanceClock(input.advanceMs) });
            if (typeof input.nowMs === 'number')
                return ok({ now: admin.setClock(input.nowMs) });
            throw inputError('advanceMs', 'give {"advanceMs": N} or {"nowMs": EPOCH_MS}');
        }
        default:
            return (routeWorld(admin, method, path, body) ?? {
                status: 404,
                body: {
                    error: `No sandbox admin route ${key}.`,
                    routes: [
                        'GET /_sandbox/health',
                        'GET /_sandbox/messages?mobile=&limit=&before=',
                        'POST /_sandbox/reset',
                        'GET|POST|DELETE /_sandbox/faults',
                        'GET|POST /_sandbox/account',
                        'GET|POST /_sandbox/clock',
                        ...INBOX_ADMIN_ROUTES,
                        ...VERIFY_CODE_ROUTES,
                        ...WORLD_ROUTES,
                    ],
                },
            });
    }
}
/** A fault object, `{"spec": "SendSmsForAgent=500"}`, a list of either, or the text form as a plain body. */
function faultInputs(body) {
    const text = body.toString('utf8').trim();
    if (!text)
        throw inputError('body', 'give a fault, e.g. {"action":"SendSmsForAgent","kind":"status","status":500}');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return text
            .split(/[\n,]+/)
            .map((s) => s.trim())
            .filter(Boolean);
    }
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => {
        if (typeof item === 'string')
            return item;
        if (item && typeof item === 'object' && typeof item.spec === 'string')
            return item.spec;
        return item;
    });
}

;// CONCATENATED MODULE: ./src/sandbox/faults.ts



/**
 * Injected faults for reliability tests, per action ('*' = every action), for the next `count` requests
 * or until cleared. Latency adds to whatever else happens; of the other kinds the first match wins:
 * - status (5xx) and throttle (429 + Retry-After) answer without processing the request;
 * - drop-before closes the connection before anything is processed;
 * - drop-after, truncate and non-json process the request (a send is recorded) and then spoil the answer,
 *   which is the "was it sent or not?" case a client must never retry blindly;
 * - error answers an error envelope with any code without processing; error-after processes, then answers
 *   it. error-after refuses a code the error table says proves the request was not processed (RE:0003,
 *   SignatureDoesNotMatch…): the real service answers those before it sends, never after.
 */
const FaultSchema = classic_schemas/* strictObject */.rej({
    action: classic_schemas/* string */.YjP().min(1).default('*'),
    kind: classic_schemas/* enum */.k5n([
        'latency',
        'status',
        'throttle',
        'drop-before',
        'drop-after',
        'truncate',
        'non-json',
        'error',
        'error-after',
    ]),
    latencyMs: classic_schemas/* number */.aig().int().min(0).max(120_000).optional(),
    /**
     * HTTP status: 5xx for `status`, anything for `non-json` (default 200); for `error`/`error-after` the
     * code's own (the gateway's table, else 200 as for a business code).
     */
    status: classic_schemas/* number */.aig().int().min(200).max(599).optional(),
    /** `ResponseMetadata.Error.Code` of an `error`/`error-after` fault: any code, known or not. */
    code: classic_schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9:]*$/, 'letters, digits and colons, e.g. RE:0500')
        .max(64)
        .optional(),
    retryAfterSeconds: classic_schemas/* number */.aig().int().min(0).max(3600).optional(),
    /** How many matching requests it affects; omitted = until cleared. */
    count: classic_schemas/* number */.aig().int().min(1).optional(),
})
    .superRefine((fault, ctx) => {
    if (fault.kind === 'latency' && fault.latencyMs === undefined) {
        ctx.addIssue({ code: 'custom', path: ['latencyMs'], message: 'required for a latency fault' });
    }
    if (fault.kind === 'status' && (fault.status === undefined || fault.status < 500)) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'a status fault needs a 5xx status' });
    }
    const answersError = fault.kind === 'error' || fault.kind === 'error-after';
    if (answersError !== (fault.code !== undefined)) {
        const message = answersError ? `required for an ${fault.kind} fault` : 'only for error and error-after';
        ctx.addIssue({ code: 'custom', path: ['code'], message });
    }
    if (fault.kind === 'error-after' && fault.code && (0,core/* lookupErrorCode */.EO)(fault.code)?.provesNotProcessed) {
        ctx.addIssue({
            code: 'custom',
            path: ['code'],
            message: `${fault.code} is answered before a request is processed, never after: use error:${fault.code}`,
        });
    }
});
const SPEC_SYNTAX = 'ACTION=KIND[xCOUNT] where KIND is 500..599, 429[:RETRY_AFTER_S], latency:MS, drop-before, drop-after, truncate, non-json[:STATUS], error:CODE or error-after:CODE; ACTION may be * (e.g. SendSmsForAgent=500x2, SendSmsForAgent=error-after:RE:0500)';
/**
 * Parses the command-line form, e.g. `SendSmsForAgent=500x2`, `*=latency:300`, `ListSmsSendLogForAgent=429:2`,
 * `SendSmsForAgent=error-after:SY:0500x1`.
 */
function parseFaultSpec(text) {
    // The argument is lazy so that a trailing `xCOUNT` is read as the count, also after a code.
    const match = /^([A-Za-z0-9*]+)=(\d{3}|[a-z]+(?:-[a-z]+)*)(?::([A-Za-z0-9:]+?))?(?:x(\d+))?$/.exec(text.trim());
    const fail = (why) => new core/* SmsInputError */.E$(`Invalid fault "${text}": ${why}.`, [{ field: 'fault', message: why }], {
        hint: `Use ${SPEC_SYNTAX}.`,
    });
    if (!match)
        throw fail('it does not match ACTION=KIND');
    const [, action, kindText, argText, countText] = match;
    const count = countText === undefined ? {} : { count: Number(countText) };
    if (kindText === 'error' || kindText === 'error-after') {
        if (argText === undefined)
            throw fail(`${kindText} needs a code, e.g. ${kindText}:RE:0500`);
        return { action, kind: kindText, code: argText, ...count };
    }
    if (argText !== undefined && !/^\d+$/.test(argText))
        throw fail(`"${argText}" is not a number`);
    const arg = argText === undefined ? undefined : Number(argText);
    if (/^\d{3}$/.test(kindText)) {
        const status = Number(kindText);
        if (status === 429) {
            return { action, kind: 'throttle', ...(arg === undefined ? {} : { retryAfterSeconds: arg }), ...count };
        }
        if (status >= 500 && status <= 599)
            return { action, kind: 'status', status, ...count };
        throw fail(`status ${status} is neither 429 nor 5xx`);
    }
    switch (kindText) {
        case 'latency':
        case 'delay':
            if (arg === undefined)
                throw fail('latency needs milliseconds, e.g. latency:300');
            return { action, kind: 'latency', latencyMs: arg, ...count };
        case 'drop-before':
        case 'drop-after':
        case 'truncate':
            return { action, kind: kindText, ...count };
        case 'non-json':
            return { action, kind: 'non-json', ...(arg === undefined ? {} : { status: arg }), ...count };
        default:
            throw fail(`unknown kind "${kindText}"`);
    }
}
function validateFault(input) {
    const parsed = FaultSchema.safeParse(input);
    if (parsed.success)
        return parsed.data;
    const issues = parsed.error.issues.map((issue) => ({
        field: issue.path.join('.') || 'fault',
        message: issue.message,
    }));
    throw new core/* SmsInputError */.E$(`Invalid fault: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues, {
        hint: `Give {action, kind, latencyMs?, status?, retryAfterSeconds?, code?, count?}, or the text form ${SPEC_SYNTAX}.`,
    });
}
/** The error envelope an `error`/`error-after` fault answers: its code at the status the API gives it. */
class InjectedError extends Error {
    code;
    status;
    codeN;
    headers = {};
    constructor(fault) {
        const code = fault.code ?? 'InternalError';
        super(`${(0,core/* lookupErrorCode */.EO)(code)?.message ?? `Error ${code}`} (injected fault).`);
        const spec = gatewayErrorSpec(code);
        this.code = code;
        this.status = fault.status ?? spec?.status ?? 200;
        this.codeN = spec?.codeN;
    }
}
class FaultRegistry {
    #faults = [];
    #nextId = 1;
    #version = 0;
    /**
     * Counts every change (added, cleared, used up): a watcher that compares lists alone misses a fault
     * added and used up between two of its looks, and would keep showing it.
     */
    get version() {
        return this.#version;
    }
    add(input) {
        const fault = {
            ...validateFault(typeof input === 'string' ? parseFaultSpec(input) : input),
            id: this.#nextId++,
        };
        this.#faults.push(fault);
        this.#version += 1;
        return fault;
    }
    list() {
        return this.#faults.map((f) => ({ ...f }));
    }
    clear() {
        this.#faults = [];
        this.#version += 1;
    }
    /** Clears one fault by its id; false when no active fault has it. */
    remove(id) {
        const before = this.#faults.length;
        this.#faults = this.#faults.filter((f) => f.id !== id);
        this.#version += 1;
        return this.#faults.length < before;
    }
    /** Picks (and uses up one count of) the faults for this request's action. */
    decide(action) {
        if (this.#faults.length === 0)
            return { latencyMs: 0 };
        let latencyMs = 0;
        let decisive;
        for (const fault of this.#faults) {
            if (fault.action !== '*' && fault.action !== action)
                continue;
            if (fault.kind === 'latency') {
                latencyMs += fault.latencyMs ?? 0;
                this.#useOnce(fault);
            }
            else if (!decisive) {
                decisive = fault;
                this.#useOnce(fault);
            }
        }
        this.#faults = this.#faults.filter((f) => f.count === undefined || f.count > 0);
        return { latencyMs, fault: decisive };
    }
    #useOnce(fault) {
        if (fault.count !== undefined)
            fault.count -= 1;
        this.#version += 1;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/http-answers.ts




function errorAnswer(meta, error, log) {
    if (error instanceof BusinessError) {
        return { status: 200, body: errorEnvelope(meta, error), headers: {}, code: error.code };
    }
    if (error instanceof GatewayError || error instanceof InjectedError) {
        return {
            status: error.status,
            body: errorEnvelope(meta, error),
            headers: error.headers,
            code: error.code,
        };
    }
    log?.(`sandbox internal error in ${meta.action}: ${error.message}`);
    const internal = new GatewayError('InternalError', 'Internal error.');
    return { status: 500, body: errorEnvelope(meta, internal), headers: {}, code: internal.code };
}
function sendAnswer(request, response, answer, fault) {
    switch (fault?.kind) {
        case 'drop-after':
            // Processed and recorded, but the client never hears back.
            request.socket.destroy();
            return;
        case 'truncate': {
            const bytes = Buffer.from(answer.body);
            response.writeHead(answer.status, {
                'Content-Type': 'application/json; charset=utf-8',
                'Content-Length': bytes.length,
            });
            response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => request.socket.destroy());
            return;
        }
        case 'non-json':
            response.writeHead(fault.status ?? 200, { 'Content-Type': 'text/html; charset=utf-8' });
            response.end('<html><body><h1>502 Bad Gateway</h1><p>upstream sent an invalid response</p></body></html>');
            return;
        default:
            if (answer.contentType === undefined)
                writeJson(response, answer.status, answer.body, answer.headers);
            else
                writeBody(response, answer.status, answer.contentType, answer.body, answer.headers);
    }
}
function writeBody(response, status, contentType, body, headers) {
    response.writeHead(status, {
        'Content-Type': contentType,
        'Content-Length': Buffer.byteLength(body),
        ...headers,
    });
    response.end(body);
}
function writeJson(response, status, body, headers) {
    writeBody(response, status, 'application/json; charset=utf-8', body, headers);
}
function logLine(request, action, status, code, started) {
    const ms = (performance.now() - started).toFixed(1);
    return `${request.method ?? '-'} ${action || '-'} ${status} ${code} ${ms}ms`;
}

;// CONCATENATED MODULE: ./src/sandbox/received-message.ts


/** A logged message as the phone shows it, with its receipt as of `nowMs`. */
function toReceivedMessage(row, nowMs) {
    const state = deliveryState(row, nowMs);
    return {
        messageId: row.messageId,
        mobile: row.mobile,
        maskedMobile: (0,core/* maskPhone */.Xu)(row.mobile),
        text: `【${row.signature}】${row.content}`,
        status: state.status === 3 ? 'delivered' : state.status === 2 ? 'failed' : 'sent',
        errorCode: state.errorCode,
        errorMessage: state.errorMessage,
        subAccount: row.subAccount,
        signature: row.signature,
        templateId: row.templateId,
        channelType: row.channelType,
        segments: row.segments,
        api: row.api,
        requestId: row.requestId,
        sendTime: row.sendTimeMs,
        receiptTime: state.receiptTimeMs,
    };
}

;// CONCATENATED MODULE: ./src/sandbox/inbox/event-stream.ts

function viewKey(view, value) {
    return `${view.version ? view.version() : ''}:${JSON.stringify(value)}`;
}
const HEARTBEAT_TICKS = 75;
// A tick at 1,000 sends/s is ~70 kB of frames; a page this far behind is not reading, and gets a resync
// once it drains rather than a backlog that grows for as long as it stalls.
const MAX_BUFFERED_BYTES = 1 << 20;
class InboxEvents {
    #store;
    #clock;
    #views;
    #intervalMs;
    #maxPerTick;
    #clients = new Set();
    #timer;
    #ticks = 0;
    #cursor = { seq: 0, messageId: undefined, receiptsAtMs: 0 };
    #lastViews = new Map();
    constructor(store, clock, views, options = {}) {
        this.#store = store;
        this.#clock = clock;
        this.#views = views;
        this.#intervalMs = options.intervalMs ?? 200;
        this.#maxPerTick = options.maxPerTick ?? 2000;
    }
    get clientCount() {
        return this.#clients.size;
    }
    subscribe(response) {
        response.writeHead(200, {
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-store',
            connection: 'keep-alive',
        });
        if (this.#clients.size === 0)
            this.#start();
        const client = { response, behind: false };
        this.#clients.add(client);
        response.on('close', () => {
            this.#clients.delete(client);
            if (this.#clients.size === 0)
                this.#stop();
        });
        // `hello` marks the point after which every change arrives as an event: the page loads its views
        // when it gets it, and applies later events on top (they are keyed, so an overlap is harmless).
        response.write(`retry: 1000\n\n${event_stream_frame('hello', { now: this.#clock.now() })}`);
    }
    /** Ends every stream (the sandbox is closing). */
    close() {
        this.#stop();
        for (const client of this.#clients)
            client.response.end();
        this.#clients.clear();
    }
    #start() {
        this.#resetCursor();
        this.#lastViews.clear();
        for (const view of this.#views)
            this.#lastViews.set(view.event, viewKey(view, view.read()));
        this.#timer = setInterval(() => this.#tick(), this.#intervalMs);
        this.#timer.unref();
    }
    #stop() {
        clearInterval(this.#timer);
        this.#timer = undefined;
    }
    #resetCursor() {
        const seq = this.#store.inbox.lastSeq();
        this.#cursor = { seq, messageId: this.#store.inbox.idAt(seq), receiptsAtMs: this.#clock.now() };
    }
    #tick() {
        const frames = this.#changes();
        this.#ticks += 1;
        if (this.#ticks % HEARTBEAT_TICKS === 0)
            frames.push(': keep-alive\n\n');
        if (frames.length === 0)
            return;
        const chunk = frames.join('');
        for (const client of this.#clients)
            this.#write(client, chunk);
    }
    #write(client, chunk) {
        if (client.behind)
            return;
        if (client.response.writableLength < MAX_BUFFERED_BYTES) {
            client.response.write(chunk);
            return;
        }
        client.behind = true;
        client.response.once('drain', () => {
            client.behind = false;
            client.response.write(event_stream_frame('resync', { reason: 'the page fell behind' }));
        });
    }
    /** The frames of one tick: at most `maxPerTick` messages and receipts, or `resync`. */
    #changes() {
        const inbox = this.#store.inbox;
        const now = this.#clock.now();
        const cursor = this.#cursor;
        const frames = [];
        if (cursor.seq > 0 && inbox.idAt(cursor.seq) !== cursor.messageId) {
            this.#resetCursor();
            return [event_stream_frame('resync', { reason: 'the sandbox was reset' })];
        }
        const arrived = inbox.after(cursor.seq, this.#maxPerTick + 1);
        const last = arrived.at(-1);
        if (arrived.length > this.#maxPerTick) {
            this.#resetCursor();
            return [event_stream_frame('resync', { reason: `more than ${this.#maxPerTick} messages in one tick` })];
        }
        if (last) {
            frames.push(event_stream_frame('messages', arrived.map((row) => toReceivedMessage(row, now))));
            cursor.seq = last.seq;
            cursor.messageId = last.messageId;
        }
        if (now < cursor.receiptsAtMs) {
            cursor.receiptsAtMs = now;
            frames.push(event_stream_frame('resync', { reason: 'the clock moved back' }));
        }
        else if (now > cursor.receiptsAtMs) {
            const due = inbox.receiptsDue(cursor.receiptsAtMs, now, this.#maxPerTick + 1);
            cursor.receiptsAtMs = now;
            if (due.length > this.#maxPerTick) {
                frames.push(event_stream_frame('resync', { reason: `more than ${this.#maxPerTick} receipts in one tick` }));
            }
            else if (due.length > 0) {
                frames.push(event_stream_frame('receipts', due.map((row) => toReceivedMessage(row, now))));
            }
        }
        for (const view of this.#views) {
            const value = view.read();
            const text = viewKey(view, value);
            if (this.#lastViews.get(view.event) === text)
                continue;
            this.#lastViews.set(view.event, text);
            frames.push(event_stream_frame(view.event, value));
        }
        return frames;
    }
}
/** One SSE frame; JSON.stringify never emits a raw newline, so `data:` stays one line. */
function event_stream_frame(event, data) {
    return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

;// CONCATENATED MODULE: ./src/sandbox/options.ts
/** The credentials a sandbox accepts unless told otherwise; they open nothing real. */
const SANDBOX_CREDENTIALS = Object.freeze({
    accessKeyId: 'AKLTsandbox',
    secretAccessKey: 'sandbox-secret',
    apiKey: 'sandbox-api-key',
});
const DEFAULTS = {
    port: 8787,
    host: '127.0.0.1',
    receiptDelayMs: 1500,
    rateLimitQps: 5,
    skewSeconds: 900,
    batchRate: 1000,
    /** Larger bodies are refused: 200 numbers with parameters fit in far less. */
    maxBodyBytes: 1024 * 1024,
};

;// CONCATENATED MODULE: ./src/sandbox/rate-limiter.ts
/**
 * Per-key token buckets (the skill's "单客户默认限制为 5 QPS"): each key holds up to `qps` tokens and
 * regains `qps` per second. Measured on the monotonic clock, not the injected one: the limit is about how
 * fast the real client calls, while the injected clock only moves simulated time.
 */
class RateLimiter {
    #qps;
    #now;
    #buckets = new Map();
    constructor(qps, now = () => performance.now()) {
        this.#qps = qps;
        this.#now = now;
    }
    /** Takes a token; returns 0 when allowed, else the milliseconds until a token is free. */
    take(key) {
        if (this.#qps <= 0)
            return 0;
        const now = this.#now();
        let bucket = this.#buckets.get(key);
        if (!bucket) {
            bucket = { tokens: this.#qps, updatedMs: now };
            this.#buckets.set(key, bucket);
        }
        bucket.tokens = Math.min(this.#qps, bucket.tokens + ((now - bucket.updatedMs) / 1000) * this.#qps);
        bucket.updatedMs = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return 0;
        }
        return Math.ceil(((1 - bucket.tokens) / this.#qps) * 1000);
    }
    reset() {
        this.#buckets.clear();
    }
}

;// CONCATENATED MODULE: ./src/sandbox/request-params.ts

/** Parses a raw query without turning "+" into a space (clients encode spaces as %20 when they sign). */
function parseQuery(rawQuery) {
    const query = {};
    if (!rawQuery)
        return query;
    for (const part of rawQuery.split('&')) {
        if (!part)
            continue;
        const eq = part.indexOf('=');
        const key = decode(eq === -1 ? part : part.slice(0, eq));
        const value = eq === -1 ? '' : decode(part.slice(eq + 1));
        (query[key] ??= []).push(value);
    }
    return query;
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function firstValue(query, key) {
    return query[key]?.[0];
}
const RESERVED = new Set(['Action', 'Version']);
/** Business parameters of a request: query fields (typed by `shape`) overridden by the JSON body's. */
function readParams(query, body, shape) {
    const params = {};
    const integers = new Set(shape.integers);
    const arrays = new Set(shape.arrays);
    const booleans = new Set(shape.booleans);
    for (const [key, values] of Object.entries(query)) {
        if (RESERVED.has(key))
            continue;
        const bareKey = key.endsWith('[]') ? key.slice(0, -2) : key;
        if (arrays.has(bareKey)) {
            params[bareKey] = values
                .flatMap((v) => v.split(','))
                .map((v) => v.trim())
                .filter(Boolean);
        }
        else if (integers.has(key)) {
            const text = values[0] ?? '';
            params[key] = /^-?\d+$/.test(text) ? Number(text) : text;
        }
        else if (booleans.has(key)) {
            params[key] = values[0] === 'true' ? true : values[0] === 'false' ? false : values[0];
        }
        else {
            params[key] = values[0];
        }
    }
    if (body.length === 0)
        return params;
    const text = body.toString('utf8');
    if (text.trim() === '')
        return params;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw businessErrors.invalidJson(`The request body is not valid JSON (${error.message}).`);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        throw businessErrors.invalidField('the request body must be a JSON object.');
    }
    return Object.assign(params, json);
}

;// CONCATENATED MODULE: ./src/sandbox/inbox/inbox-reads.ts




const MAX_PAGE_SIZE = 200;
function createInboxReads(parts) {
    const { store, faults, clock } = parts;
    function window(query) {
        const nowMs = clock.now();
        const { startTime, endTime } = (0,core/* parseWindow */.Et)(query.since ?? '1h', { now: nowMs, field: 'since' });
        const fromMs = startTime * 1000;
        const toMs = endTime * 1000 + 999;
        const mobile = query.mobile?.trim() || undefined;
        return {
            fromMs,
            toMs,
            filter: {
                fromMs,
                toMs,
                subAccount: query.subAccount || undefined,
                signature: query.signature || undefined,
                templateId: query.templateId || undefined,
                messageId: query.messageId?.trim() || undefined,
                mobile: mobile === undefined ? undefined : (normaliseMobile(mobile) ?? mobile),
            },
        };
    }
    return {
        phones(query = {}) {
            const { page, pageSize } = paging(query);
            const { total, rows } = store.inbox.phones({ offset: (page - 1) * pageSize, limit: pageSize });
            const now = clock.now();
            const phones = rows.map((row) => ({
                mobile: row.mobile,
                maskedMobile: (0,core/* maskPhone */.Xu)(row.mobile),
                count: row.count,
                lastMessage: toReceivedMessage(row.last, now),
            }));
            return { total, page, pageSize, phones };
        },
        sendLog(query = {}) {
            const { page, pageSize } = paging(query);
            const { filter, fromMs, toMs } = window(query);
            const { total, rows } = store.queryMessages(filter, { offset: (page - 1) * pageSize, limit: pageSize });
            const now = clock.now();
            const messages = rows.map((row) => toReceivedMessage(row, now));
            return { total, page, pageSize, fromMs, toMs, messages };
        },
        stats(query = {}) {
            const { filter, fromMs, toMs } = window(query);
            const stats = computeSendStats({
                startTime: Math.floor(fromMs / 1000),
                endTime: Math.floor(toMs / 1000),
                subAccount: filter.subAccount,
                signatures: filter.signature === undefined ? undefined : [filter.signature],
                templateIds: filter.templateId === undefined ? undefined : [filter.templateId],
                mobile: filter.mobile,
                messageId: filter.messageId,
            }, { store, nowMs: clock.now() });
            return { ...stats, fromMs, toMs };
        },
        removeFault(id) {
            if (!faults.remove(id)) {
                throw new core/* SmsInputError */.E$(`No active fault has id ${id}.`, [{ field: 'id', message: 'no such fault' }], {
                    hint: 'GET /_sandbox/faults lists the active faults and their ids.',
                });
            }
        },
    };
}
function paging(query) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    if (!Number.isInteger(page) || page < 1)
        throw pagingError('page', 'must be a whole number from 1');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw pagingError('pageSize', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
    }
    return { page, pageSize };
}
function pagingError(field, message) {
    return new core/* SmsInputError */.E$(`Invalid ${field}: ${message}.`, [{ field, message }]);
}

;// CONCATENATED MODULE: ./src/sandbox/sandbox-admin.ts








function createSandboxAdmin(parts) {
    const { store, seed, faults, rateLimiter, clock, services } = parts;
    const world = createWorldAdmin(store, () => clock.now());
    const applications = createApplicationsAdmin(store, () => clock.now());
    // What is read is what the API would answer now: due --auto-review approvals are applied first.
    const settled = (read) => () => {
        services.settleReviews(clock.now());
        return read();
    };
    return {
        ...createInboxReads({ store, faults, clock }),
        ...world,
        ...applications,
        ...createBatchAdmin(services),
        ...createVerifyCodeAdmin(services, () => clock.now()),
        world: settled(world.world),
        applications: settled(applications.applications),
        messages(query = {}) {
            const mobile = query.mobile === undefined ? undefined : (normaliseMobile(query.mobile) ?? query.mobile.trim());
            const beforeSeq = query.before === undefined ? undefined : store.inbox.seqOf(query.before);
            if (query.before !== undefined && beforeSeq === undefined) {
                throw new core/* SmsInputError */.E$(`Invalid before: no message has id ${query.before}.`, [
                    { field: 'before', message: 'unknown message id' },
                ]);
            }
            const rows = store.inbox.newest({ mobile, beforeSeq, limit: query.limit ?? 100 });
            const now = clock.now();
            return rows.reverse().map((row) => toReceivedMessage(row, now));
        },
        reset() {
            services.reset();
            clock.offsetMs = 0;
            store.applySeed(seed, clock.now(), { clearMessages: true });
            faults.clear();
            rateLimiter.reset();
        },
        addFault: (fault) => faults.add(fault),
        listFaults: () => faults.list(),
        clearFaults: () => faults.clear(),
        getAccount: () => store.getAccount(),
        setAccount: (flags) => store.setAccount(flags),
        now: () => clock.now(),
        advanceClock(ms) {
            clock.offsetMs += ms;
            return clock.now();
        },
        setClock(epochMs) {
            clock.offsetMs += epochMs - clock.now();
            return clock.now();
        },
        health: () => ({
            status: 'ok',
            now: clock.now(),
            messages: store.queryMessages({}, { offset: 0, limit: 0 }).total,
            faults: faults.list().length,
        }),
    };
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./src/sandbox/batch-engine.ts







/**
 * Runs consented batch tasks (reference-v2 §2.9): 3 Consented (waiting for `sendTime` if scheduled, on the
 * sandbox clock) → 4 Preparing → 5 Sending → 6 Done. Each number becomes a send-log row with its receipt
 * (delivery.ts rules), so the send log and the stats count it. `ratePerSecond` numbers per second of real
 * time; 0 = as fast as it can, in transactions of ROWS_PER_TRANSACTION with the event loop free between
 * them. Progress (`sentCount`) is written with each transaction, so a restart on a file database resumes
 * where it stopped, and a cancel (DeleteBatchTask, 7) or kill (9) stops between two transactions.
 */
/**
 * 4,000 rows a transaction: the rows of one live across young-generation collections and are promoted, so
 * its size sets how far the old generation grows. bench/batch-engine.ts at 1,000,000 numbers: 10,000 →
 * peak RSS 272–300 MB, 4,000 → 258 MB at the same CPU per number, 1,000 → 226 MB but 25% more CPU.
 */
const ROWS_PER_TRANSACTION = 4_000;
/** How often a scheduled task looks at the (possibly injected) clock while it waits. */
const SCHEDULE_POLL_MS = 100;
/** A template's content cut at its placeholders once, so a million texts are joins, not regex replaces. */
function compileTemplate(content, variables) {
    const pieces = content.split(/\$\{([^}]+)\}/);
    const slots = pieces.map((piece, i) => (i % 2 === 1 ? variables.indexOf(piece.trim()) + 1 : -1));
    return (cells) => {
        let text = '';
        for (let i = 0; i < pieces.length; i++)
            text += i % 2 === 0 ? pieces[i] : (cells[slots[i]] ?? '');
        return text;
    };
}
class BatchEngine {
    #parts;
    #runs = new Map();
    constructor(parts) {
        this.#parts = parts;
    }
    /** Starts a task that was just consented (status 3). */
    start(taskId) {
        if (this.#runs.has(taskId))
            return;
        const abort = new AbortController();
        const done = this.#run(taskId, abort.signal).finally(() => this.#runs.delete(taskId));
        this.#runs.set(taskId, { abort, done });
    }
    /**
     * Gives a task its final status (7 Canceled, 8 Failed, 9 Killed) and stops its run: the run is waiting
     * between two transactions (this is single-threaded), and an aborted run writes nothing more.
     */
    stop(taskId, status) {
        this.#runs.get(taskId)?.abort.abort();
        this.#parts.tasks.setStatus(taskId, status, this.#parts.now());
        void (0,external_node_fs_promises_.rm)(this.#parts.uploads.taskFile(taskId), { force: true });
    }
    /** Picks up the tasks a previous run left in 3–5. */
    resume() {
        for (const taskId of this.#parts.tasks.inFlight())
            this.start(taskId);
    }
    /** Stops every run at once (reset); the aborted runs write nothing more. */
    abortAll() {
        for (const run of this.#runs.values())
            run.abort.abort();
    }
    /** Stops every run (the tasks keep their status, to be resumed on the next start). */
    async close() {
        const runs = [...this.#runs.values()];
        this.abortAll();
        await Promise.all(runs.map((run) => run.done));
    }
    async #run(taskId, signal) {
        const { tasks, now } = this.#parts;
        try {
            const task = tasks.find(taskId);
            if (!task)
                return;
            while (task.scheduled && now() < task.sendTime * 1000)
                await (0,promises_.setTimeout)(SCHEDULE_POLL_MS, undefined, { signal });
            if (task.status < 4)
                tasks.setStatus(taskId, 4, now());
            await (0,promises_.setImmediate)(undefined, { signal });
            if (task.status < 5)
                tasks.setStatus(taskId, 5, now());
            await this.#send(task, signal);
            tasks.setStatus(taskId, 6, now());
            await (0,external_node_fs_promises_.rm)(this.#parts.uploads.taskFile(taskId), { force: true });
        }
        catch (error) {
            if (signal.aborted)
                return;
            this.#parts.log?.(`sandbox batch task ${taskId} failed: ${error.message}`);
            tasks.setStatus(taskId, 8, now());
        }
    }
    async #send(task, signal) {
        const { store, tasks, now, ratePerSecond, receiptDelayMs, deliveryRules } = this.#parts;
        const template = store.findTemplate(task.templateId);
        if (!template)
            throw new Error(`template ${task.templateId} was removed before the task was sent`);
        const variables = [...template.content.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1].trim());
        const render = compileTemplate(template.content, [...new Set(variables)]);
        const prefix = `【${task.signature}】`;
        const requestId = `batch-${task.taskId}`;
        const lines = (0,external_node_readline_.createInterface)({
            input: (0,external_node_fs_.createReadStream)(this.#parts.uploads.taskFile(task.taskId), { highWaterMark: 1 << 20 }),
            crlfDelay: Infinity,
        });
        const started = performance.now();
        let sent = task.sentCount;
        let sentThisRun = 0;
        let skip = task.sentCount;
        let chunk = [];
        const flush = async () => {
            if (chunk.length === 0)
                return;
            const rows = chunk;
            chunk = [];
            sent += rows.length;
            sentThisRun += rows.length;
            const progress = sent;
            store.messages.insert(rows, () => tasks.setSent(task.taskId, progress));
            if (ratePerSecond === 0)
                return void (await (0,promises_.setImmediate)(undefined, { signal }));
            // Paced: wait until the rate allows the next row.
            const dueMs = (sentThisRun / ratePerSecond) * 1000 - (performance.now() - started);
            await (dueMs > 0 ? (0,promises_.setTimeout)(dueMs, undefined, { signal }) : (0,promises_.setImmediate)(undefined, { signal }));
        };
        const perTransaction = ratePerSecond === 0
            ? ROWS_PER_TRANSACTION
            : Math.max(1, Math.min(ROWS_PER_TRANSACTION, Math.ceil(ratePerSecond / 10)));
        try {
            for await (const line of lines) {
                if (signal.aborted)
                    throw signal.reason;
                if (line === '')
                    continue;
                if (skip > 0) {
                    skip -= 1;
                    continue;
                }
                const cells = JSON.parse(line);
                const mobile = cells[0];
                const content = render(cells);
                const sendTimeMs = now();
                chunk.push({
                    messageId: (0,external_node_crypto_.randomUUID)(),
                    api: 'batch',
                    requestId,
                    subAccount: task.subAccount,
                    signature: task.signature,
                    templateId: task.templateId,
                    channelType: task.channelType,
                    mobile,
                    content,
                    segments: segmentCount(prefix + content),
                    sendTimeMs,
                    ...planDelivery(mobile, deliveryRules, sendTimeMs, receiptDelayMs),
                });
                if (chunk.length >= perTransaction)
                    await flush();
            }
            await flush();
        }
        finally {
            lines.close();
        }
    }
}

;// CONCATENATED MODULE: ./src/sandbox/batch-tasks.ts
const COLUMNS = `task_id AS taskId, sub_account AS subAccount, task_name AS taskName, signature, template_id AS templateId,
  template_name AS templateName, channel_type AS channelType, scheduled, send_time AS sendTime, file_url AS fileUrl,
  status, total_count AS totalCount, valid_count AS validCount, invalid_count AS invalidCount, dup_count AS dupCount,
  sent_count AS sentCount, extra, created_ms AS createdMs, history`;
function toTask(row) {
    return {
        ...row,
        taskId: String(row.taskId),
        scheduled: row.scheduled === 1,
        extra: JSON.parse(String(row.extra)),
        history: JSON.parse(String(row.history)),
    };
}
class BatchTaskTable {
    #db;
    #insert;
    #find;
    #list;
    #setStatus;
    #setSent;
    #inFlight;
    constructor(db) {
        this.#db = db;
        db.exec(`CREATE TABLE IF NOT EXISTS batch_tasks (
      task_id INTEGER PRIMARY KEY, sub_account TEXT NOT NULL, task_name TEXT NOT NULL, signature TEXT NOT NULL,
      template_id TEXT NOT NULL, template_name TEXT NOT NULL, channel_type TEXT NOT NULL, scheduled INTEGER NOT NULL,
      send_time INTEGER NOT NULL, file_url TEXT NOT NULL, status INTEGER NOT NULL, total_count INTEGER NOT NULL,
      valid_count INTEGER NOT NULL, invalid_count INTEGER NOT NULL, dup_count INTEGER NOT NULL,
      sent_count INTEGER NOT NULL, extra TEXT NOT NULL, created_ms INTEGER NOT NULL, history TEXT NOT NULL)`);
        // Task ids count on from 90000, like the reference's examples; they are never reused.
        this.#insert = db.prepare(`INSERT INTO batch_tasks VALUES (
      (SELECT COALESCE(MAX(task_id), 90000) + 1 FROM batch_tasks), ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, 0, ?, ?, ?)
      RETURNING task_id AS taskId`);
        this.#find = db.prepare(`SELECT ${COLUMNS} FROM batch_tasks WHERE task_id = ?`);
        this.#list = db.prepare(`SELECT ${COLUMNS} FROM batch_tasks ORDER BY task_id DESC`);
        this.#setStatus = db.prepare(`UPDATE batch_tasks SET status = ?, history = json_insert(history, '$[#]', json_object('status', ?, 'at', ?))
       WHERE task_id = ?`);
        this.#setSent = db.prepare('UPDATE batch_tasks SET sent_count = ? WHERE task_id = ?');
        this.#inFlight = db.prepare('SELECT task_id AS taskId FROM batch_tasks WHERE status IN (3, 4, 5)');
    }
    /** Creates a task in status 2 (Valid): the file was checked before this is called. */
    create(task) {
        const row = this.#insert.get(task.subAccount, task.taskName, task.signature, task.templateId, task.templateName, task.channelType, task.scheduled ? 1 : 0, task.sendTime, task.fileUrl, task.totalCount, task.validCount, task.invalidCount, task.dupCount, JSON.stringify(task.extra), task.createdMs, JSON.stringify([{ status: 2, at: task.createdMs }]));
        return this.find(String(row.taskId));
    }
    find(taskId) {
        if (!/^\d{1,15}$/.test(taskId))
            return undefined;
        const row = this.#find.get(Number(taskId));
        return row && toTask(row);
    }
    /** Every task, newest first. */
    list() {
        return this.#list.all().map(toTask);
    }
    setStatus(taskId, status, atMs) {
        this.#setStatus.run(status, status, atMs, Number(taskId));
    }
    setSent(taskId, sentCount) {
        this.#setSent.run(sentCount, Number(taskId));
    }
    /** Tasks consented but not finished (to resume after a restart on a file database). */
    inFlight() {
        return this.#inFlight.all().map((row) => String(row.taskId));
    }
    clear() {
        this.#db.exec('DELETE FROM batch_tasks');
    }
}

;// CONCATENATED MODULE: ./src/sandbox/services.ts




function createServices(parts) {
    const { store } = parts;
    const autoReviewMs = parts.autoReviewSeconds === undefined ? undefined : parts.autoReviewSeconds * 1000;
    const uploads = new UploadArea(store.db, parts.dbPath);
    const tasks = new BatchTaskTable(store.db);
    const engine = new BatchEngine({
        store,
        tasks,
        uploads,
        now: parts.now,
        ratePerSecond: parts.batchRate,
        receiptDelayMs: parts.receiptDelayMs,
        deliveryRules: parts.deliveryRules,
        log: parts.log,
    });
    const verifyCodes = new VerifyCodeTable();
    return {
        autoReviewMs,
        uploads,
        tasks,
        engine,
        verifyCodes,
        settleReviews(nowMs) {
            if (autoReviewMs !== undefined)
                store.settleDueReviews(nowMs);
        },
        reset() {
            engine.abortAll();
            tasks.clear();
            verifyCodes.clear();
            uploads.clear(store.db);
        },
        async close() {
            await engine.close();
            uploads.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/sandbox/upload-http.ts






/**
 * The PUT of a presigned URL: checked before a byte is read, then streamed to a temporary file (never
 * buffered whole) and renamed into place once complete, so a half-written upload is never a file. Each
 * chunk also goes through the batch file check (batch-csv.ts), whose facts and rows land next to the
 * file before the 200, so SetBatchTask answers without reading the file again. TOS error answers are
 * JSON `{Code, Message}` with 403 (signature, expiry), 405, 413 or 404.
 */
async function receiveUpload(uploads, request, response, path, rawQuery, nowMs) {
    const refuse = (status, code, message) => {
        request.resume();
        writeJson(response, status, JSON.stringify({ Code: code, Message: message }), { Connection: 'close' });
        return undefined;
    };
    const tooLargeMessage = `A batch file holds at most ${MAX_UPLOAD_BYTES} bytes (50 MiB).`;
    if (request.method !== 'PUT')
        return refuse(405, 'MethodNotAllowed', 'Upload with PUT.');
    const check = uploads.check(path, rawQuery, nowMs);
    if (!check.ok)
        return refuse(check.status, check.code, check.message);
    const declared = Number(request.headers['content-length'] ?? NaN);
    if (declared > MAX_UPLOAD_BYTES)
        return refuse(413, 'EntityTooLarge', tooLargeMessage);
    const final = uploads.pathOf(check.key);
    const checked = uploads.checkedOf(check.key);
    const suffix = `.${process.pid}.${Date.now()}.part`;
    const partial = {
        file: `${final}${suffix}`,
        facts: `${checked.facts}${suffix}`,
        rows: `${checked.rows}${suffix}`,
    };
    const removePartials = () => Promise.all(Object.values(partial).map((p) => (0,external_node_fs_promises_.rm)(p, { force: true })));
    const file = (0,external_node_fs_.createWriteStream)(partial.file);
    // A write that fails (a full disk) or is cut short by a broken upload is this upload's error, never
    // an uncaught one: the stream's error is kept and thrown below.
    let writeError;
    file.on('error', (error) => (writeError ??= error));
    const rows = new UploadCheck(partial.rows);
    let size = 0;
    let tooLarge = false;
    try {
        for await (const chunk of request) {
            size += chunk.length;
            if (size > MAX_UPLOAD_BYTES) {
                tooLarge = true;
                break;
            }
            file.write(chunk);
            await rows.write(chunk);
            // Asked after the check's own wait, so a drain that came meanwhile is not waited for.
            if (file.writableNeedDrain)
                await (0,external_node_events_.once)(file, 'drain');
        }
        file.end();
        if (!file.closed)
            await (0,external_node_events_.once)(file, 'close');
        if (writeError)
            throw writeError;
        if (!tooLarge)
            await (0,external_node_fs_promises_.writeFile)(partial.facts, JSON.stringify(await rows.end()));
    }
    catch (error) {
        file.destroy();
        rows.destroy();
        await removePartials();
        if (!response.headersSent)
            response.destroy(error);
        return undefined;
    }
    if (tooLarge) {
        rows.destroy();
        await removePartials();
        return refuse(413, 'EntityTooLarge', tooLargeMessage);
    }
    // The facts first and the file last: a file in place always has its facts.
    await (0,external_node_fs_promises_.rename)(partial.rows, checked.rows);
    await (0,external_node_fs_promises_.rename)(partial.facts, checked.facts);
    await (0,external_node_fs_promises_.rename)(partial.file, final);
    response.writeHead(200, { 'Content-Length': 0, 'x-tos-request-id': `sandbox-${Date.now().toString(16)}` });
    response.end();
    return { key: check.key, size };
}

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
;// CONCATENATED MODULE: ./src/sandbox/store-tables.ts
/** Configuration tables of older sandbox versions lacked `extra`; they are rebuilt from the seed anyway. */
const CONFIG_TABLES = ['sub_accounts', 'signatures', 'templates'];
const SCHEMA = `
CREATE TABLE IF NOT EXISTS sub_accounts (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL, channel_types TEXT NOT NULL, created_at INTEGER NOT NULL,
  extra TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS signatures (
  text TEXT PRIMARY KEY, status INTEGER NOT NULL, source TEXT NOT NULL, sub_accounts TEXT NOT NULL, created_at INTEGER NOT NULL,
  extra TEXT NOT NULL, review_due_ms INTEGER);
CREATE TABLE IF NOT EXISTS templates (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, channel_type TEXT NOT NULL, content TEXT NOT NULL, status INTEGER NOT NULL,
  signatures TEXT NOT NULL, sub_accounts TEXT NOT NULL, created_at INTEGER NOT NULL, extra TEXT NOT NULL,
  review_due_ms INTEGER);
CREATE TABLE IF NOT EXISTS qualifications (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS account (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY,
  message_id TEXT NOT NULL UNIQUE, api TEXT NOT NULL, request_id TEXT NOT NULL,
  sub_account TEXT NOT NULL, signature TEXT NOT NULL, template_id TEXT NOT NULL, channel_type TEXT NOT NULL,
  mobile TEXT NOT NULL, content TEXT NOT NULL, segments INTEGER NOT NULL,
  send_time_ms INTEGER NOT NULL, receipt_due_ms INTEGER, outcome TEXT NOT NULL,
  error_code TEXT NOT NULL, error_message TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS messages_by_time ON messages (send_time_ms);
-- By number: the inbox's (mobile, seq) index serves it; the single-column one cost every insert.
DROP INDEX IF EXISTS messages_by_mobile;
`;
const MESSAGE_COLUMNS = `message_id AS messageId, api, request_id AS requestId, sub_account AS subAccount,
  signature, template_id AS templateId, channel_type AS channelType, mobile, content, segments,
  send_time_ms AS sendTimeMs, receipt_due_ms AS receiptDueMs, outcome, error_code AS errorCode,
  error_message AS errorMessage`;
function whereClause(filter) {
    const clauses = [];
    const params = [];
    const add = (sql, value) => {
        if (value === undefined)
            return;
        clauses.push(sql);
        params.push(value);
    };
    add('sub_account = ?', filter.subAccount);
    add('send_time_ms >= ?', filter.fromMs);
    add('send_time_ms <= ?', filter.toMs);
    add('mobile = ?', filter.mobile);
    add('template_id = ?', filter.templateId);
    add('signature = ?', filter.signature);
    add('message_id = ?', filter.messageId);
    add('channel_type = ?', filter.channelType);
    return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
const parseList = (value) => JSON.parse(String(value));
const parseObject = (value) => value === null || value === undefined ? {} : JSON.parse(String(value));
function toSubAccount(row) {
    return {
        id: String(row.id),
        name: String(row.name),
        status: row.status,
        channelTypes: parseList(row.channelTypes ?? '[]'),
        createdAt: Number(row.createdAt),
        industries: parseObject(row.extra).industries ?? [],
    };
}
function toSignature(row) {
    return {
        text: String(row.text),
        status: Number(row.status),
        source: String(row.source),
        subAccounts: parseList(row.subAccounts ?? '[]'),
        createdAt: Number(row.createdAt),
        extra: parseObject(row.extra),
        reviewDueMs: row.reviewDueMs === null || row.reviewDueMs === undefined ? null : Number(row.reviewDueMs),
    };
}
function toTemplate(row) {
    return {
        id: String(row.id),
        name: String(row.name),
        channelType: String(row.channelType),
        content: String(row.content),
        status: Number(row.status),
        signatures: parseList(row.signatures ?? '[]'),
        subAccounts: parseList(row.subAccounts ?? '[]'),
        createdAt: Number(row.createdAt),
        extra: parseObject(row.extra),
        reviewDueMs: row.reviewDueMs === null || row.reviewDueMs === undefined ? null : Number(row.reviewDueMs),
    };
}
/** Column lists of the configuration reads, shared by the point and list statements. */
const GROUP_COLUMNS = 'id, name, status, channel_types AS channelTypes, created_at AS createdAt, extra';
const SIGNATURE_COLUMNS = 'text, status, source, sub_accounts AS subAccounts, created_at AS createdAt, extra, review_due_ms AS reviewDueMs';
const TEMPLATE_COLUMNS = `id, name, channel_type AS channelType, content, status, signatures,
  sub_accounts AS subAccounts, created_at AS createdAt, extra, review_due_ms AS reviewDueMs`;

;// CONCATENATED MODULE: ./src/sandbox/inbox/inbox-store.ts

/**
 * The inbox's reads over the sandbox's SQLite store: the phones that received something, a phone's
 * messages, and the cursors the event stream follows. Every read is one indexed page, never a scan of
 * the whole log, so the page answers as fast with 100,000 messages as with ten.
 *
 * The phone list is kept by triggers in a `phones` table (count and last message per number): grouping
 * the whole log by number on every request would grow with the log.
 */
const INBOX_SCHEMA = `
CREATE TABLE IF NOT EXISTS phones (mobile TEXT PRIMARY KEY, count INTEGER NOT NULL, last_seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS phones_by_last ON phones (last_seq);
CREATE INDEX IF NOT EXISTS messages_by_receipt ON messages (receipt_due_ms);
CREATE INDEX IF NOT EXISTS messages_by_mobile_seq ON messages (mobile, seq);
CREATE TRIGGER IF NOT EXISTS phones_on_insert AFTER INSERT ON messages BEGIN
  INSERT INTO phones (mobile, count, last_seq) VALUES (new.mobile, 1, new.seq)
    ON CONFLICT (mobile) DO UPDATE SET count = count + 1, last_seq = max(last_seq, excluded.last_seq);
END;
CREATE TRIGGER IF NOT EXISTS phones_on_delete AFTER DELETE ON messages BEGIN
  UPDATE phones SET count = count - 1 WHERE mobile = old.mobile;
  DELETE FROM phones WHERE mobile = old.mobile AND count <= 0;
END;
`;
const inbox_store_COLUMNS = `seq, ${MESSAGE_COLUMNS}`;
class InboxStore {
    #phones;
    #phoneCount;
    #ofPhone;
    #ofPhoneBefore;
    #newest;
    #newestBefore;
    #after;
    #receiptsDue;
    #seqOf;
    #maxSeq;
    #idAt;
    constructor(db) {
        db.exec(INBOX_SCHEMA);
        // A database file written before the phones table existed: fill it once from the log.
        const counted = db.prepare('SELECT (SELECT COUNT(*) FROM phones) AS phones, (SELECT MAX(seq) FROM messages) AS last');
        const { phones, last } = counted.get();
        if (phones === 0 && last !== null) {
            db.exec('INSERT INTO phones SELECT mobile, COUNT(*), MAX(seq) FROM messages GROUP BY mobile');
        }
        // CROSS JOIN keeps SQLite's join order: the page of phones first, then one rowid lookup each
        // (left to itself it scans the whole log against the page).
        this.#phones = db.prepare(`SELECT phoneCount, ${inbox_store_COLUMNS} FROM
       (SELECT last_seq, count AS phoneCount FROM phones ORDER BY last_seq DESC LIMIT ? OFFSET ?)
       CROSS JOIN messages ON seq = last_seq ORDER BY last_seq DESC`);
        this.#phoneCount = db.prepare('SELECT COUNT(*) AS n FROM phones');
        this.#ofPhone = db.prepare(`SELECT ${inbox_store_COLUMNS} FROM messages WHERE mobile = ? ORDER BY seq DESC LIMIT ?`);
        this.#ofPhoneBefore = db.prepare(`SELECT ${inbox_store_COLUMNS} FROM messages WHERE mobile = ? AND seq < ? ORDER BY seq DESC LIMIT ?`);
        this.#newest = db.prepare(`SELECT ${inbox_store_COLUMNS} FROM messages ORDER BY seq DESC LIMIT ?`);
        this.#newestBefore = db.prepare(`SELECT ${inbox_store_COLUMNS} FROM messages WHERE seq < ? ORDER BY seq DESC LIMIT ?`);
        this.#after = db.prepare(`SELECT ${inbox_store_COLUMNS} FROM messages WHERE seq > ? ORDER BY seq LIMIT ?`);
        this.#receiptsDue = db.prepare(`SELECT ${inbox_store_COLUMNS} FROM messages WHERE receipt_due_ms > ? AND receipt_due_ms <= ?
       ORDER BY receipt_due_ms, seq LIMIT ?`);
        this.#seqOf = db.prepare('SELECT seq FROM messages WHERE message_id = ?');
        this.#maxSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM messages');
        this.#idAt = db.prepare('SELECT message_id AS messageId FROM messages WHERE seq = ?');
    }
    /** One page of the phones that received something, the most recent first. */
    phones(page) {
        const total = this.#phoneCount.get().n;
        const rows = this.#phones.all(page.limit, page.offset);
        return {
            total,
            rows: rows.map(({ phoneCount, ...last }) => ({ mobile: last.mobile, count: phoneCount, last })),
        };
    }
    /** The newest `limit` messages (of one number, if given) that arrived before `beforeSeq`; newest first. */
    newest(query) {
        const { mobile, beforeSeq, limit } = query;
        const rows = mobile === undefined
            ? beforeSeq === undefined
                ? this.#newest.all(limit)
                : this.#newestBefore.all(beforeSeq, limit)
            : beforeSeq === undefined
                ? this.#ofPhone.all(mobile, limit)
                : this.#ofPhoneBefore.all(mobile, beforeSeq, limit);
        return rows;
    }
    /** Messages that arrived after `seq`, in arrival order (the stream's cursor). */
    after(seq, limit) {
        return this.#after.all(seq, limit);
    }
    /** Messages whose receipt became due in (fromMs, toMs], in that order. */
    receiptsDue(fromMs, toMs, limit) {
        return this.#receiptsDue.all(fromMs, toMs, limit);
    }
    seqOf(messageId) {
        return this.#seqOf.get(messageId)?.seq;
    }
    /** The last arrival's seq (0 when the log is empty). */
    lastSeq() {
        return this.#maxSeq.get().seq;
    }
    /** The message id at a seq: after a reset the log starts again at 1, so a cursor's id no longer matches. */
    idAt(seq) {
        return this.#idAt.get(seq)?.messageId;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/message-log.ts

const message_log_COLUMNS = `message_id, api, request_id, sub_account, signature, template_id, channel_type, mobile,
  content, segments, send_time_ms, receipt_due_ms, outcome, error_code, error_message`;
const PLACEHOLDERS = `(${Array.from({ length: 15 }, () => '?').join(', ')})`;
/**
 * Rows per INSERT statement for large writes (batch tasks): one call into SQLite binds 64 rows, so the
 * per-call cost is paid once per 64 rows rather than per row (15 × 64 = 960 parameters, well under
 * SQLite's limit of 32,766).
 */
const ROWS_PER_STATEMENT = 64;
/** Writes one row's 15 values into `into` from `at`; returns the next position. */
function putRow(into, at, m) {
    into[at] = m.messageId;
    into[at + 1] = m.api;
    into[at + 2] = m.requestId;
    into[at + 3] = m.subAccount;
    into[at + 4] = m.signature;
    into[at + 5] = m.templateId;
    into[at + 6] = m.channelType;
    into[at + 7] = m.mobile;
    into[at + 8] = m.content;
    into[at + 9] = m.segments;
    into[at + 10] = m.sendTimeMs;
    into[at + 11] = m.receiptDueMs;
    into[at + 12] = m.outcome;
    into[at + 13] = m.errorCode;
    into[at + 14] = m.errorMessage;
    return at + 15;
}
/** The messages table: every accepted message, written in transactions, read page by page or whole. */
class MessageLog {
    #db;
    #insertOne;
    #insertMany;
    #values = new Array(15 * ROWS_PER_STATEMENT).fill(null);
    constructor(db) {
        this.#db = db;
        this.#insertOne = db.prepare(`INSERT INTO messages (${message_log_COLUMNS}) VALUES ${PLACEHOLDERS}`);
        this.#insertMany = db.prepare(`INSERT INTO messages (${message_log_COLUMNS}) VALUES ${Array.from({ length: ROWS_PER_STATEMENT }, () => PLACEHOLDERS).join(', ')}`);
    }
    /**
     * Records all messages of one accepted request atomically: they are all kept or none is. `alongside`
     * runs in the same transaction (a batch task's progress is written with its rows).
     */
    insert(messages, alongside) {
        const insertAll = () => {
            // One values array, refilled for each statement: a million rows leave no arrays behind.
            const values = this.#values;
            let next = 0;
            for (; next + ROWS_PER_STATEMENT <= messages.length; next += ROWS_PER_STATEMENT) {
                let at = 0;
                for (let row = next; row < next + ROWS_PER_STATEMENT; row++)
                    at = putRow(values, at, messages[row]);
                this.#insertMany.run(...values);
            }
            for (; next < messages.length; next++) {
                putRow(values, 0, messages[next]);
                this.#insertOne.run(...values.slice(0, 15));
            }
        };
        if (messages.length === 1 && !alongside)
            insertAll();
        else
            inTransaction(this.#db, () => {
                insertAll();
                alongside?.();
            });
    }
    /** Messages matching the filter, newest first, one page of them, and how many match in all. */
    query(filter, page) {
        const { where, params } = whereClause(filter);
        const total = this.#db.prepare(`SELECT COUNT(*) AS n FROM messages ${where}`).get(...params).n;
        const rows = this.#db
            .prepare(`SELECT ${MESSAGE_COLUMNS} FROM messages ${where} ORDER BY send_time_ms DESC, seq DESC LIMIT ? OFFSET ?`)
            .all(...params, page.limit, page.offset);
        return { total, rows };
    }
    /** Every matching message, oldest first (stats and the admin view). */
    all(filter) {
        const { where, params } = whereClause(filter);
        return this.#db
            .prepare(`SELECT ${MESSAGE_COLUMNS} FROM messages ${where} ORDER BY send_time_ms, seq`)
            .all(...params);
    }
}
/** Runs `work` in one transaction: all of its writes are kept, or none is. */
function inTransaction(db, work) {
    db.exec('BEGIN');
    try {
        work();
        db.exec('COMMIT');
    }
    catch (error) {
        db.exec('ROLLBACK');
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/store.ts





/**
 * The sandbox's state in SQLite (node:sqlite, no native addon): the seeded configuration (message
 * groups, signatures, templates, account flags) and every accepted message. In memory unless a file is
 * given. Delivery status is NOT stored as it changes: a message keeps its planned outcome and the time
 * its receipt is due, and readers derive the status from the clock (see delivery.ts), so an injected
 * clock works and no timers exist.
 */
/** An insert that updates in place on a key conflict, so a record keeps its position (rowid) in lists. */
class SandboxStore {
    /** Shared with the tables of the batch engine, uploads and verification codes (one file, one connection). */
    db;
    /** Every accepted message (sends and batch tasks alike): the send log and the stats read it. */
    messages;
    #db;
    /** Each upserted table's columns, in order, from its DDL. */
    #columns = new Map();
    #findSubAccount;
    #findSignature;
    #findTemplate;
    #setAccountFlag;
    #getAccountFlags;
    /** The inbox page's paged reads (phones, a phone's messages, the event stream's cursors). */
    inbox;
    // Parsed configuration rows and account flags, read on every send. They change only through
    // applySeed/setAccount in this process, which clear the memo, so SQLite stays the source of truth.
    #memo = new Map();
    constructor(dbPath) {
        this.#db = new external_node_sqlite_.DatabaseSync(dbPath ?? ':memory:');
        this.db = this.#db;
        // A file database survives restarts; an in-memory one needs no durability at all.
        this.#db.exec(dbPath
            ? 'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;'
            : 'PRAGMA synchronous = OFF;');
        this.#dropOutdatedConfigTables();
        this.#db.exec(SCHEMA);
        this.inbox = new InboxStore(this.#db);
        this.messages = new MessageLog(this.#db);
        this.#findSubAccount = this.#db.prepare(`SELECT ${GROUP_COLUMNS} FROM sub_accounts WHERE id = ?`);
        this.#findSignature = this.#db.prepare(`SELECT ${SIGNATURE_COLUMNS} FROM signatures WHERE text = ?`);
        this.#findTemplate = this.#db.prepare(`SELECT ${TEMPLATE_COLUMNS} FROM templates WHERE id = ?`);
        this.#getAccountFlags = this.#db.prepare('SELECT key, value FROM account');
        this.#setAccountFlag = this.#db.prepare('INSERT INTO account (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    }
    /** Replaces the configuration and account flags with the seed's; messages are kept unless asked. */
    applySeed(seed, nowMs, options) {
        const createdAt = Math.floor(nowMs / 1000);
        this.#memo.clear();
        inTransaction(this.#db, () => {
            this.#db.exec('DELETE FROM sub_accounts; DELETE FROM signatures; DELETE FROM templates; DELETE FROM qualifications;');
            if (options.clearMessages)
                this.#db.exec('DELETE FROM messages;');
            for (const g of seed.subAccounts)
                this.putSubAccount(seededGroup(g, createdAt));
            for (const s of seed.signatures)
                this.putSignature(seededSignature(s, createdAt));
            for (const t of seed.templates)
                this.putTemplate(seededTemplate(t, createdAt));
            for (const q of seed.qualifications)
                this.putQualification(seededQualification(q));
            this.setAccount(seed.account);
        });
    }
    /** Adds or replaces a message group (seed, admin API). */
    putSubAccount({ industries, ...g }) {
        this.#upsert('sub_accounts', 'id', { ...g, extra: { industries } });
    }
    /** Adds or replaces a signature (seed, admin API, applications and their review). */
    putSignature(s) {
        this.#upsert('signatures', 'text', s);
    }
    putTemplate(t) {
        this.#upsert('templates', 'id', t);
    }
    /**
     * Inserts a row, or replaces the one with the same `key`. Each column of the table (its DDL in
     * store-tables.ts is the one list) takes the row's property of the same name in camelCase (`created_at`
     * from `createdAt`), arrays and objects as JSON.
     */
    #upsert(table, key, row) {
        this.#memo.clear();
        let columns = this.#columns.get(table);
        if (!columns) {
            const info = this.#db.prepare(`PRAGMA table_info(${table})`).all();
            columns = info.map((column) => column.name);
            this.#columns.set(table, columns);
        }
        const values = columns.map((column) => {
            const property = column.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());
            const value = row[property];
            if (value === undefined)
                throw new Error(`${table}.${column}: the row has no ${property}`);
            return typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
        });
        const updates = columns.filter((c) => c !== key).map((c) => `${c} = excluded.${c}`);
        this.#db
            .prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}`)
            .run(...values);
    }
    putQualification(q) {
        this.#db.prepare('INSERT OR REPLACE INTO qualifications VALUES (?, ?)').run(q.id, JSON.stringify(q));
    }
    /** Removes one configuration record; false when there was none. */
    remove(kind, key) {
        this.#memo.clear();
        const sql = {
            subAccount: 'DELETE FROM sub_accounts WHERE id = ?',
            signature: 'DELETE FROM signatures WHERE text = ?',
            template: 'DELETE FROM templates WHERE id = ?',
            qualification: 'DELETE FROM qualifications WHERE id = ?',
        }[kind];
        return Number(this.#db.prepare(sql).run(key).changes) > 0;
    }
    listQualifications() {
        const rows = this.#db.prepare('SELECT data FROM qualifications ORDER BY id').all();
        return rows.map((row) => JSON.parse(row.data));
    }
    /** Approves the applications whose --auto-review time has come; how many changed. */
    settleDueReviews(nowMs) {
        let changed = 0;
        for (const table of ['signatures', 'templates']) {
            changed += Number(this.#db
                .prepare(`UPDATE ${table} SET status = 3, review_due_ms = NULL WHERE review_due_ms IS NOT NULL AND review_due_ms <= ?`)
                .run(nowMs).changes);
        }
        if (changed > 0)
            this.#memo.clear();
        return changed;
    }
    getAccount() {
        return this.#remember('account', () => this.#readAccount());
    }
    #readAccount() {
        const rows = this.#getAccountFlags.all();
        const flags = new Map(rows.map((r) => [r.key, r.value === 1]));
        return { activated: flags.get('activated') ?? true, inArrears: flags.get('inArrears') ?? false };
    }
    setAccount(flags) {
        this.#memo.delete('account');
        if (flags.activated !== undefined)
            this.#setAccountFlag.run('activated', flags.activated ? 1 : 0);
        if (flags.inArrears !== undefined)
            this.#setAccountFlag.run('inArrears', flags.inArrears ? 1 : 0);
        return this.getAccount();
    }
    findSubAccount(id) {
        return this.#remember(`group:${id}`, () => {
            const row = this.#findSubAccount.get(id);
            return row && toSubAccount(row);
        });
    }
    findSignature(text) {
        return this.#remember(`signature:${text}`, () => {
            const row = this.#findSignature.get(text);
            return row && toSignature(row);
        });
    }
    findTemplate(id) {
        return this.#remember(`template:${id}`, () => {
            const row = this.#findTemplate.get(id);
            return row && toTemplate(row);
        });
    }
    /** Memoises a read; misses are remembered too (a typo'd id is as common as a right one). */
    #remember(key, read) {
        if (this.#memo.has(key))
            return this.#memo.get(key);
        // Bounded: ids come from callers, and a flood of distinct wrong ones must not grow memory.
        if (this.#memo.size >= 10_000)
            this.#memo.clear();
        const value = read();
        this.#memo.set(key, value);
        return value;
    }
    listSubAccounts() {
        const rows = this.#db.prepare(`SELECT ${GROUP_COLUMNS} FROM sub_accounts ORDER BY id`).all();
        return rows.map(toSubAccount);
    }
    listSignatures() {
        const rows = this.#db
            .prepare(`SELECT ${SIGNATURE_COLUMNS} FROM signatures ORDER BY rowid`)
            .all();
        return rows.map(toSignature);
    }
    listTemplates() {
        const rows = this.#db.prepare(`SELECT ${TEMPLATE_COLUMNS} FROM templates ORDER BY id`).all();
        return rows.map(toTemplate);
    }
    /** Records all messages of one accepted request atomically: they are all kept or none is. */
    insertMessages(messages) {
        this.messages.insert(messages);
    }
    /** Messages matching the filter, newest first, one page of them, and how many match in all. */
    queryMessages(filter, page) {
        return this.messages.query(filter, page);
    }
    /** Every matching message, oldest first (stats and the admin view). */
    allMessages(filter) {
        return this.messages.all(filter);
    }
    close() {
        if (this.#db.isOpen)
            this.#db.close();
    }
    #dropOutdatedConfigTables() {
        const columns = this.#db.prepare("SELECT name FROM pragma_table_info('signatures')").all();
        if (columns.length > 0 && !columns.some((c) => c.name === 'extra')) {
            for (const table of CONFIG_TABLES)
                this.#db.exec(`DROP TABLE IF EXISTS ${table}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/sandbox/server.ts






















/**
 * Starts the emulator: a node:http server over a SQLite store. Resolves once it listens; a bad seed or
 * a busy port rejects (SmsConfigError / the listen error) before anything is served.
 */
async function startSandbox(options = {}) {
    const seed = resolveSeed(options.seed);
    const baseClock = options.clock ?? Date.now;
    const clock = { offsetMs: 0, now: () => baseClock() + clock.offsetMs };
    const credentials = {
        accessKeyId: options.accessKeyId ?? SANDBOX_CREDENTIALS.accessKeyId,
        secretAccessKey: options.secretAccessKey ?? SANDBOX_CREDENTIALS.secretAccessKey,
        apiKey: options.apiKey ?? SANDBOX_CREDENTIALS.apiKey,
    };
    const receiptDelayMs = options.receiptDelayMs ?? DEFAULTS.receiptDelayMs;
    const skewSeconds = options.skewSeconds ?? DEFAULTS.skewSeconds;
    const log = options.log;
    // A long-lived server: the request schemas are loaded once, up front.
    const schemas = await (0,core/* loadWireSchemas */.gD)();
    const store = new SandboxStore(options.dbPath);
    // The seed is the source of truth for configuration; recorded messages survive a restart on a file.
    store.applySeed(seed, clock.now(), { clearMessages: false });
    const faults = new FaultRegistry();
    for (const fault of options.faults ?? [])
        faults.add(fault);
    const rateLimiter = new RateLimiter(options.rateLimitQps ?? DEFAULTS.rateLimitQps);
    const services = createServices({
        store,
        dbPath: options.dbPath,
        now: () => clock.now(),
        autoReviewSeconds: options.autoReviewSeconds,
        batchRate: options.batchRate ?? DEFAULTS.batchRate,
        receiptDelayMs,
        deliveryRules: seed.delivery.rules,
        log,
    });
    const admin = createSandboxAdmin({ store, seed, faults, rateLimiter, clock, services });
    // What the inbox page shows besides messages, re-read each tick while a page listens.
    const events = new InboxEvents(store, clock, [
        { event: 'faults', read: () => admin.listFaults(), version: () => faults.version },
        { event: 'applications', read: () => admin.applications() },
        { event: 'world', read: () => admin.world() },
        // Progress is written with each engine transaction: a sending task changes at most every tick.
        { event: 'batch-tasks', read: () => ({ tasks: admin.batchTasks() }) },
    ]);
    const closing = new AbortController();
    async function answerApi(request, response, path, rawQuery, body) {
        const started = performance.now();
        const query = parseQuery(rawQuery);
        const action = firstValue(query, 'Action') ?? '';
        const version = firstValue(query, 'Version') ?? '';
        const nowMs = clock.now();
        const meta = { requestId: newRequestId(nowMs), action, version };
        let fault;
        let answer;
        try {
            if (!action || !version) {
                throw new GatewayError('MissingParameter', `The request must contain the parameter ${action ? 'Version' : 'Action'}.`);
            }
            const definition = findAction(action, version);
            if (!definition) {
                throw new GatewayError('InvalidActionOrVersion', `Could not find operation ${action} for version ${version}.`);
            }
            // Before anything else: a wrong method must never be recorded or sent (a GET SendSmsForAgent was).
            if (definition.method && request.method !== definition.method) {
                throw new GatewayError('MethodNotAllowed', `${action} (${version}) must be called with ${definition.method}, not ${request.method}.`, { headers: { Allow: definition.method } });
            }
            const principal = authenticate({ method: request.method ?? 'GET', path, query, headers: request.headers, body }, credentials, nowMs, skewSeconds);
            const waitMs = rateLimiter.take(principal.key);
            if (waitMs > 0)
                throw flowLimitExceeded(Math.ceil(waitMs / 1000));
            const decision = faults.decide(action);
            if (decision.latencyMs > 0)
                await (0,promises_.setTimeout)(decision.latencyMs, undefined, { signal: closing.signal });
            fault = decision.fault;
            if (fault?.kind === 'drop-before') {
                request.socket.destroy();
                log?.(logLine(request, action, 'dropped', 'fault:drop-before', started));
                return;
            }
            if (fault?.kind === 'status')
                throw gatewayErrorForStatus(fault.status ?? 500);
            if (fault?.kind === 'throttle')
                throw flowLimitExceeded(fault.retryAfterSeconds ?? 1);
            if (fault?.kind === 'error')
                throw new InjectedError(fault);
            const params = readParams(query, body, definition.shape);
            services.settleReviews(nowMs);
            const result = await definition.handle(params, {
                store,
                nowMs,
                requestId: meta.requestId,
                receiptDelayMs,
                deliveryRules: seed.delivery.rules,
                schemas,
                services,
                publicUrl: `http://${request.headers.host ?? `${options.host ?? DEFAULTS.host}:${options.port}`}`,
            });
            answer =
                result instanceof RawAnswer
                    ? {
                        status: 200,
                        body: result.body,
                        headers: result.headers,
                        code: 'OK',
                        contentType: result.contentType,
                    }
                    : { status: 200, body: successEnvelope(meta, result), headers: {}, code: 'OK' };
        }
        catch (error) {
            // Closing aborts injected latency; those requests just end with their connection.
            if (closing.signal.aborted)
                return;
            answer = errorAnswer(meta, error, log);
        }
        if (closing.signal.aborted)
            return;
        // Processed (a send is recorded, or refused on its merits); the client hears the injected error.
        if (fault?.kind === 'error-after')
            answer = errorAnswer(meta, new InjectedError(fault), log);
        sendAnswer(request, response, answer, fault);
        log?.(logLine(request, action, answer.status, fault ? `${answer.code} fault:${fault.kind}` : answer.code, started));
    }
    const server = (0,external_node_http_.createServer)({ keepAliveTimeout: 5000 }, (request, response) => {
        // Uploads are streamed to disk: their body is never gathered here.
        if (request.url?.startsWith(UPLOAD_PATH_PREFIX)) {
            const [path = '', rawQuery = ''] = request.url.split('?', 2);
            receiveUpload(services.uploads, request, response, path, rawQuery, clock.now())
                .then((done) => {
                if (done)
                    services.uploads.recordUpload(done.key, done.size, clock.now());
                log?.(`PUT upload ${response.statusCode} ${done ? `${done.size} bytes` : 'refused'}`);
            })
                .catch((error) => log?.(`sandbox upload error: ${error.message}`));
            return;
        }
        const chunks = [];
        let size = 0;
        request.on('data', (chunk) => {
            size += chunk.length;
            if (size <= DEFAULTS.maxBodyBytes)
                chunks.push(chunk);
        });
        request.on('end', () => {
            const url = request.url ?? '/';
            const queryAt = url.indexOf('?');
            const path = queryAt === -1 ? url : url.slice(0, queryAt);
            const rawQuery = queryAt === -1 ? '' : url.slice(queryAt + 1);
            const body = Buffer.concat(chunks);
            const method = request.method ?? 'GET';
            if (serveInbox(method, path, rawQuery, request.headers, response, events))
                return;
            if (path.startsWith('/_sandbox/') || path === '/_sandbox') {
                const answer = handleAdminRequest(admin, method, path, parseQuery(rawQuery), body);
                writeJson(response, answer.status, JSON.stringify(answer.body, null, 2), {});
                return;
            }
            if (size > DEFAULTS.maxBodyBytes) {
                const meta = { requestId: newRequestId(clock.now()), action: '', version: '' };
                const error = new GatewayError('RequestEntityTooLarge', `The body is larger than ${DEFAULTS.maxBodyBytes} bytes.`);
                writeJson(response, error.status, errorEnvelope(meta, error), {});
                return;
            }
            answerApi(request, response, path, rawQuery, body).catch((error) => {
                if (closing.signal.aborted)
                    return;
                log?.(`sandbox internal error: ${error.message}`);
                if (!response.headersSent)
                    writeJson(response, 500, '{}', {});
            });
        });
    });
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(options.port ?? DEFAULTS.port, options.host ?? DEFAULTS.host, () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (error) {
        // A busy port must not leave the database open (a file database would stay locked).
        await services.close();
        store.close();
        throw error;
    }
    // Tasks a previous run left sending go on (a file database keeps them).
    services.engine.resume();
    const address = server.address();
    const host = address.address.includes(':') ? `[${address.address}]` : address.address;
    let closed;
    return {
        url: `http://${host}:${address.port}`,
        port: address.port,
        host: address.address,
        credentials,
        admin,
        close() {
            closed ??= new Promise((resolve) => {
                closing.abort();
                events.close();
                server.close(() => {
                    services
                        .close()
                        .catch((error) => log?.(`sandbox close: ${error.message}`))
                        .finally(() => {
                        store.close();
                        resolve();
                    });
                });
                server.closeAllConnections();
            });
            return closed;
        },
    };
}

;// CONCATENATED MODULE: ./src/sandbox/describe.ts
/**
 * What `volc-sms sandbox` prints at start: where it listens, the credentials it accepts (sandbox-only
 * values that open nothing real), the exports to paste into another shell, and where the inbox page is.
 */
function describeSandbox(sandbox) {
    const { url, credentials } = sandbox;
    return [
        `Volcengine SMS sandbox listening on ${url}`,
        '',
        'Accepted credentials (sandbox only):',
        `  AK/SK signing:  access key ${credentials.accessKeyId}, secret key ${credentials.secretAccessKey}`,
        `  Gateway mode:   Authorization: Bearer ${credentials.apiKey} (with header ServiceName: volcSMS)`,
        '',
        'Point the CLI at it (AK/SK mode):',
        `  export VOLC_SMS_ENDPOINT=${url}`,
        `  export VOLCENGINE_ACCESS_KEY=${credentials.accessKeyId}`,
        `  export VOLCENGINE_SECRET_KEY=${credentials.secretAccessKey}`,
        'or (gateway mode, like the agent skill):',
        `  export ARK_SKILL_API_BASE=${url}`,
        `  export ARK_SKILL_API_KEY=${credentials.apiKey}`,
        '',
        `Seeded message groups 7384ed01 (Ops alerts) and 77da1acf (Marketing); templates ST_0001..ST_0004.`,
        `Inbox, what every phone received (live, in a browser): ${url}/`,
        `Admin API: ${url}/_sandbox/…  (docs/sandbox.md lists its routes and the faults)`,
    ];
}

;// CONCATENATED MODULE: ./src/sandbox/index.ts
// The sandbox's public surface: the CLI (`volc-sms sandbox`), tests and the demo start it from here.







/***/ })

};
