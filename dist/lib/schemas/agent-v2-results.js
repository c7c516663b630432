import { z } from 'zod';
/**
 * Result schemas of the twelve lowerCamel `2026-01-01` actions. Each one is the action's allowlist of
 * agent-v2 reference §1.3: a key not on it is dropped at every depth (an ID-card number, a material URL,
 * a field of another casing), so what a caller sees is what the skill's client keeps. Only
 * ListSecondTemplate takes both casings; its items come out in lowerCamel. Paged answers come out as
 * `{ total, list, pageIndex, pageSize }`, whichever of `Total`/`total`, `List`/`list`/`Items`/`items`… the
 * server used.
 */
const int = z.number().int();
/** Ids the reference leaves untyped (`taskId`, `applyId`): numbers are turned into their text. */
const idText = z.union([z.string(), z.number()]).transform(String);
const status = z.union([int, z.string()]);
const optionalText = z.string().optional();
function paged(item) {
    const list = z.array(item).nullish();
    const number = int.nullish();
    return z
        .object({
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
    return z.preprocess((input) => {
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
    }, z.object(shape));
}
export const IndustryConfigSchema = z.object({
    channelType: optionalText,
    channelTypeCn: optionalText,
    industry: optionalText,
    industryCn: optionalText,
});
export const SubAccountDetailSchema = z.object({
    subAccountId: idText.optional(),
    subAccountName: optionalText,
    /** 1 = usable. */
    status: status.optional(),
    channelTypeToIndustryConfig: z
        .array(IndustryConfigSchema)
        .nullish()
        .transform((v) => v ?? []),
});
export const QualificationSchema = z.object({
    id: z.union([int, z.string()]).optional(),
    /** 1 own use, 2 for others. */
    purpose: status.optional(),
    materialName: optionalText,
    businessCertificateName: optionalText,
    effectSignatures: z.union([z.array(z.string()), z.string()]).nullish(),
    /** Approved: 3/5, `true` or one of the approval words (reference §2.2). */
    auditStatus: z.union([int, z.string(), z.boolean()]).optional(),
    auditOpinion: z.string().nullish(),
    auditedAt: z.union([int, z.string()]).nullish(),
    usable: z.boolean().optional(),
    isOrder: z.boolean().optional(),
});
export const QualificationListSchema = paged(QualificationSchema);
const ParamNameSchema = z
    .object({ name: optionalText, Name: optionalText, ParamName: optionalText })
    .transform((p) => {
    const name = p.name ?? p.Name ?? p.ParamName;
    return name === undefined ? {} : { name };
});
export const SecondTemplateSchema = bothCasings({
    templateId: optionalText,
    secondTemplateId: optionalText,
    templateName: optionalText,
    name: optionalText,
    content: optionalText,
    /** `[]` = fixed text; absent = unknown. */
    templateParams: z.array(ParamNameSchema).nullish(),
    channelType: optionalText,
    signature: optionalText,
    signatures: z.array(z.string()).nullish(),
    subAccounts: z.array(z.string()).nullish(),
    status: status.optional(),
    statusDescription: optionalText,
    description: optionalText,
    project: optionalText,
    /** Unix seconds. */
    createdAt: int.optional(),
    updatedAt: int.optional(),
    area: optionalText,
    shortUrlConfig: z
        .object({
        isEnabled: optionalText,
        belong: optionalText,
        isNeedClickDetails: optionalText,
        uaCheckStrategy: int.optional(),
    })
        .nullish(),
});
export const SecondTemplateListSchema = paged(SecondTemplateSchema);
export const SignatureApplicationSchema = z.object({
    applyId: idText.optional(),
    status: status.optional(),
    reason: z.string().nullish(),
});
export const TemplateApplicationSchema = z.object({
    templateId: optionalText,
    status: status.optional(),
    statusDescription: z.string().nullish(),
    auditOpinion: z.string().nullish(),
});
export const UploadTosURLSchema = z.object({
    /** The object key, later SetBatchTask's `fileUrl`. */
    file: z.string().min(1),
    /** A presigned PUT URL, valid for five minutes; its query is a credential and is never shown. */
    url: z.string().min(1),
});
export const TemplateUploadDemoSchema = z.object({
    fileName: optionalText,
    /** The sample CSV text (header `phone,<variables…>`). */
    value: optionalText,
    contentType: optionalText,
    /** Bytes. */
    size: int.optional(),
});
export const BatchTaskCreatedSchema = z.object({
    taskId: idText,
    dupCount: int.optional(),
    totalCount: int.optional(),
});
export const BatchTaskSchema = z.object({
    taskId: idText.optional(),
    subAccount: optionalText,
    taskName: optionalText,
    signature: optionalText,
    templateId: optionalText,
    templateName: optionalText,
    channelType: optionalText,
    scheduled: z.boolean().optional(),
    /** Unix seconds as a number, ISO 8601 as a string; 0 or empty = immediate. */
    sendTime: z.union([z.number(), z.string()]).nullish(),
    fileUrl: optionalText,
    /** 0 Init … 2 Valid (the only state ConsentBatchTask takes) … 6 Done, 7 Canceled, 8 Failed, 9 Killed. */
    status: int.optional(),
    totalCount: int.optional(),
});
export const BatchTaskListSchema = paged(BatchTaskSchema);
/** ConsentBatchTask and DeleteBatchTask keep nothing of `Result`. */
export const EmptyResultSchema = z.object({});
