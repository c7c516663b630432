import { z } from 'zod';
export declare const SendSmsForAgentBodySchema: z.ZodObject<{
    SubAccount: z.ZodString;
    Signature: z.ZodString;
    TemplateId: z.ZodString;
    Mobiles: z.ZodString;
    TemplateParam: z.ZodOptional<z.ZodString>;
    Account: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const ListSubAccountForAgentBodySchema: z.ZodObject<{
    SubAccountName: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const ListSignatureForAgentBodySchema: z.ZodObject<{
    Page: z.ZodNumber;
    PageSize: z.ZodNumber;
    Signature: z.ZodOptional<z.ZodString>;
    SubAccounts: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strip>;
export declare const ListSmsTemplateForAgentBodySchema: z.ZodObject<{
    Page: z.ZodNumber;
    PageSize: z.ZodNumber;
    TemplateId: z.ZodOptional<z.ZodString>;
    SubAccounts: z.ZodOptional<z.ZodArray<z.ZodString>>;
    Signatures: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strip>;
export declare const ListSmsSendLogForAgentBodySchema: z.ZodObject<{
    Page: z.ZodNumber;
    PageSize: z.ZodNumber;
    SubAccount: z.ZodOptional<z.ZodString>;
    FromTime: z.ZodOptional<z.ZodNumber>;
    ToTime: z.ZodOptional<z.ZodNumber>;
    Mobile: z.ZodOptional<z.ZodString>;
    TemplateId: z.ZodOptional<z.ZodString>;
    Signature: z.ZodOptional<z.ZodString>;
    MessageId: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const ListTotalSendCountStatForAgentBodySchema: z.ZodObject<{
    StartTime: z.ZodNumber;
    EndTime: z.ZodNumber;
    SubAccount: z.ZodOptional<z.ZodString>;
    ChannelType: z.ZodOptional<z.ZodString>;
    Signature: z.ZodOptional<z.ZodString>;
    TemplateId: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const SendSmsResultSchema: z.ZodPipe<z.ZodPreprocess<z.ZodObject<{
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
export declare const SubAccountSchema: z.ZodPreprocess<z.ZodObject<{
    SubAccount: z.ZodString;
    SubAccountName: z.ZodOptional<z.ZodString>;
    ChannelType: z.ZodOptional<z.ZodString>;
    ChannelTypes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    Status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    CreatedAt: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>, unknown>;
export declare const SubAccountListSchema: z.ZodPreprocess<z.ZodObject<{
    Total: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    List: z.ZodPreprocess<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        SubAccount: z.ZodString;
        SubAccountName: z.ZodOptional<z.ZodString>;
        ChannelType: z.ZodOptional<z.ZodString>;
        ChannelTypes: z.ZodOptional<z.ZodArray<z.ZodString>>;
        Status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        CreatedAt: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>, unknown>>, unknown>;
}, z.core.$loose>, unknown>;
export declare const SignatureSchema: z.ZodPreprocess<z.ZodObject<{
    Signature: z.ZodString;
    Status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    StatusDescription: z.ZodOptional<z.ZodString>;
    SubAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    ChannelTypes: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    Source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    Usable: z.ZodOptional<z.ZodBoolean>;
    CreatedAt: z.ZodOptional<z.ZodNumber>;
    UpdatedAt: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>, unknown>;
export declare const SignatureListSchema: z.ZodPreprocess<z.ZodObject<{
    Total: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    List: z.ZodPreprocess<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        Signature: z.ZodString;
        Status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        StatusDescription: z.ZodOptional<z.ZodString>;
        SubAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        ChannelTypes: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        Source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        Usable: z.ZodOptional<z.ZodBoolean>;
        CreatedAt: z.ZodOptional<z.ZodNumber>;
        UpdatedAt: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>, unknown>>, unknown>;
}, z.core.$loose>, unknown>;
export declare const TemplateParamInfoSchema: z.ZodPreprocess<z.ZodObject<{
    Name: z.ZodOptional<z.ZodString>;
    ParamName: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, unknown>;
export declare const TemplateSchema: z.ZodPreprocess<z.ZodObject<{
    TemplateId: z.ZodString;
    TemplateName: z.ZodOptional<z.ZodString>;
    Name: z.ZodOptional<z.ZodString>;
    Content: z.ZodOptional<z.ZodString>;
    ChannelType: z.ZodOptional<z.ZodString>;
    Signature: z.ZodOptional<z.ZodString>;
    Signatures: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    SubAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    TemplateParams: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        Name: z.ZodOptional<z.ZodString>;
        ParamName: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>, unknown>>>>;
    Status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    CreatedAt: z.ZodOptional<z.ZodNumber>;
    UpdatedAt: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>, unknown>;
export declare const TemplateListSchema: z.ZodPreprocess<z.ZodObject<{
    Total: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    List: z.ZodPreprocess<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        TemplateId: z.ZodString;
        TemplateName: z.ZodOptional<z.ZodString>;
        Name: z.ZodOptional<z.ZodString>;
        Content: z.ZodOptional<z.ZodString>;
        ChannelType: z.ZodOptional<z.ZodString>;
        Signature: z.ZodOptional<z.ZodString>;
        Signatures: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        SubAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        TemplateParams: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
            Name: z.ZodOptional<z.ZodString>;
            ParamName: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>, unknown>>>>;
        Status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        CreatedAt: z.ZodOptional<z.ZodNumber>;
        UpdatedAt: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>, unknown>>, unknown>;
}, z.core.$loose>, unknown>;
export declare const SendLogEntrySchema: z.ZodPreprocess<z.ZodObject<{
    MessageId: z.ZodString;
    SubAccount: z.ZodOptional<z.ZodString>;
    Signature: z.ZodOptional<z.ZodString>;
    TemplateId: z.ZodOptional<z.ZodString>;
    ChannelType: z.ZodOptional<z.ZodString>;
    Mobile: z.ZodOptional<z.ZodString>;
    Content: z.ZodOptional<z.ZodString>;
    Status: z.ZodOptional<z.ZodNumber>;
    ErrorCode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    ErrorType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    ErrorMessage: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    SendTime: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    ReceiptTime: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    Count: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>, unknown>;
export declare const SendLogListSchema: z.ZodPreprocess<z.ZodObject<{
    Total: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    List: z.ZodPreprocess<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        MessageId: z.ZodString;
        SubAccount: z.ZodOptional<z.ZodString>;
        Signature: z.ZodOptional<z.ZodString>;
        TemplateId: z.ZodOptional<z.ZodString>;
        ChannelType: z.ZodOptional<z.ZodString>;
        Mobile: z.ZodOptional<z.ZodString>;
        Content: z.ZodOptional<z.ZodString>;
        Status: z.ZodOptional<z.ZodNumber>;
        ErrorCode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        ErrorType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        ErrorMessage: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        SendTime: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        ReceiptTime: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        Count: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>, unknown>>, unknown>;
}, z.core.$loose>, unknown>;
export declare const StatsDataPointSchema: z.ZodPreprocess<z.ZodObject<{
    Date: z.ZodOptional<z.ZodString>;
    AllSendCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    SendSuccessCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    ReceiptSuccessCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    ReceiptFailureCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    NoReceipt72HourCount: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    SendSuccessRate: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
    ReceiptSuccessRate: z.ZodDefault<z.ZodOptional<z.ZodNumber>>;
}, z.core.$loose>, unknown>;
export declare const SendStatsSchema: z.ZodPreprocess<z.ZodObject<{
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
}, z.core.$loose>, unknown>;
export type SendSmsForAgentBody = z.input<typeof SendSmsForAgentBodySchema>;
export type ListSubAccountForAgentBody = z.input<typeof ListSubAccountForAgentBodySchema>;
export type ListSignatureForAgentBody = z.input<typeof ListSignatureForAgentBodySchema>;
export type ListSmsTemplateForAgentBody = z.input<typeof ListSmsTemplateForAgentBodySchema>;
export type ListSmsSendLogForAgentBody = z.input<typeof ListSmsSendLogForAgentBodySchema>;
export type ListTotalSendCountStatForAgentBody = z.input<typeof ListTotalSendCountStatForAgentBodySchema>;
export type SendSmsResult = z.output<typeof SendSmsResultSchema>;
export type SubAccount = z.output<typeof SubAccountSchema>;
export type SubAccountList = z.output<typeof SubAccountListSchema>;
export type Signature = z.output<typeof SignatureSchema>;
export type SignatureList = z.output<typeof SignatureListSchema>;
export type Template = z.output<typeof TemplateSchema>;
export type TemplateList = z.output<typeof TemplateListSchema>;
export type SendLogEntry = z.output<typeof SendLogEntrySchema>;
export type SendLogList = z.output<typeof SendLogListSchema>;
export type StatsDataPoint = z.output<typeof StatsDataPointSchema>;
export type SendStats = z.output<typeof SendStatsSchema>;
