import { z } from 'zod';
export declare const IndustryConfigSchema: z.ZodObject<{
    channelType: z.ZodOptional<z.ZodString>;
    channelTypeCn: z.ZodOptional<z.ZodString>;
    industry: z.ZodOptional<z.ZodString>;
    industryCn: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const SubAccountDetailSchema: z.ZodObject<{
    subAccountId: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
    subAccountName: z.ZodOptional<z.ZodString>;
    status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    channelTypeToIndustryConfig: z.ZodPipe<z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        channelType: z.ZodOptional<z.ZodString>;
        channelTypeCn: z.ZodOptional<z.ZodString>;
        industry: z.ZodOptional<z.ZodString>;
        industryCn: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>>, z.ZodTransform<{
        channelType?: string | undefined;
        channelTypeCn?: string | undefined;
        industry?: string | undefined;
        industryCn?: string | undefined;
    }[], {
        channelType?: string | undefined;
        channelTypeCn?: string | undefined;
        industry?: string | undefined;
        industryCn?: string | undefined;
    }[] | null | undefined>>;
}, z.core.$strip>;
export declare const QualificationSchema: z.ZodObject<{
    id: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    purpose: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    materialName: z.ZodOptional<z.ZodString>;
    businessCertificateName: z.ZodOptional<z.ZodString>;
    effectSignatures: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString]>>>;
    auditStatus: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean]>>;
    auditOpinion: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    auditedAt: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
    usable: z.ZodOptional<z.ZodBoolean>;
    isOrder: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>;
export declare const QualificationListSchema: z.ZodPipe<z.ZodObject<{
    Total: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    total: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    List: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        id: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        purpose: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        materialName: z.ZodOptional<z.ZodString>;
        businessCertificateName: z.ZodOptional<z.ZodString>;
        effectSignatures: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString]>>>;
        auditStatus: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean]>>;
        auditOpinion: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        auditedAt: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        usable: z.ZodOptional<z.ZodBoolean>;
        isOrder: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>>>;
    list: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        id: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        purpose: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        materialName: z.ZodOptional<z.ZodString>;
        businessCertificateName: z.ZodOptional<z.ZodString>;
        effectSignatures: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString]>>>;
        auditStatus: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean]>>;
        auditOpinion: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        auditedAt: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        usable: z.ZodOptional<z.ZodBoolean>;
        isOrder: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>>>;
    Items: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        id: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        purpose: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        materialName: z.ZodOptional<z.ZodString>;
        businessCertificateName: z.ZodOptional<z.ZodString>;
        effectSignatures: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString]>>>;
        auditStatus: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean]>>;
        auditOpinion: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        auditedAt: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        usable: z.ZodOptional<z.ZodBoolean>;
        isOrder: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>>>;
    items: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        id: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        purpose: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        materialName: z.ZodOptional<z.ZodString>;
        businessCertificateName: z.ZodOptional<z.ZodString>;
        effectSignatures: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString]>>>;
        auditStatus: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean]>>;
        auditOpinion: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        auditedAt: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        usable: z.ZodOptional<z.ZodBoolean>;
        isOrder: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>>>;
    Page: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    page: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    PageIndex: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    pageIndex: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    PageSize: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    pageSize: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
}, z.core.$strip>, z.ZodTransform<{
    total?: number;
    list: {
        id?: string | number | undefined;
        purpose?: string | number | undefined;
        materialName?: string | undefined;
        businessCertificateName?: string | undefined;
        effectSignatures?: string | string[] | null | undefined;
        auditStatus?: string | number | boolean | undefined;
        auditOpinion?: string | null | undefined;
        auditedAt?: string | number | null | undefined;
        usable?: boolean | undefined;
        isOrder?: boolean | undefined;
    }[];
    pageIndex?: number;
    pageSize?: number;
}, {
    Total?: number | null | undefined;
    total?: number | null | undefined;
    List?: {
        id?: string | number | undefined;
        purpose?: string | number | undefined;
        materialName?: string | undefined;
        businessCertificateName?: string | undefined;
        effectSignatures?: string | string[] | null | undefined;
        auditStatus?: string | number | boolean | undefined;
        auditOpinion?: string | null | undefined;
        auditedAt?: string | number | null | undefined;
        usable?: boolean | undefined;
        isOrder?: boolean | undefined;
    }[] | null | undefined;
    list?: {
        id?: string | number | undefined;
        purpose?: string | number | undefined;
        materialName?: string | undefined;
        businessCertificateName?: string | undefined;
        effectSignatures?: string | string[] | null | undefined;
        auditStatus?: string | number | boolean | undefined;
        auditOpinion?: string | null | undefined;
        auditedAt?: string | number | null | undefined;
        usable?: boolean | undefined;
        isOrder?: boolean | undefined;
    }[] | null | undefined;
    Items?: {
        id?: string | number | undefined;
        purpose?: string | number | undefined;
        materialName?: string | undefined;
        businessCertificateName?: string | undefined;
        effectSignatures?: string | string[] | null | undefined;
        auditStatus?: string | number | boolean | undefined;
        auditOpinion?: string | null | undefined;
        auditedAt?: string | number | null | undefined;
        usable?: boolean | undefined;
        isOrder?: boolean | undefined;
    }[] | null | undefined;
    items?: {
        id?: string | number | undefined;
        purpose?: string | number | undefined;
        materialName?: string | undefined;
        businessCertificateName?: string | undefined;
        effectSignatures?: string | string[] | null | undefined;
        auditStatus?: string | number | boolean | undefined;
        auditOpinion?: string | null | undefined;
        auditedAt?: string | number | null | undefined;
        usable?: boolean | undefined;
        isOrder?: boolean | undefined;
    }[] | null | undefined;
    Page?: number | null | undefined;
    page?: number | null | undefined;
    PageIndex?: number | null | undefined;
    pageIndex?: number | null | undefined;
    PageSize?: number | null | undefined;
    pageSize?: number | null | undefined;
}>>;
export declare const SecondTemplateSchema: z.ZodPreprocess<z.ZodObject<{
    templateId: z.ZodOptional<z.ZodString>;
    secondTemplateId: z.ZodOptional<z.ZodString>;
    templateName: z.ZodOptional<z.ZodString>;
    name: z.ZodOptional<z.ZodString>;
    content: z.ZodOptional<z.ZodString>;
    templateParams: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPipe<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        Name: z.ZodOptional<z.ZodString>;
        ParamName: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodTransform<{
        name?: never;
    } | {
        name: string;
    }, {
        name?: string | undefined;
        Name?: string | undefined;
        ParamName?: string | undefined;
    }>>>>>;
    channelType: z.ZodOptional<z.ZodString>;
    signature: z.ZodOptional<z.ZodString>;
    signatures: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    subAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
    status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    statusDescription: z.ZodOptional<z.ZodString>;
    description: z.ZodOptional<z.ZodString>;
    project: z.ZodOptional<z.ZodString>;
    createdAt: z.ZodOptional<z.ZodNumber>;
    updatedAt: z.ZodOptional<z.ZodNumber>;
    area: z.ZodOptional<z.ZodString>;
    shortUrlConfig: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        isEnabled: z.ZodOptional<z.ZodString>;
        belong: z.ZodOptional<z.ZodString>;
        isNeedClickDetails: z.ZodOptional<z.ZodString>;
        uaCheckStrategy: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>>;
}, z.core.$strip>, unknown>;
export declare const SecondTemplateListSchema: z.ZodPipe<z.ZodObject<{
    Total: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    total: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    List: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        templateId: z.ZodOptional<z.ZodString>;
        secondTemplateId: z.ZodOptional<z.ZodString>;
        templateName: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        content: z.ZodOptional<z.ZodString>;
        templateParams: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPipe<z.ZodObject<{
            name: z.ZodOptional<z.ZodString>;
            Name: z.ZodOptional<z.ZodString>;
            ParamName: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodTransform<{
            name?: never;
        } | {
            name: string;
        }, {
            name?: string | undefined;
            Name?: string | undefined;
            ParamName?: string | undefined;
        }>>>>>;
        channelType: z.ZodOptional<z.ZodString>;
        signature: z.ZodOptional<z.ZodString>;
        signatures: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        subAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        statusDescription: z.ZodOptional<z.ZodString>;
        description: z.ZodOptional<z.ZodString>;
        project: z.ZodOptional<z.ZodString>;
        createdAt: z.ZodOptional<z.ZodNumber>;
        updatedAt: z.ZodOptional<z.ZodNumber>;
        area: z.ZodOptional<z.ZodString>;
        shortUrlConfig: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            isEnabled: z.ZodOptional<z.ZodString>;
            belong: z.ZodOptional<z.ZodString>;
            isNeedClickDetails: z.ZodOptional<z.ZodString>;
            uaCheckStrategy: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>>;
    }, z.core.$strip>, unknown>>>>;
    list: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        templateId: z.ZodOptional<z.ZodString>;
        secondTemplateId: z.ZodOptional<z.ZodString>;
        templateName: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        content: z.ZodOptional<z.ZodString>;
        templateParams: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPipe<z.ZodObject<{
            name: z.ZodOptional<z.ZodString>;
            Name: z.ZodOptional<z.ZodString>;
            ParamName: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodTransform<{
            name?: never;
        } | {
            name: string;
        }, {
            name?: string | undefined;
            Name?: string | undefined;
            ParamName?: string | undefined;
        }>>>>>;
        channelType: z.ZodOptional<z.ZodString>;
        signature: z.ZodOptional<z.ZodString>;
        signatures: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        subAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        statusDescription: z.ZodOptional<z.ZodString>;
        description: z.ZodOptional<z.ZodString>;
        project: z.ZodOptional<z.ZodString>;
        createdAt: z.ZodOptional<z.ZodNumber>;
        updatedAt: z.ZodOptional<z.ZodNumber>;
        area: z.ZodOptional<z.ZodString>;
        shortUrlConfig: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            isEnabled: z.ZodOptional<z.ZodString>;
            belong: z.ZodOptional<z.ZodString>;
            isNeedClickDetails: z.ZodOptional<z.ZodString>;
            uaCheckStrategy: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>>;
    }, z.core.$strip>, unknown>>>>;
    Items: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        templateId: z.ZodOptional<z.ZodString>;
        secondTemplateId: z.ZodOptional<z.ZodString>;
        templateName: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        content: z.ZodOptional<z.ZodString>;
        templateParams: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPipe<z.ZodObject<{
            name: z.ZodOptional<z.ZodString>;
            Name: z.ZodOptional<z.ZodString>;
            ParamName: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodTransform<{
            name?: never;
        } | {
            name: string;
        }, {
            name?: string | undefined;
            Name?: string | undefined;
            ParamName?: string | undefined;
        }>>>>>;
        channelType: z.ZodOptional<z.ZodString>;
        signature: z.ZodOptional<z.ZodString>;
        signatures: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        subAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        statusDescription: z.ZodOptional<z.ZodString>;
        description: z.ZodOptional<z.ZodString>;
        project: z.ZodOptional<z.ZodString>;
        createdAt: z.ZodOptional<z.ZodNumber>;
        updatedAt: z.ZodOptional<z.ZodNumber>;
        area: z.ZodOptional<z.ZodString>;
        shortUrlConfig: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            isEnabled: z.ZodOptional<z.ZodString>;
            belong: z.ZodOptional<z.ZodString>;
            isNeedClickDetails: z.ZodOptional<z.ZodString>;
            uaCheckStrategy: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>>;
    }, z.core.$strip>, unknown>>>>;
    items: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        templateId: z.ZodOptional<z.ZodString>;
        secondTemplateId: z.ZodOptional<z.ZodString>;
        templateName: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        content: z.ZodOptional<z.ZodString>;
        templateParams: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPipe<z.ZodObject<{
            name: z.ZodOptional<z.ZodString>;
            Name: z.ZodOptional<z.ZodString>;
            ParamName: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodTransform<{
            name?: never;
        } | {
            name: string;
        }, {
            name?: string | undefined;
            Name?: string | undefined;
            ParamName?: string | undefined;
        }>>>>>;
        channelType: z.ZodOptional<z.ZodString>;
        signature: z.ZodOptional<z.ZodString>;
        signatures: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        subAccounts: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodString>>>;
        status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        statusDescription: z.ZodOptional<z.ZodString>;
        description: z.ZodOptional<z.ZodString>;
        project: z.ZodOptional<z.ZodString>;
        createdAt: z.ZodOptional<z.ZodNumber>;
        updatedAt: z.ZodOptional<z.ZodNumber>;
        area: z.ZodOptional<z.ZodString>;
        shortUrlConfig: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            isEnabled: z.ZodOptional<z.ZodString>;
            belong: z.ZodOptional<z.ZodString>;
            isNeedClickDetails: z.ZodOptional<z.ZodString>;
            uaCheckStrategy: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>>;
    }, z.core.$strip>, unknown>>>>;
    Page: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    page: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    PageIndex: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    pageIndex: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    PageSize: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    pageSize: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
}, z.core.$strip>, z.ZodTransform<{
    total?: number;
    list: {
        templateId?: string | undefined;
        secondTemplateId?: string | undefined;
        templateName?: string | undefined;
        name?: string | undefined;
        content?: string | undefined;
        templateParams?: ({
            name?: never;
        } | {
            name: string;
        })[] | null | undefined;
        channelType?: string | undefined;
        signature?: string | undefined;
        signatures?: string[] | null | undefined;
        subAccounts?: string[] | null | undefined;
        status?: string | number | undefined;
        statusDescription?: string | undefined;
        description?: string | undefined;
        project?: string | undefined;
        createdAt?: number | undefined;
        updatedAt?: number | undefined;
        area?: string | undefined;
        shortUrlConfig?: {
            isEnabled?: string | undefined;
            belong?: string | undefined;
            isNeedClickDetails?: string | undefined;
            uaCheckStrategy?: number | undefined;
        } | null | undefined;
    }[];
    pageIndex?: number;
    pageSize?: number;
}, {
    Total?: number | null | undefined;
    total?: number | null | undefined;
    List?: {
        templateId?: string | undefined;
        secondTemplateId?: string | undefined;
        templateName?: string | undefined;
        name?: string | undefined;
        content?: string | undefined;
        templateParams?: ({
            name?: never;
        } | {
            name: string;
        })[] | null | undefined;
        channelType?: string | undefined;
        signature?: string | undefined;
        signatures?: string[] | null | undefined;
        subAccounts?: string[] | null | undefined;
        status?: string | number | undefined;
        statusDescription?: string | undefined;
        description?: string | undefined;
        project?: string | undefined;
        createdAt?: number | undefined;
        updatedAt?: number | undefined;
        area?: string | undefined;
        shortUrlConfig?: {
            isEnabled?: string | undefined;
            belong?: string | undefined;
            isNeedClickDetails?: string | undefined;
            uaCheckStrategy?: number | undefined;
        } | null | undefined;
    }[] | null | undefined;
    list?: {
        templateId?: string | undefined;
        secondTemplateId?: string | undefined;
        templateName?: string | undefined;
        name?: string | undefined;
        content?: string | undefined;
        templateParams?: ({
            name?: never;
        } | {
            name: string;
        })[] | null | undefined;
        channelType?: string | undefined;
        signature?: string | undefined;
        signatures?: string[] | null | undefined;
        subAccounts?: string[] | null | undefined;
        status?: string | number | undefined;
        statusDescription?: string | undefined;
        description?: string | undefined;
        project?: string | undefined;
        createdAt?: number | undefined;
        updatedAt?: number | undefined;
        area?: string | undefined;
        shortUrlConfig?: {
            isEnabled?: string | undefined;
            belong?: string | undefined;
            isNeedClickDetails?: string | undefined;
            uaCheckStrategy?: number | undefined;
        } | null | undefined;
    }[] | null | undefined;
    Items?: {
        templateId?: string | undefined;
        secondTemplateId?: string | undefined;
        templateName?: string | undefined;
        name?: string | undefined;
        content?: string | undefined;
        templateParams?: ({
            name?: never;
        } | {
            name: string;
        })[] | null | undefined;
        channelType?: string | undefined;
        signature?: string | undefined;
        signatures?: string[] | null | undefined;
        subAccounts?: string[] | null | undefined;
        status?: string | number | undefined;
        statusDescription?: string | undefined;
        description?: string | undefined;
        project?: string | undefined;
        createdAt?: number | undefined;
        updatedAt?: number | undefined;
        area?: string | undefined;
        shortUrlConfig?: {
            isEnabled?: string | undefined;
            belong?: string | undefined;
            isNeedClickDetails?: string | undefined;
            uaCheckStrategy?: number | undefined;
        } | null | undefined;
    }[] | null | undefined;
    items?: {
        templateId?: string | undefined;
        secondTemplateId?: string | undefined;
        templateName?: string | undefined;
        name?: string | undefined;
        content?: string | undefined;
        templateParams?: ({
            name?: never;
        } | {
            name: string;
        })[] | null | undefined;
        channelType?: string | undefined;
        signature?: string | undefined;
        signatures?: string[] | null | undefined;
        subAccounts?: string[] | null | undefined;
        status?: string | number | undefined;
        statusDescription?: string | undefined;
        description?: string | undefined;
        project?: string | undefined;
        createdAt?: number | undefined;
        updatedAt?: number | undefined;
        area?: string | undefined;
        shortUrlConfig?: {
            isEnabled?: string | undefined;
            belong?: string | undefined;
            isNeedClickDetails?: string | undefined;
            uaCheckStrategy?: number | undefined;
        } | null | undefined;
    }[] | null | undefined;
    Page?: number | null | undefined;
    page?: number | null | undefined;
    PageIndex?: number | null | undefined;
    pageIndex?: number | null | undefined;
    PageSize?: number | null | undefined;
    pageSize?: number | null | undefined;
}>>;
export declare const SignatureApplicationSchema: z.ZodObject<{
    applyId: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
    status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    reason: z.ZodOptional<z.ZodNullable<z.ZodString>>;
}, z.core.$strip>;
export declare const TemplateApplicationSchema: z.ZodObject<{
    templateId: z.ZodOptional<z.ZodString>;
    status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    statusDescription: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    auditOpinion: z.ZodOptional<z.ZodNullable<z.ZodString>>;
}, z.core.$strip>;
export declare const UploadTosURLSchema: z.ZodObject<{
    file: z.ZodString;
    url: z.ZodString;
}, z.core.$strip>;
export declare const TemplateUploadDemoSchema: z.ZodObject<{
    fileName: z.ZodOptional<z.ZodString>;
    value: z.ZodOptional<z.ZodString>;
    contentType: z.ZodOptional<z.ZodString>;
    size: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export declare const BatchTaskCreatedSchema: z.ZodObject<{
    taskId: z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>;
    dupCount: z.ZodOptional<z.ZodNumber>;
    totalCount: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export declare const BatchTaskSchema: z.ZodObject<{
    taskId: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
    subAccount: z.ZodOptional<z.ZodString>;
    taskName: z.ZodOptional<z.ZodString>;
    signature: z.ZodOptional<z.ZodString>;
    templateId: z.ZodOptional<z.ZodString>;
    templateName: z.ZodOptional<z.ZodString>;
    channelType: z.ZodOptional<z.ZodString>;
    scheduled: z.ZodOptional<z.ZodBoolean>;
    sendTime: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
    fileUrl: z.ZodOptional<z.ZodString>;
    status: z.ZodOptional<z.ZodNumber>;
    totalCount: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export declare const BatchTaskListSchema: z.ZodPipe<z.ZodObject<{
    Total: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    total: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    List: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        taskId: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
        subAccount: z.ZodOptional<z.ZodString>;
        taskName: z.ZodOptional<z.ZodString>;
        signature: z.ZodOptional<z.ZodString>;
        templateId: z.ZodOptional<z.ZodString>;
        templateName: z.ZodOptional<z.ZodString>;
        channelType: z.ZodOptional<z.ZodString>;
        scheduled: z.ZodOptional<z.ZodBoolean>;
        sendTime: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        fileUrl: z.ZodOptional<z.ZodString>;
        status: z.ZodOptional<z.ZodNumber>;
        totalCount: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>>>;
    list: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        taskId: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
        subAccount: z.ZodOptional<z.ZodString>;
        taskName: z.ZodOptional<z.ZodString>;
        signature: z.ZodOptional<z.ZodString>;
        templateId: z.ZodOptional<z.ZodString>;
        templateName: z.ZodOptional<z.ZodString>;
        channelType: z.ZodOptional<z.ZodString>;
        scheduled: z.ZodOptional<z.ZodBoolean>;
        sendTime: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        fileUrl: z.ZodOptional<z.ZodString>;
        status: z.ZodOptional<z.ZodNumber>;
        totalCount: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>>>;
    Items: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        taskId: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
        subAccount: z.ZodOptional<z.ZodString>;
        taskName: z.ZodOptional<z.ZodString>;
        signature: z.ZodOptional<z.ZodString>;
        templateId: z.ZodOptional<z.ZodString>;
        templateName: z.ZodOptional<z.ZodString>;
        channelType: z.ZodOptional<z.ZodString>;
        scheduled: z.ZodOptional<z.ZodBoolean>;
        sendTime: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        fileUrl: z.ZodOptional<z.ZodString>;
        status: z.ZodOptional<z.ZodNumber>;
        totalCount: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>>>;
    items: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        taskId: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
        subAccount: z.ZodOptional<z.ZodString>;
        taskName: z.ZodOptional<z.ZodString>;
        signature: z.ZodOptional<z.ZodString>;
        templateId: z.ZodOptional<z.ZodString>;
        templateName: z.ZodOptional<z.ZodString>;
        channelType: z.ZodOptional<z.ZodString>;
        scheduled: z.ZodOptional<z.ZodBoolean>;
        sendTime: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        fileUrl: z.ZodOptional<z.ZodString>;
        status: z.ZodOptional<z.ZodNumber>;
        totalCount: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>>>;
    Page: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    page: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    PageIndex: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    pageIndex: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    PageSize: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    pageSize: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
}, z.core.$strip>, z.ZodTransform<{
    total?: number;
    list: {
        taskId?: string | undefined;
        subAccount?: string | undefined;
        taskName?: string | undefined;
        signature?: string | undefined;
        templateId?: string | undefined;
        templateName?: string | undefined;
        channelType?: string | undefined;
        scheduled?: boolean | undefined;
        sendTime?: string | number | null | undefined;
        fileUrl?: string | undefined;
        status?: number | undefined;
        totalCount?: number | undefined;
    }[];
    pageIndex?: number;
    pageSize?: number;
}, {
    Total?: number | null | undefined;
    total?: number | null | undefined;
    List?: {
        taskId?: string | undefined;
        subAccount?: string | undefined;
        taskName?: string | undefined;
        signature?: string | undefined;
        templateId?: string | undefined;
        templateName?: string | undefined;
        channelType?: string | undefined;
        scheduled?: boolean | undefined;
        sendTime?: string | number | null | undefined;
        fileUrl?: string | undefined;
        status?: number | undefined;
        totalCount?: number | undefined;
    }[] | null | undefined;
    list?: {
        taskId?: string | undefined;
        subAccount?: string | undefined;
        taskName?: string | undefined;
        signature?: string | undefined;
        templateId?: string | undefined;
        templateName?: string | undefined;
        channelType?: string | undefined;
        scheduled?: boolean | undefined;
        sendTime?: string | number | null | undefined;
        fileUrl?: string | undefined;
        status?: number | undefined;
        totalCount?: number | undefined;
    }[] | null | undefined;
    Items?: {
        taskId?: string | undefined;
        subAccount?: string | undefined;
        taskName?: string | undefined;
        signature?: string | undefined;
        templateId?: string | undefined;
        templateName?: string | undefined;
        channelType?: string | undefined;
        scheduled?: boolean | undefined;
        sendTime?: string | number | null | undefined;
        fileUrl?: string | undefined;
        status?: number | undefined;
        totalCount?: number | undefined;
    }[] | null | undefined;
    items?: {
        taskId?: string | undefined;
        subAccount?: string | undefined;
        taskName?: string | undefined;
        signature?: string | undefined;
        templateId?: string | undefined;
        templateName?: string | undefined;
        channelType?: string | undefined;
        scheduled?: boolean | undefined;
        sendTime?: string | number | null | undefined;
        fileUrl?: string | undefined;
        status?: number | undefined;
        totalCount?: number | undefined;
    }[] | null | undefined;
    Page?: number | null | undefined;
    page?: number | null | undefined;
    PageIndex?: number | null | undefined;
    pageIndex?: number | null | undefined;
    PageSize?: number | null | undefined;
    pageSize?: number | null | undefined;
}>>;
/** ConsentBatchTask and DeleteBatchTask keep nothing of `Result`. */
export declare const EmptyResultSchema: z.ZodObject<{}, z.core.$strip>;
export type IndustryConfig = z.output<typeof IndustryConfigSchema>;
export type SubAccountDetail = z.output<typeof SubAccountDetailSchema>;
export type Qualification = z.output<typeof QualificationSchema>;
export type QualificationList = z.output<typeof QualificationListSchema>;
export type SecondTemplate = z.output<typeof SecondTemplateSchema>;
export type SecondTemplateList = z.output<typeof SecondTemplateListSchema>;
export type SignatureApplication = z.output<typeof SignatureApplicationSchema>;
export type TemplateApplication = z.output<typeof TemplateApplicationSchema>;
export type UploadTosURL = z.output<typeof UploadTosURLSchema>;
export type TemplateUploadDemo = z.output<typeof TemplateUploadDemoSchema>;
export type BatchTaskCreated = z.output<typeof BatchTaskCreatedSchema>;
export type BatchTask = z.output<typeof BatchTaskSchema>;
export type BatchTaskList = z.output<typeof BatchTaskListSchema>;
export type EmptyResult = z.output<typeof EmptyResultSchema>;
