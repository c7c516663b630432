export const id = 952;
export const ids = [952];
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

/***/ 59952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ApiErrorObjectSchema: () => (/* reexport */ ApiErrorObjectSchema),
  ApplySmsSignatureV2BodySchema: () => (/* reexport */ ApplySmsSignatureV2BodySchema),
  ApplySmsTemplateV2BodySchema: () => (/* reexport */ ApplySmsTemplateV2BodySchema),
  BatchTaskCreatedSchema: () => (/* reexport */ BatchTaskCreatedSchema),
  BatchTaskListSchema: () => (/* reexport */ BatchTaskListSchema),
  BatchTaskSchema: () => (/* reexport */ BatchTaskSchema),
  ChannelTypeSchema: () => (/* reexport */ ChannelTypeSchema),
  CheckSmsVerifyCodeInputSchema: () => (/* reexport */ CheckSmsVerifyCodeInputSchema),
  ClassicSendDetailsSchema: () => (/* reexport */ classic/* ClassicSendDetailsSchema */.CH),
  ClassicSendResultSchema: () => (/* reexport */ classic/* ClassicSendResultSchema */.L0),
  ClassicSendStatsSchema: () => (/* reexport */ classic/* ClassicSendStatsSchema */.Xg),
  ClassicSignatureListSchema: () => (/* reexport */ classic/* ClassicSignatureListSchema */.m2),
  ClassicSubAccountListSchema: () => (/* reexport */ classic/* ClassicSubAccountListSchema */.DD),
  ClassicTemplateListSchema: () => (/* reexport */ classic/* ClassicTemplateListSchema */.ok),
  ConsentBatchTaskBodySchema: () => (/* reexport */ ConsentBatchTaskBodySchema),
  ConversionInputSchema: () => (/* reexport */ ConversionInputSchema),
  ConversionResultSchema: () => (/* reexport */ ConversionResultSchema),
  DeleteBatchTaskBodySchema: () => (/* reexport */ DeleteBatchTaskBodySchema),
  EmptyResultSchema: () => (/* reexport */ EmptyResultSchema),
  EnvelopeSchema: () => (/* reexport */ EnvelopeSchema),
  GetBatchTaskDetailQuerySchema: () => (/* reexport */ GetBatchTaskDetailQuerySchema),
  GetBatchTaskListQuerySchema: () => (/* reexport */ GetBatchTaskListQuerySchema),
  GetSignatureAndOrderListQuerySchema: () => (/* reexport */ classic/* GetSignatureAndOrderListQuerySchema */.HK),
  GetSignatureIdentificationListBodySchema: () => (/* reexport */ GetSignatureIdentificationListBodySchema),
  GetSmsSendDetailsBodySchema: () => (/* reexport */ classic/* GetSmsSendDetailsBodySchema */.T_),
  GetSmsTemplateAndOrderListQuerySchema: () => (/* reexport */ classic/* GetSmsTemplateAndOrderListQuerySchema */.gp),
  GetSubAccountDetailQuerySchema: () => (/* reexport */ GetSubAccountDetailQuerySchema),
  GetSubAccountListQuerySchema: () => (/* reexport */ classic/* GetSubAccountListQuerySchema */.FM),
  GetTotalSendCountStatV5BodySchema: () => (/* reexport */ classic/* GetTotalSendCountStatV5BodySchema */.Si),
  GetUploadTosURLQuerySchema: () => (/* reexport */ GetUploadTosURLQuerySchema),
  IndustryConfigSchema: () => (/* reexport */ IndustryConfigSchema),
  ListSecondTemplateQuerySchema: () => (/* reexport */ ListSecondTemplateQuerySchema),
  ListSignatureForAgentBodySchema: () => (/* reexport */ agent/* ListSignatureForAgentBodySchema */.ON),
  ListSmsSendLogForAgentBodySchema: () => (/* reexport */ agent/* ListSmsSendLogForAgentBodySchema */.TJ),
  ListSmsTemplateForAgentBodySchema: () => (/* reexport */ agent/* ListSmsTemplateForAgentBodySchema */.LU),
  ListSubAccountForAgentBodySchema: () => (/* reexport */ agent/* ListSubAccountForAgentBodySchema */.Fd),
  ListTotalSendCountStatForAgentBodySchema: () => (/* reexport */ agent/* ListTotalSendCountStatForAgentBodySchema */.rK),
  QualificationListSchema: () => (/* reexport */ QualificationListSchema),
  QualificationSchema: () => (/* reexport */ QualificationSchema),
  ResponseMetadataSchema: () => (/* reexport */ ResponseMetadataSchema),
  SecondTemplateListSchema: () => (/* reexport */ SecondTemplateListSchema),
  SecondTemplateSchema: () => (/* reexport */ SecondTemplateSchema),
  SendBatchSmsBodySchema: () => (/* reexport */ classic/* SendBatchSmsBodySchema */.rL),
  SendLogEntrySchema: () => (/* reexport */ agent/* SendLogEntrySchema */.KV),
  SendLogListSchema: () => (/* reexport */ agent/* SendLogListSchema */.AL),
  SendSmsBodySchema: () => (/* reexport */ classic/* SendSmsBodySchema */.Nb),
  SendSmsForAgentBodySchema: () => (/* reexport */ agent/* SendSmsForAgentBodySchema */.f2),
  SendSmsResultSchema: () => (/* reexport */ agent/* SendSmsResultSchema */.s2),
  SendSmsVerifyCodeInputSchema: () => (/* reexport */ SendSmsVerifyCodeInputSchema),
  SendStatsSchema: () => (/* reexport */ agent/* SendStatsSchema */.h),
  SetBatchTaskBodySchema: () => (/* reexport */ SetBatchTaskBodySchema),
  SignatureApplicationSchema: () => (/* reexport */ SignatureApplicationSchema),
  SignatureListSchema: () => (/* reexport */ agent/* SignatureListSchema */.md),
  SignatureSchema: () => (/* reexport */ agent/* SignatureSchema */.c8),
  StatsDataPointSchema: () => (/* reexport */ agent/* StatsDataPointSchema */.d6),
  SubAccountDetailSchema: () => (/* reexport */ SubAccountDetailSchema),
  SubAccountListSchema: () => (/* reexport */ agent/* SubAccountListSchema */.fS),
  SubAccountSchema: () => (/* reexport */ agent/* SubAccountSchema */.XM),
  TemplateApplicationSchema: () => (/* reexport */ TemplateApplicationSchema),
  TemplateListSchema: () => (/* reexport */ agent/* TemplateListSchema */.MH),
  TemplateParamInfoSchema: () => (/* reexport */ agent/* TemplateParamInfoSchema */.xH),
  TemplateSchema: () => (/* reexport */ agent/* TemplateSchema */._i),
  TemplateUploadDemoBodySchema: () => (/* reexport */ TemplateUploadDemoBodySchema),
  TemplateUploadDemoSchema: () => (/* reexport */ TemplateUploadDemoSchema),
  UploadTosURLSchema: () => (/* reexport */ UploadTosURLSchema),
  VerifyCodeCheckSchema: () => (/* reexport */ VerifyCodeCheckSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
// EXTERNAL MODULE: ./src/core/schemas/loose-object.ts
var loose_object = __webpack_require__(61812);
;// CONCATENATED MODULE: ./src/core/schemas/envelope.ts


const ApiErrorObjectSchema = (0,loose_object/* looseObject */._)({
    Code: schemas/* string */.YjP(),
    CodeN: schemas/* number */.aig().optional(),
    Message: schemas/* string */.YjP().optional().default(''),
});
const ResponseMetadataSchema = (0,loose_object/* looseObject */._)({
    RequestId: schemas/* string */.YjP().optional().default(''),
    Action: schemas/* string */.YjP().optional(),
    Version: schemas/* string */.YjP().optional(),
    Service: schemas/* string */.YjP().optional(),
    Region: schemas/* string */.YjP().optional(),
    Error: ApiErrorObjectSchema.optional(),
});
/** `{ ResponseMetadata, Result }`: failure is the presence of `ResponseMetadata.Error`, never a missing Result. */
const EnvelopeSchema = (0,loose_object/* looseObject */._)({
    ResponseMetadata: ResponseMetadataSchema,
    Result: schemas/* unknown */.L5J().optional(),
});

// EXTERNAL MODULE: ./src/core/schemas/agent.ts
var agent = __webpack_require__(84865);
// EXTERNAL MODULE: ./src/core/schemas/classic.ts
var classic = __webpack_require__(8956);
// EXTERNAL MODULE: ./src/core/sending/template.ts
var template = __webpack_require__(21614);
;// CONCATENATED MODULE: ./src/core/schemas/agent-v2-requests.ts


/**
 * Request schemas of the twelve lowerCamel `2026-01-01` actions (agent-v2 reference §2). Each one is the
 * exact set of wire fields, strict (an unknown key such as `uploadFileList` or `callbackUrl` is refused,
 * never sent or dropped), with no defaults or transforms: a request that passes is sent exactly as given.
 * GET actions put these fields in the query, POST actions in the JSON body (see ../agent-v2/calls.ts).
 */
const agent_v2_requests_int = schemas/* number */.aig().int();
const agent_v2_requests_text = schemas/* string */.YjP().min(1);
const optionalText = schemas/* string */.YjP().optional();
const ChannelTypeSchema = schemas/* enum */.k5n(['CN_OTP', 'CN_NTC', 'CN_MKT']);
const paging = { pageIndex: agent_v2_requests_int.min(1).max(100_000), pageSize: agent_v2_requests_int.min(1).max(100) };
// Python counts code points; a TypeScript length counts UTF-16 units.
const codePoints = (value) => [...value].length;
const distinct = (values) => new Set(values).size === values.length;
const idList = (what) => schemas/* array */.YOg(agent_v2_requests_text)
    .min(1)
    .refine(distinct, { message: `list each ${what} once` });
const GetSubAccountDetailQuerySchema = schemas/* strictObject */.rej({ subAccount: agent_v2_requests_text });
const GetSignatureIdentificationListBodySchema = schemas/* strictObject */.rej({
    ...paging,
    id: agent_v2_requests_int.min(1).optional(),
    materialName: optionalText,
    status: schemas/* array */.YOg(agent_v2_requests_int).optional(),
});
const ListSecondTemplateQuerySchema = schemas/* strictObject */.rej({
    project: optionalText,
    templateId: optionalText,
    secondTemplateId: optionalText,
    /** One signature, sent as a scalar. */
    signatures: optionalText,
});
const BRACKETED = /^(【.*】|\[.*\]|［.*］)$/su;
const ApplySmsSignatureV2BodySchema = schemas/* strictObject */.rej({
    content: schemas/* string */.YjP()
        .refine((s) => !BRACKETED.test(s), { message: 'give the signature text without its 【】 brackets' })
        .refine((s) => codePoints(s) >= 2 && codePoints(s) <= 25, { message: 'must have 2 to 25 characters' }),
    /** 1 own use, 2 for others. */
    purpose: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2)]),
    /** 1 company, 2 App, 3 trademark. */
    source: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2), schemas/* literal */.euz(3)]),
    /** An approved, usable qualification (GetSignatureIdentificationList). */
    signatureIdentificationID: agent_v2_requests_int.min(1),
    subAccounts: idList('message group'),
    /** Never omitted: the server may default to every channel. */
    channelTypes: schemas/* array */.YOg(ChannelTypeSchema).min(1).refine(distinct, { message: 'list each channel once' }),
    desc: optionalText,
    domain: optionalText,
    scene: optionalText,
    projectName: optionalText,
    appIcp: schemas/* strictObject */.rej({ appIcpFilling: agent_v2_requests_text }).optional(),
    trademark: schemas/* strictObject */.rej({ trademarkCn: optionalText, trademarkEn: optionalText, trademarkNumber: optionalText })
        .optional(),
})
    .superRefine((body, ctx) => {
    if (body.appIcp && body.source !== 2)
        ctx.addIssue({ code: 'custom', path: ['appIcp'], message: 'only with source 2 (App)' });
    if (body.trademark && body.source !== 3)
        ctx.addIssue({ code: 'custom', path: ['trademark'], message: 'only with source 3 (trademark)' });
});
const LINK_VARIABLES = new Set(['url', 'link', 'short_url', 'shortUrl']);
const ApplySmsTemplateV2BodySchema = schemas/* strictObject */.rej({
    /** `${name}` placeholders, names `[A-Za-z_][A-Za-z0-9_]*`. */
    content: agent_v2_requests_text,
    channelType: ChannelTypeSchema,
    area: schemas/* literal */.euz('cn'),
    name: agent_v2_requests_text,
    signatures: idList('signature'),
    subAccounts: idList('message group'),
    /** Exactly the content's placeholders; `[]` for fixed text. */
    templateParams: schemas/* array */.YOg(schemas/* strictObject */.rej({ name: schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/) })),
    project: optionalText,
    desc: optionalText,
    /** Marketing (`CN_MKT`) templates only. */
    shortUrlConfig: schemas/* strictObject */.rej({
        isEnabled: optionalText,
        belong: optionalText,
        isNeedClickDetails: optionalText,
        uaCheckStrategy: agent_v2_requests_int.optional(),
    })
        .optional(),
})
    .superRefine((body, ctx) => {
    const placeholders = (0,template/* templateVariables */.Qp)(body.content);
    const named = body.templateParams.map((p) => p.name);
    const same = distinct(named) && named.length === placeholders.length && named.every((n) => placeholders.includes(n));
    if (!same) {
        const expected = placeholders.length ? placeholders.join(', ') : 'none ([] for fixed text)';
        ctx.addIssue({
            code: 'custom',
            path: ['templateParams'],
            message: `must name each placeholder of content once: ${expected}`,
        });
    }
    if (body.shortUrlConfig && body.channelType !== 'CN_MKT')
        ctx.addIssue({ code: 'custom', path: ['shortUrlConfig'], message: 'only for CN_MKT templates' });
    if (body.channelType === 'CN_OTP' && !named.some((n) => !LINK_VARIABLES.has(n)))
        ctx.addIssue({
            code: 'custom',
            path: ['templateParams'],
            message: 'a CN_OTP template needs a variable for the code (not url, link, short_url or shortUrl)',
        });
});
const GetUploadTosURLQuerySchema = schemas/* strictObject */.rej({ suffix: schemas/* literal */.euz('csv') });
const TemplateUploadDemoBodySchema = schemas/* strictObject */.rej({
    subAccount: agent_v2_requests_text,
    templateId: agent_v2_requests_text,
    /** Sent only as `true`. */
    forceUpdate: schemas/* literal */.euz(true).optional(),
});
const SetBatchTaskBodySchema = schemas/* strictObject */.rej({
    subAccount: agent_v2_requests_text,
    /** The task's name (the detail calls it `taskName`). */
    name: agent_v2_requests_text,
    signature: agent_v2_requests_text,
    templateId: agent_v2_requests_text,
    /** Display name, else the template id. */
    templateName: agent_v2_requests_text,
    /** Verification (`CN_OTP`) templates are never sent in batch. */
    channelType: schemas/* enum */.k5n(['CN_NTC', 'CN_MKT']),
    scheduled: schemas/* boolean */.zMY(),
    /** Unix seconds when scheduled, else 0. */
    sendTime: agent_v2_requests_int.min(0),
    /** The `file` key GetUploadTosURL returned, never the presigned URL. */
    fileUrl: agent_v2_requests_text.refine((key) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(key), {
        message: 'give the file key GetUploadTosURL returned, not the upload URL',
    }),
    /** Always `{}`. */
    extra: schemas/* strictObject */.rej({}),
})
    .superRefine((body, ctx) => {
    if (body.scheduled ? body.sendTime <= 0 : body.sendTime !== 0)
        ctx.addIssue({
            code: 'custom',
            path: ['sendTime'],
            message: body.scheduled
                ? 'a scheduled task needs its Unix time in seconds'
                : 'must be 0 unless scheduled',
        });
});
const taskRef = { subAccount: agent_v2_requests_text, taskId: agent_v2_requests_text };
const GetBatchTaskDetailQuerySchema = schemas/* strictObject */.rej(taskRef);
const GetBatchTaskListQuerySchema = schemas/* strictObject */.rej({
    subAccount: agent_v2_requests_text,
    ...paging,
    taskName: optionalText,
    /** Sent raw, not normalised. */
    signature: optionalText,
    templateId: optionalText,
});
const ConsentBatchTaskBodySchema = schemas/* strictObject */.rej(taskRef);
const DeleteBatchTaskBodySchema = schemas/* strictObject */.rej(taskRef);

;// CONCATENATED MODULE: ./src/core/schemas/agent-v2-results.ts

/**
 * Result schemas of the twelve lowerCamel `2026-01-01` actions. Each one is the action's allowlist of
 * agent-v2 reference §1.3: a key not on it is dropped at every depth (an ID-card number, a material URL,
 * a field of another casing), so what a caller sees is what the skill's client keeps. Only
 * ListSecondTemplate takes both casings; its items come out in lowerCamel. Paged answers come out as
 * `{ total, list, pageIndex, pageSize }`, whichever of `Total`/`total`, `List`/`list`/`Items`/`items`… the
 * server used.
 */
const agent_v2_results_int = schemas/* number */.aig().int();
/** Ids the reference leaves untyped (`taskId`, `applyId`): numbers are turned into their text. */
const idText = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String);
const agent_v2_results_status = schemas/* union */.KCZ([agent_v2_results_int, schemas/* string */.YjP()]);
const agent_v2_results_optionalText = schemas/* string */.YjP().optional();
function paged(item) {
    const list = schemas/* array */.YOg(item).nullish();
    const number = agent_v2_results_int.nullish();
    return schemas/* object */.Ikc({
        Total: number,
        total: number,
        List: list,
        list,
        Items: list,
        items: list,
        Page: number,
        page: number,
        PageIndex: number,
        pageIndex: number,
        PageSize: number,
        pageSize: number,
    })
        .transform((r) => {
        const out = {
            list: r.List ?? r.list ?? r.Items ?? r.items ?? [],
        };
        const total = r.Total ?? r.total;
        const pageIndex = r.PageIndex ?? r.pageIndex ?? r.Page ?? r.page;
        const pageSize = r.PageSize ?? r.pageSize;
        if (total != null)
            out.total = total;
        if (pageIndex != null)
            out.pageIndex = pageIndex;
        if (pageSize != null)
            out.pageSize = pageSize;
        return out;
    });
}
/** Takes each lowerCamel key of `shape` from its PascalCase spelling when the lowerCamel one is absent. */
function bothCasings(shape) {
    const keys = Object.keys(shape);
    return schemas/* preprocess */.vkY((input) => {
        if (input === null || typeof input !== 'object' || Array.isArray(input))
            return input;
        const source = input;
        const out = {};
        for (const key of keys) {
            const value = source[key] ?? source[key.charAt(0).toUpperCase() + key.slice(1)];
            if (value !== undefined)
                out[key] = value;
        }
        return out;
    }, schemas/* object */.Ikc(shape));
}
const IndustryConfigSchema = schemas/* object */.Ikc({
    channelType: agent_v2_results_optionalText,
    channelTypeCn: agent_v2_results_optionalText,
    industry: agent_v2_results_optionalText,
    industryCn: agent_v2_results_optionalText,
});
const SubAccountDetailSchema = schemas/* object */.Ikc({
    subAccountId: idText.optional(),
    subAccountName: agent_v2_results_optionalText,
    /** 1 = usable. */
    status: agent_v2_results_status.optional(),
    channelTypeToIndustryConfig: schemas/* array */.YOg(IndustryConfigSchema)
        .nullish()
        .transform((v) => v ?? []),
});
const QualificationSchema = schemas/* object */.Ikc({
    id: schemas/* union */.KCZ([agent_v2_results_int, schemas/* string */.YjP()]).optional(),
    /** 1 own use, 2 for others. */
    purpose: agent_v2_results_status.optional(),
    materialName: agent_v2_results_optionalText,
    businessCertificateName: agent_v2_results_optionalText,
    effectSignatures: schemas/* union */.KCZ([schemas/* array */.YOg(schemas/* string */.YjP()), schemas/* string */.YjP()]).nullish(),
    /** Approved: 3/5, `true` or one of the approval words (reference §2.2). */
    auditStatus: schemas/* union */.KCZ([agent_v2_results_int, schemas/* string */.YjP(), schemas/* boolean */.zMY()]).optional(),
    auditOpinion: schemas/* string */.YjP().nullish(),
    auditedAt: schemas/* union */.KCZ([agent_v2_results_int, schemas/* string */.YjP()]).nullish(),
    usable: schemas/* boolean */.zMY().optional(),
    isOrder: schemas/* boolean */.zMY().optional(),
});
const QualificationListSchema = paged(QualificationSchema);
const ParamNameSchema = schemas/* object */.Ikc({ name: agent_v2_results_optionalText, Name: agent_v2_results_optionalText, ParamName: agent_v2_results_optionalText })
    .transform((p) => {
    const name = p.name ?? p.Name ?? p.ParamName;
    return name === undefined ? {} : { name };
});
const SecondTemplateSchema = bothCasings({
    templateId: agent_v2_results_optionalText,
    secondTemplateId: agent_v2_results_optionalText,
    templateName: agent_v2_results_optionalText,
    name: agent_v2_results_optionalText,
    content: agent_v2_results_optionalText,
    /** `[]` = fixed text; absent = unknown. */
    templateParams: schemas/* array */.YOg(ParamNameSchema).nullish(),
    channelType: agent_v2_results_optionalText,
    signature: agent_v2_results_optionalText,
    signatures: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    subAccounts: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    status: agent_v2_results_status.optional(),
    statusDescription: agent_v2_results_optionalText,
    description: agent_v2_results_optionalText,
    project: agent_v2_results_optionalText,
    /** Unix seconds. */
    createdAt: agent_v2_results_int.optional(),
    updatedAt: agent_v2_results_int.optional(),
    area: agent_v2_results_optionalText,
    shortUrlConfig: schemas/* object */.Ikc({
        isEnabled: agent_v2_results_optionalText,
        belong: agent_v2_results_optionalText,
        isNeedClickDetails: agent_v2_results_optionalText,
        uaCheckStrategy: agent_v2_results_int.optional(),
    })
        .nullish(),
});
const SecondTemplateListSchema = paged(SecondTemplateSchema);
const SignatureApplicationSchema = schemas/* object */.Ikc({
    applyId: idText.optional(),
    status: agent_v2_results_status.optional(),
    reason: schemas/* string */.YjP().nullish(),
});
const TemplateApplicationSchema = schemas/* object */.Ikc({
    templateId: agent_v2_results_optionalText,
    status: agent_v2_results_status.optional(),
    statusDescription: schemas/* string */.YjP().nullish(),
    auditOpinion: schemas/* string */.YjP().nullish(),
});
const UploadTosURLSchema = schemas/* object */.Ikc({
    /** The object key, later SetBatchTask's `fileUrl`. */
    file: schemas/* string */.YjP().min(1),
    /** A presigned PUT URL, valid for five minutes; its query is a credential and is never shown. */
    url: schemas/* string */.YjP().min(1),
});
const TemplateUploadDemoSchema = schemas/* object */.Ikc({
    fileName: agent_v2_results_optionalText,
    /** The sample CSV text (header `phone,<variables…>`). */
    value: agent_v2_results_optionalText,
    contentType: agent_v2_results_optionalText,
    /** Bytes. */
    size: agent_v2_results_int.optional(),
});
const BatchTaskCreatedSchema = schemas/* object */.Ikc({
    taskId: idText,
    dupCount: agent_v2_results_int.optional(),
    totalCount: agent_v2_results_int.optional(),
});
const BatchTaskSchema = schemas/* object */.Ikc({
    taskId: idText.optional(),
    subAccount: agent_v2_results_optionalText,
    taskName: agent_v2_results_optionalText,
    signature: agent_v2_results_optionalText,
    templateId: agent_v2_results_optionalText,
    templateName: agent_v2_results_optionalText,
    channelType: agent_v2_results_optionalText,
    scheduled: schemas/* boolean */.zMY().optional(),
    /** Unix seconds as a number, ISO 8601 as a string; 0 or empty = immediate. */
    sendTime: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).nullish(),
    fileUrl: agent_v2_results_optionalText,
    /** 0 Init … 2 Valid (the only state ConsentBatchTask takes) … 6 Done, 7 Canceled, 8 Failed, 9 Killed. */
    status: agent_v2_results_int.optional(),
    totalCount: agent_v2_results_int.optional(),
});
const BatchTaskListSchema = paged(BatchTaskSchema);
/** ConsentBatchTask and DeleteBatchTask keep nothing of `Result`. */
const EmptyResultSchema = schemas/* object */.Ikc({});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
;// CONCATENATED MODULE: ./src/core/schemas/verify-code.ts

/**
 * The classic verification-code pair and Conversion (`2020-01-01`, POST, PascalCase bodies; official Node
 * SDK `SendVerifyCode`/`CheckVerifyCode`/`Conversion`). The service generates the code, sends it and checks
 * it. The input schemas are the client's camelCase inputs, strict, with the documented ranges (refused
 * rather than silently replaced by the service's defaults); verify-code.ts maps them onto the wire keys.
 */
const verify_code_int = schemas/* number */.aig().int();
const verify_code_text = schemas/* string */.YjP().min(1);
const SendSmsVerifyCodeInputSchema = schemas/* strictObject */.rej({
    /** `SmsAccount`. */
    subAccount: verify_code_text,
    /** `Sign`. */
    signature: verify_code_text,
    /** `TemplateID`: a CN_OTP (or I18N_OTP) template whose only variable is `code`. */
    templateId: verify_code_text,
    /** `PhoneNumber`: one number, normalised like every send. */
    mobile: verify_code_text,
    /** `Scene`: with the group and the number, the key the check looks the code up by. */
    scene: verify_code_text,
    /** `CodeType`: digits in the code. @default 6 (the service's) */
    codeType: schemas/* union */.KCZ([schemas/* literal */.euz(4), schemas/* literal */.euz(6), schemas/* literal */.euz(8)]).optional(),
    /** `ExpireTime`: seconds the code stays valid, 180–1800. @default 180 (the service's) */
    expireTime: verify_code_int.min(180).max(1800).optional(),
    /** `TryCount`: checks allowed, 1–10. @default 3 (the service's) */
    tryCount: verify_code_int.min(1).max(10).optional(),
    /** `Tag`: echoed in the receipt. */
    tag: schemas/* string */.YjP().max(512).optional(),
});
const CheckSmsVerifyCodeInputSchema = schemas/* strictObject */.rej({
    subAccount: verify_code_text,
    mobile: verify_code_text,
    scene: verify_code_text,
    /** The code the user typed: 4, 6 or 8 digits as the service generates them. */
    code: schemas/* string */.YjP().regex(/^\d{4,8}$/, { message: 'must be the 4 to 8 digits of the code' }),
});
const ConversionInputSchema = schemas/* strictObject */.rej({
    /** `MessageIDs` of the sends that converted (e.g. whose code was entered). */
    messageIds: schemas/* array */.YOg(verify_code_text).min(1).max(100),
    /** `Type`: the conversion type the console defines. */
    type: verify_code_int.min(0),
});
/** `Result` of CheckSmsVerifyCode: "0" valid, "1" wrong, "2" expired (or out of tries). */
const VerifyCodeCheckSchema = schemas/* union */.KCZ([schemas/* string */.YjP(), verify_code_int]).transform((value, ctx) => {
    const code = String(value);
    const verdict = { '0': 'valid', '1': 'wrong', '2': 'expired' }[code];
    if (verdict === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${code}" is none of 0 (valid), 1 (wrong), 2 (expired)` });
        return core/* NEVER */.tm;
    }
    return { verdict, code };
});
/** Conversion answers nothing of use. */
const ConversionResultSchema = schemas/* unknown */.L5J().transform(() => ({}));

;// CONCATENATED MODULE: ./src/core/schemas/wire.ts
// Every wire schema, for loadWireSchemas() (wire-schemas.ts): one module, so one dynamic import (and one
// bundle chunk) holds zod and all the schemas.








/***/ })

};
