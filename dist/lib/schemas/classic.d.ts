import { z } from 'zod';
/**
 * Wire schemas of the classic actions (reference §3.1–3.7) and the mapping of their lowerCamel results
 * onto the agent API's PascalCase shapes, so every caller sees one result type whichever API answered.
 */
export declare const SendSmsBodySchema: z.ZodObject<{
    SmsAccount: z.ZodString;
    Sign: z.ZodString;
    TemplateID: z.ZodString;
    TemplateParam: z.ZodOptional<z.ZodString>;
    PhoneNumbers: z.ZodString;
    Tag: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const SendBatchSmsBodySchema: z.ZodObject<{
    SmsAccount: z.ZodString;
    Sign: z.ZodString;
    TemplateID: z.ZodString;
    Messages: z.ZodArray<z.ZodObject<{
        PhoneNumber: z.ZodString;
        TemplateParam: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    Tag: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
/** GET query (strings on the wire). */
export declare const GetSubAccountListQuerySchema: z.ZodObject<{
    subAccountName: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const GetSignatureAndOrderListQuerySchema: z.ZodObject<{
    pageIndex: z.ZodString;
    pageSize: z.ZodString;
    subAccount: z.ZodOptional<z.ZodString>;
    signature: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const GetSmsTemplateAndOrderListQuerySchema: z.ZodObject<{
    pageIndex: z.ZodString;
    pageSize: z.ZodString;
    subAccount: z.ZodOptional<z.ZodString>;
    templateId: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const GetSmsSendDetailsBodySchema: z.ZodObject<{
    subAccount: z.ZodString;
    phoneNumber: z.ZodOptional<z.ZodString>;
    messageId: z.ZodOptional<z.ZodString>;
    sendDate: z.ZodOptional<z.ZodString>;
    pageIndex: z.ZodNumber;
    pageSize: z.ZodNumber;
}, z.core.$strip>;
/** JSON body of a GET, as the Java SDK sends it (times as strings of epoch seconds). */
export declare const GetTotalSendCountStatV5BodySchema: z.ZodObject<{
    startTime: z.ZodString;
    endTime: z.ZodString;
    smsAccount: z.ZodOptional<z.ZodString>;
    signature: z.ZodOptional<z.ZodString>;
    templateId: z.ZodOptional<z.ZodString>;
    channelType: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
/** SendSms / SendBatchSms: `{ MessageID: [...] }`, already understood by the agent schema. */
export declare const ClassicSendResultSchema: z.ZodPipe<z.ZodPreprocess<z.ZodObject<{
    MessageIds: z.ZodOptional<z.ZodArray<z.ZodString>>;
    MessageId: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
}, z.core.$loose>, unknown>, z.ZodTransform<{
    MessageIds: string[];
    MessageId?: string | string[] | undefined;
}, {
    [x: string]: unknown;
    MessageIds?: string[] | undefined;
    MessageId?: string | string[] | undefined;
}>>;
export declare const ClassicSubAccountListSchema: z.ZodPipe<z.ZodPreprocess<z.ZodObject<{
    total: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    list: z.ZodPipe<z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        subAccountId: z.ZodString;
        subAccountName: z.ZodOptional<z.ZodString>;
        status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        createdTime: z.ZodOptional<z.ZodNumber>;
        enabledChannelType: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
            value: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>, unknown>>>>;
    }, z.core.$loose>, unknown>>>>, z.ZodTransform<{
        [x: string]: unknown;
        subAccountId: string;
        subAccountName?: string | undefined;
        status?: string | number | undefined;
        createdTime?: number | undefined;
        enabledChannelType?: {
            [x: string]: unknown;
            value?: string | undefined;
        }[] | null | undefined;
    }[], {
        [x: string]: unknown;
        subAccountId: string;
        subAccountName?: string | undefined;
        status?: string | number | undefined;
        createdTime?: number | undefined;
        enabledChannelType?: {
            [x: string]: unknown;
            value?: string | undefined;
        }[] | null | undefined;
    }[] | null | undefined>>;
}, z.core.$loose>, unknown>, z.ZodTransform<{
    Total: number;
    List: {
        SubAccount: string;
        SubAccountName: string | undefined;
        Status: string | number | undefined;
        CreatedAt: number | undefined;
        ChannelTypes: string[] | undefined;
        subAccountId: string;
        subAccountName?: string | undefined;
        status?: string | number | undefined;
        createdTime?: number | undefined;
        enabledChannelType?: {
            [x: string]: unknown;
            value?: string | undefined;
        }[] | null | undefined;
    }[];
}, {
    [x: string]: unknown;
    total: number;
    list: {
        [x: string]: unknown;
        subAccountId: string;
        subAccountName?: string | undefined;
        status?: string | number | undefined;
        createdTime?: number | undefined;
        enabledChannelType?: {
            [x: string]: unknown;
            value?: string | undefined;
        }[] | null | undefined;
    }[];
}>>;
export declare const ClassicSignatureListSchema: z.ZodPipe<z.ZodPreprocess<z.ZodObject<{
    total: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    list: z.ZodPipe<z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        content: z.ZodString;
        status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        subAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        channelTypes: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        usable: z.ZodOptional<z.ZodBoolean>;
        createdTime: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>, unknown>>>>, z.ZodTransform<{
        [x: string]: unknown;
        content: string;
        status?: string | number | undefined;
        source?: string | number | undefined;
        subAccounts?: string[] | null | undefined;
        channelTypes?: string[] | null | undefined;
        usable?: boolean | undefined;
        createdTime?: number | undefined;
    }[], {
        [x: string]: unknown;
        content: string;
        status?: string | number | undefined;
        source?: string | number | undefined;
        subAccounts?: string[] | null | undefined;
        channelTypes?: string[] | null | undefined;
        usable?: boolean | undefined;
        createdTime?: number | undefined;
    }[] | null | undefined>>;
}, z.core.$loose>, unknown>, z.ZodTransform<{
    Total: number;
    List: {
        Signature: string;
        Status: string | number | undefined;
        Source: string | number | undefined;
        SubAccounts: string[] | null | undefined;
        ChannelTypes: string[] | null | undefined;
        Usable: boolean | undefined;
        CreatedAt: number | undefined;
        content: string;
        status?: string | number | undefined;
        source?: string | number | undefined;
        subAccounts?: string[] | null | undefined;
        channelTypes?: string[] | null | undefined;
        usable?: boolean | undefined;
        createdTime?: number | undefined;
    }[];
}, {
    [x: string]: unknown;
    total: number;
    list: {
        [x: string]: unknown;
        content: string;
        status?: string | number | undefined;
        source?: string | number | undefined;
        subAccounts?: string[] | null | undefined;
        channelTypes?: string[] | null | undefined;
        usable?: boolean | undefined;
        createdTime?: number | undefined;
    }[];
}>>;
export declare const ClassicTemplateListSchema: z.ZodPipe<z.ZodPreprocess<z.ZodObject<{
    total: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    list: z.ZodPipe<z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        templateId: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        content: z.ZodOptional<z.ZodString>;
        channelType: z.ZodOptional<z.ZodString>;
        status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        createdTime: z.ZodOptional<z.ZodNumber>;
        subAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        signatures: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    }, z.core.$loose>, unknown>>>>, z.ZodTransform<{
        [x: string]: unknown;
        templateId: string;
        name?: string | undefined;
        content?: string | undefined;
        channelType?: string | undefined;
        status?: string | number | undefined;
        createdTime?: number | undefined;
        subAccounts?: string[] | null | undefined;
        signatures?: string[] | null | undefined;
    }[], {
        [x: string]: unknown;
        templateId: string;
        name?: string | undefined;
        content?: string | undefined;
        channelType?: string | undefined;
        status?: string | number | undefined;
        createdTime?: number | undefined;
        subAccounts?: string[] | null | undefined;
        signatures?: string[] | null | undefined;
    }[] | null | undefined>>;
}, z.core.$loose>, unknown>, z.ZodTransform<{
    Total: number;
    List: {
        TemplateId: string;
        TemplateName: string | undefined;
        Content: string | undefined;
        ChannelType: string | undefined;
        Status: string | number | undefined;
        CreatedAt: number | undefined;
        SubAccounts: string[] | null | undefined;
        Signatures: string[] | null | undefined;
        templateId: string;
        name?: string | undefined;
        content?: string | undefined;
        channelType?: string | undefined;
        status?: string | number | undefined;
        createdTime?: number | undefined;
        subAccounts?: string[] | null | undefined;
        signatures?: string[] | null | undefined;
    }[];
}, {
    [x: string]: unknown;
    total: number;
    list: {
        [x: string]: unknown;
        templateId: string;
        name?: string | undefined;
        content?: string | undefined;
        channelType?: string | undefined;
        status?: string | number | undefined;
        createdTime?: number | undefined;
        subAccounts?: string[] | null | undefined;
        signatures?: string[] | null | undefined;
    }[];
}>>;
export declare const ClassicSendDetailsSchema: z.ZodPipe<z.ZodPreprocess<z.ZodObject<{
    subAccount: z.ZodOptional<z.ZodString>;
    total: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    sendDetailsResults: z.ZodPipe<z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        messageId: z.ZodString;
        status: z.ZodOptional<z.ZodNumber>;
        errorCode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        errorMessage: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        phoneNumber: z.ZodOptional<z.ZodString>;
        signature: z.ZodOptional<z.ZodString>;
        templateID: z.ZodOptional<z.ZodString>;
        content: z.ZodOptional<z.ZodString>;
        channelType: z.ZodOptional<z.ZodString>;
        msgCount: z.ZodOptional<z.ZodNumber>;
        sendTime: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        receiptTime: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    }, z.core.$loose>, unknown>>>>, z.ZodTransform<{
        [x: string]: unknown;
        messageId: string;
        status?: number | undefined;
        errorCode?: string | null | undefined;
        errorMessage?: string | null | undefined;
        phoneNumber?: string | undefined;
        signature?: string | undefined;
        templateID?: string | undefined;
        content?: string | undefined;
        channelType?: string | undefined;
        msgCount?: number | undefined;
        sendTime?: number | null | undefined;
        receiptTime?: number | null | undefined;
    }[], {
        [x: string]: unknown;
        messageId: string;
        status?: number | undefined;
        errorCode?: string | null | undefined;
        errorMessage?: string | null | undefined;
        phoneNumber?: string | undefined;
        signature?: string | undefined;
        templateID?: string | undefined;
        content?: string | undefined;
        channelType?: string | undefined;
        msgCount?: number | undefined;
        sendTime?: number | null | undefined;
        receiptTime?: number | null | undefined;
    }[] | null | undefined>>;
}, z.core.$loose>, unknown>, z.ZodTransform<{
    Total: number;
    List: {
        MessageId: string;
        SubAccount: string | undefined;
        Signature: string | undefined;
        TemplateId: string | undefined;
        ChannelType: string | undefined;
        Mobile: string | undefined;
        Content: string | undefined;
        Status: number | undefined;
        ErrorCode: string | null | undefined;
        ErrorMessage: string | null | undefined;
        SendTime: number | null | undefined;
        ReceiptTime: number | null | undefined;
        Count: number | undefined;
        messageId: string;
        status?: number | undefined;
        errorCode?: string | null | undefined;
        errorMessage?: string | null | undefined;
        phoneNumber?: string | undefined;
        signature?: string | undefined;
        templateID?: string | undefined;
        content?: string | undefined;
        channelType?: string | undefined;
        msgCount?: number | undefined;
        sendTime?: number | null | undefined;
        receiptTime?: number | null | undefined;
    }[];
}, {
    [x: string]: unknown;
    total: number;
    sendDetailsResults: {
        [x: string]: unknown;
        messageId: string;
        status?: number | undefined;
        errorCode?: string | null | undefined;
        errorMessage?: string | null | undefined;
        phoneNumber?: string | undefined;
        signature?: string | undefined;
        templateID?: string | undefined;
        content?: string | undefined;
        channelType?: string | undefined;
        msgCount?: number | undefined;
        sendTime?: number | null | undefined;
        receiptTime?: number | null | undefined;
    }[];
    subAccount?: string | undefined;
}>>;
/** The V5 counters are the agent ones in lowerCamel; the agent's `TotalSendCount` is the all-send count. */
export declare const ClassicSendStatsSchema: z.ZodPipe<z.ZodPreprocess<z.ZodObject<{
    TotalSendCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    TotalAllSendCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    TotalSendSuccessCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    TotalReceiptSuccessCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    TotalReceiptFailureCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    TotalNoReceipt72HourCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    TotalSendSuccessRate: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    TotalReceiptSuccessRate: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    DataPoints: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        Date: z.ZodOptional<z.ZodString>;
        AllSendCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
        SendSuccessCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
        ReceiptSuccessCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
        ReceiptFailureCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
        NoReceipt72HourCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
        SendSuccessRate: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
        ReceiptSuccessRate: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    }, z.core.$loose>, unknown>>>>;
}, z.core.$loose>, unknown>, z.ZodTransform<{
    TotalSendCount: number;
    TotalAllSendCount: number;
    TotalSendSuccessCount: number;
    TotalReceiptSuccessCount: number;
    TotalReceiptFailureCount: number;
    TotalNoReceipt72HourCount: number;
    TotalSendSuccessRate: number;
    TotalReceiptSuccessRate: number;
    DataPoints?: {
        [x: string]: unknown;
        AllSendCount: number;
        SendSuccessCount: number;
        ReceiptSuccessCount: number;
        ReceiptFailureCount: number;
        NoReceipt72HourCount: number;
        SendSuccessRate: number;
        ReceiptSuccessRate: number;
        Date?: string | undefined;
    }[] | null | undefined;
}, {
    [x: string]: unknown;
    TotalSendCount: number;
    TotalAllSendCount: number;
    TotalSendSuccessCount: number;
    TotalReceiptSuccessCount: number;
    TotalReceiptFailureCount: number;
    TotalNoReceipt72HourCount: number;
    TotalSendSuccessRate: number;
    TotalReceiptSuccessRate: number;
    DataPoints?: {
        [x: string]: unknown;
        AllSendCount: number;
        SendSuccessCount: number;
        ReceiptSuccessCount: number;
        ReceiptFailureCount: number;
        NoReceipt72HourCount: number;
        SendSuccessRate: number;
        ReceiptSuccessRate: number;
        Date?: string | undefined;
    }[] | null | undefined;
}>>;
