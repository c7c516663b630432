import { z } from 'zod';
export declare const ChannelTypeSchema: z.ZodEnum<{
    CN_OTP: "CN_OTP";
    CN_NTC: "CN_NTC";
    CN_MKT: "CN_MKT";
}>;
export declare const GetSubAccountDetailQuerySchema: z.ZodObject<{
    subAccount: z.ZodString;
}, z.core.$strict>;
export declare const GetSignatureIdentificationListBodySchema: z.ZodObject<{
    id: z.ZodOptional<z.ZodNumber>;
    materialName: z.ZodOptional<z.ZodString>;
    status: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    pageIndex: z.ZodNumber;
    pageSize: z.ZodNumber;
}, z.core.$strict>;
export declare const ListSecondTemplateQuerySchema: z.ZodObject<{
    project: z.ZodOptional<z.ZodString>;
    templateId: z.ZodOptional<z.ZodString>;
    secondTemplateId: z.ZodOptional<z.ZodString>;
    signatures: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const ApplySmsSignatureV2BodySchema: z.ZodObject<{
    content: z.ZodString;
    purpose: z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>]>;
    source: z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]>;
    signatureIdentificationID: z.ZodNumber;
    subAccounts: z.ZodArray<z.ZodString>;
    channelTypes: z.ZodArray<z.ZodEnum<{
        CN_OTP: "CN_OTP";
        CN_NTC: "CN_NTC";
        CN_MKT: "CN_MKT";
    }>>;
    desc: z.ZodOptional<z.ZodString>;
    domain: z.ZodOptional<z.ZodString>;
    scene: z.ZodOptional<z.ZodString>;
    projectName: z.ZodOptional<z.ZodString>;
    appIcp: z.ZodOptional<z.ZodObject<{
        appIcpFilling: z.ZodString;
    }, z.core.$strict>>;
    trademark: z.ZodOptional<z.ZodObject<{
        trademarkCn: z.ZodOptional<z.ZodString>;
        trademarkEn: z.ZodOptional<z.ZodString>;
        trademarkNumber: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const ApplySmsTemplateV2BodySchema: z.ZodObject<{
    content: z.ZodString;
    channelType: z.ZodEnum<{
        CN_OTP: "CN_OTP";
        CN_NTC: "CN_NTC";
        CN_MKT: "CN_MKT";
    }>;
    area: z.ZodLiteral<"cn">;
    name: z.ZodString;
    signatures: z.ZodArray<z.ZodString>;
    subAccounts: z.ZodArray<z.ZodString>;
    templateParams: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
    }, z.core.$strict>>;
    project: z.ZodOptional<z.ZodString>;
    desc: z.ZodOptional<z.ZodString>;
    shortUrlConfig: z.ZodOptional<z.ZodObject<{
        isEnabled: z.ZodOptional<z.ZodString>;
        belong: z.ZodOptional<z.ZodString>;
        isNeedClickDetails: z.ZodOptional<z.ZodString>;
        uaCheckStrategy: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const GetUploadTosURLQuerySchema: z.ZodObject<{
    suffix: z.ZodLiteral<"csv">;
}, z.core.$strict>;
export declare const TemplateUploadDemoBodySchema: z.ZodObject<{
    subAccount: z.ZodString;
    templateId: z.ZodString;
    forceUpdate: z.ZodOptional<z.ZodLiteral<true>>;
}, z.core.$strict>;
export declare const SetBatchTaskBodySchema: z.ZodObject<{
    subAccount: z.ZodString;
    name: z.ZodString;
    signature: z.ZodString;
    templateId: z.ZodString;
    templateName: z.ZodString;
    channelType: z.ZodEnum<{
        CN_NTC: "CN_NTC";
        CN_MKT: "CN_MKT";
    }>;
    scheduled: z.ZodBoolean;
    sendTime: z.ZodNumber;
    fileUrl: z.ZodString;
    extra: z.ZodObject<{}, z.core.$strict>;
}, z.core.$strict>;
export declare const GetBatchTaskDetailQuerySchema: z.ZodObject<{
    subAccount: z.ZodString;
    taskId: z.ZodString;
}, z.core.$strict>;
export declare const GetBatchTaskListQuerySchema: z.ZodObject<{
    taskName: z.ZodOptional<z.ZodString>;
    signature: z.ZodOptional<z.ZodString>;
    templateId: z.ZodOptional<z.ZodString>;
    pageIndex: z.ZodNumber;
    pageSize: z.ZodNumber;
    subAccount: z.ZodString;
}, z.core.$strict>;
export declare const ConsentBatchTaskBodySchema: z.ZodObject<{
    subAccount: z.ZodString;
    taskId: z.ZodString;
}, z.core.$strict>;
export declare const DeleteBatchTaskBodySchema: z.ZodObject<{
    subAccount: z.ZodString;
    taskId: z.ZodString;
}, z.core.$strict>;
export type GetSubAccountDetailQuery = z.input<typeof GetSubAccountDetailQuerySchema>;
export type GetSignatureIdentificationListBody = z.input<typeof GetSignatureIdentificationListBodySchema>;
export type ListSecondTemplateQuery = z.input<typeof ListSecondTemplateQuerySchema>;
export type ApplySmsSignatureV2Body = z.input<typeof ApplySmsSignatureV2BodySchema>;
export type ApplySmsTemplateV2Body = z.input<typeof ApplySmsTemplateV2BodySchema>;
export type GetUploadTosURLQuery = z.input<typeof GetUploadTosURLQuerySchema>;
export type TemplateUploadDemoBody = z.input<typeof TemplateUploadDemoBodySchema>;
export type SetBatchTaskBody = z.input<typeof SetBatchTaskBodySchema>;
export type GetBatchTaskDetailQuery = z.input<typeof GetBatchTaskDetailQuerySchema>;
export type GetBatchTaskListQuery = z.input<typeof GetBatchTaskListQuerySchema>;
export type BatchTaskRef = z.input<typeof ConsentBatchTaskBodySchema>;
export type ChannelType = z.output<typeof ChannelTypeSchema>;
