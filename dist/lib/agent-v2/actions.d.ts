import type { PickSchema } from '../dialects/dialect.ts';
import type { ReconcilingRead } from '../errors/errors.ts';
import type * as Req from '../schemas/agent-v2-requests.ts';
/**
 * The twelve lowerCamel `2026-01-01` actions as data: method, class, schemas and, for a write, the read that
 * settles a lost answer (agent-v2 reference §1.2). The class alone decides retries: a read is retried on
 * anything transient, a write is sent at most once and a lost answer is "outcome unknown" (§5.2).
 */
export interface AgentV2Action<I, P, R> {
    action: string;
    /** The exact params sent, from the caller's input: the documented defaults filled in, nothing else. */
    prepare: (input: I) => P;
    method: 'GET' | 'POST';
    kind: 'read' | 'write';
    params: PickSchema;
    result: PickSchema<R>;
    /** Writes only: the read that reconciles a lost answer; undefined when nothing can (no key to look up). */
    reconcile?: ((params: P) => ReconcilingRead | undefined) | undefined;
    /** Writes only: what to do when it cannot be reconciled. */
    unreconciled?: string | undefined;
    /** The one action whose success may be a CSV file instead of JSON (reference §2.7). */
    answersCsv?: boolean | undefined;
}
/** Paged inputs may leave the page out: page 1 of 100. */
export type WithPaging<P extends {
    pageIndex: number;
    pageSize: number;
}> = Omit<P, 'pageIndex' | 'pageSize'> & Partial<Pick<P, 'pageIndex' | 'pageSize'>>;
export type GetSignatureIdentificationListInput = WithPaging<Req.GetSignatureIdentificationListBody>;
export type GetBatchTaskListInput = WithPaging<Req.GetBatchTaskListQuery>;
/** `area` is always `cn`. */
export type ApplySmsTemplateV2Input = Omit<Req.ApplySmsTemplateV2Body, 'area'> & {
    area?: 'cn';
};
/** `forceUpdate: false` is not sent. */
export type TemplateUploadDemoInput = Omit<Req.TemplateUploadDemoBody, 'forceUpdate'> & {
    forceUpdate?: boolean;
};
/** `extra` is always `{}`. */
export type SetBatchTaskInput = Omit<Req.SetBatchTaskBody, 'extra'> & {
    extra?: Record<string, never>;
};
export declare const AGENT_V2_ACTIONS: {
    getSubAccountDetail: AgentV2Action<{
        subAccount: string;
    }, {
        subAccount: string;
    }, {
        channelTypeToIndustryConfig: {
            channelType?: string | undefined;
            channelTypeCn?: string | undefined;
            industry?: string | undefined;
            industryCn?: string | undefined;
        }[];
        subAccountId?: string | undefined;
        subAccountName?: string | undefined;
        status?: string | number | undefined;
    }>;
    getSignatureIdentificationList: AgentV2Action<GetSignatureIdentificationListInput, {
        pageIndex: number;
        pageSize: number;
        id?: number | undefined;
        materialName?: string | undefined;
        status?: number[] | undefined;
    }, {
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
    }>;
    listSecondTemplate: AgentV2Action<{
        project?: string | undefined;
        templateId?: string | undefined;
        secondTemplateId?: string | undefined;
        signatures?: string | undefined;
    }, {
        project?: string | undefined;
        templateId?: string | undefined;
        secondTemplateId?: string | undefined;
        signatures?: string | undefined;
    }, {
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
    }>;
    applySmsSignatureV2: AgentV2Action<{
        content: string;
        purpose: 1 | 2;
        source: 1 | 2 | 3;
        signatureIdentificationID: number;
        subAccounts: string[];
        channelTypes: ("CN_OTP" | "CN_NTC" | "CN_MKT")[];
        desc?: string | undefined;
        domain?: string | undefined;
        scene?: string | undefined;
        projectName?: string | undefined;
        appIcp?: {
            appIcpFilling: string;
        } | undefined;
        trademark?: {
            trademarkCn?: string | undefined;
            trademarkEn?: string | undefined;
            trademarkNumber?: string | undefined;
        } | undefined;
    }, {
        content: string;
        purpose: 1 | 2;
        source: 1 | 2 | 3;
        signatureIdentificationID: number;
        subAccounts: string[];
        channelTypes: ("CN_OTP" | "CN_NTC" | "CN_MKT")[];
        desc?: string | undefined;
        domain?: string | undefined;
        scene?: string | undefined;
        projectName?: string | undefined;
        appIcp?: {
            appIcpFilling: string;
        } | undefined;
        trademark?: {
            trademarkCn?: string | undefined;
            trademarkEn?: string | undefined;
            trademarkNumber?: string | undefined;
        } | undefined;
    }, {
        applyId?: string | undefined;
        status?: string | number | undefined;
        reason?: string | null | undefined;
    }>;
    applySmsTemplateV2: AgentV2Action<ApplySmsTemplateV2Input, {
        content: string;
        channelType: "CN_OTP" | "CN_NTC" | "CN_MKT";
        area: "cn";
        name: string;
        signatures: string[];
        subAccounts: string[];
        templateParams: {
            name: string;
        }[];
        project?: string | undefined;
        desc?: string | undefined;
        shortUrlConfig?: {
            isEnabled?: string | undefined;
            belong?: string | undefined;
            isNeedClickDetails?: string | undefined;
            uaCheckStrategy?: number | undefined;
        } | undefined;
    }, {
        templateId?: string | undefined;
        status?: string | number | undefined;
        statusDescription?: string | null | undefined;
        auditOpinion?: string | null | undefined;
    }>;
    getUploadTosURL: AgentV2Action<Partial<{
        suffix: "csv";
    }>, {
        suffix: "csv";
    }, {
        file: string;
        url: string;
    }>;
    templateUploadDemo: AgentV2Action<TemplateUploadDemoInput, {
        subAccount: string;
        templateId: string;
        forceUpdate?: true | undefined;
    }, {
        fileName?: string | undefined;
        value?: string | undefined;
        contentType?: string | undefined;
        size?: number | undefined;
    }>;
    setBatchTask: AgentV2Action<SetBatchTaskInput, {
        subAccount: string;
        name: string;
        signature: string;
        templateId: string;
        templateName: string;
        channelType: "CN_NTC" | "CN_MKT";
        scheduled: boolean;
        sendTime: number;
        fileUrl: string;
        extra: Record<string, never>;
    }, {
        taskId: string;
        dupCount?: number | undefined;
        totalCount?: number | undefined;
    }>;
    getBatchTaskDetail: AgentV2Action<{
        subAccount: string;
        taskId: string;
    }, {
        subAccount: string;
        taskId: string;
    }, {
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
    }>;
    getBatchTaskList: AgentV2Action<GetBatchTaskListInput, {
        pageIndex: number;
        pageSize: number;
        subAccount: string;
        taskName?: string | undefined;
        signature?: string | undefined;
        templateId?: string | undefined;
    }, {
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
    }>;
    consentBatchTask: AgentV2Action<{
        subAccount: string;
        taskId: string;
    }, {
        subAccount: string;
        taskId: string;
    }, Record<string, never>>;
    deleteBatchTask: AgentV2Action<{
        subAccount: string;
        taskId: string;
    }, {
        subAccount: string;
        taskId: string;
    }, Record<string, never>>;
};
