import { z } from 'zod';
import { templateVariables } from "../sending/template.js";
/**
 * Request schemas of the twelve lowerCamel `2026-01-01` actions (agent-v2 reference §2). Each one is the
 * exact set of wire fields, strict (an unknown key such as `uploadFileList` or `callbackUrl` is refused,
 * never sent or dropped), with no defaults or transforms: a request that passes is sent exactly as given.
 * GET actions put these fields in the query, POST actions in the JSON body (see ../agent-v2/calls.ts).
 */
const int = z.number().int();
const text = z.string().min(1);
const optionalText = z.string().optional();
export const ChannelTypeSchema = z.enum(['CN_OTP', 'CN_NTC', 'CN_MKT']);
const paging = { pageIndex: int.min(1).max(100_000), pageSize: int.min(1).max(100) };
// Python counts code points; a TypeScript length counts UTF-16 units.
const codePoints = (value) => [...value].length;
const distinct = (values) => new Set(values).size === values.length;
const idList = (what) => z
    .array(text)
    .min(1)
    .refine(distinct, { message: `list each ${what} once` });
export const GetSubAccountDetailQuerySchema = z.strictObject({ subAccount: text });
export const GetSignatureIdentificationListBodySchema = z.strictObject({
    ...paging,
    id: int.min(1).optional(),
    materialName: optionalText,
    status: z.array(int).optional(),
});
export const ListSecondTemplateQuerySchema = z.strictObject({
    project: optionalText,
    templateId: optionalText,
    secondTemplateId: optionalText,
    /** One signature, sent as a scalar. */
    signatures: optionalText,
});
const BRACKETED = /^(【.*】|\[.*\]|［.*］)$/su;
export const ApplySmsSignatureV2BodySchema = z
    .strictObject({
    content: z
        .string()
        .refine((s) => !BRACKETED.test(s), { message: 'give the signature text without its 【】 brackets' })
        .refine((s) => codePoints(s) >= 2 && codePoints(s) <= 25, { message: 'must have 2 to 25 characters' }),
    /** 1 own use, 2 for others. */
    purpose: z.union([z.literal(1), z.literal(2)]),
    /** 1 company, 2 App, 3 trademark. */
    source: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** An approved, usable qualification (GetSignatureIdentificationList). */
    signatureIdentificationID: int.min(1),
    subAccounts: idList('message group'),
    /** Never omitted: the server may default to every channel. */
    channelTypes: z.array(ChannelTypeSchema).min(1).refine(distinct, { message: 'list each channel once' }),
    desc: optionalText,
    domain: optionalText,
    scene: optionalText,
    projectName: optionalText,
    appIcp: z.strictObject({ appIcpFilling: text }).optional(),
    trademark: z
        .strictObject({ trademarkCn: optionalText, trademarkEn: optionalText, trademarkNumber: optionalText })
        .optional(),
})
    .superRefine((body, ctx) => {
    if (body.appIcp && body.source !== 2)
        ctx.addIssue({ code: 'custom', path: ['appIcp'], message: 'only with source 2 (App)' });
    if (body.trademark && body.source !== 3)
        ctx.addIssue({ code: 'custom', path: ['trademark'], message: 'only with source 3 (trademark)' });
});
const LINK_VARIABLES = new Set(['url', 'link', 'short_url', 'shortUrl']);
export const ApplySmsTemplateV2BodySchema = z
    .strictObject({
    /** `${name}` placeholders, names `[A-Za-z_][A-Za-z0-9_]*`. */
    content: text,
    channelType: ChannelTypeSchema,
    area: z.literal('cn'),
    name: text,
    signatures: idList('signature'),
    subAccounts: idList('message group'),
    /** Exactly the content's placeholders; `[]` for fixed text. */
    templateParams: z.array(z.strictObject({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/) })),
    project: optionalText,
    desc: optionalText,
    /** Marketing (`CN_MKT`) templates only. */
    shortUrlConfig: z
        .strictObject({
        isEnabled: optionalText,
        belong: optionalText,
        isNeedClickDetails: optionalText,
        uaCheckStrategy: int.optional(),
    })
        .optional(),
})
    .superRefine((body, ctx) => {
    const placeholders = templateVariables(body.content);
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
export const GetUploadTosURLQuerySchema = z.strictObject({ suffix: z.literal('csv') });
export const TemplateUploadDemoBodySchema = z.strictObject({
    subAccount: text,
    templateId: text,
    /** Sent only as `true`. */
    forceUpdate: z.literal(true).optional(),
});
export const SetBatchTaskBodySchema = z
    .strictObject({
    subAccount: text,
    /** The task's name (the detail calls it `taskName`). */
    name: text,
    signature: text,
    templateId: text,
    /** Display name, else the template id. */
    templateName: text,
    /** Verification (`CN_OTP`) templates are never sent in batch. */
    channelType: z.enum(['CN_NTC', 'CN_MKT']),
    scheduled: z.boolean(),
    /** Unix seconds when scheduled, else 0. */
    sendTime: int.min(0),
    /** The `file` key GetUploadTosURL returned, never the presigned URL. */
    fileUrl: text.refine((key) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(key), {
        message: 'give the file key GetUploadTosURL returned, not the upload URL',
    }),
    /** Always `{}`. */
    extra: z.strictObject({}),
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
const taskRef = { subAccount: text, taskId: text };
export const GetBatchTaskDetailQuerySchema = z.strictObject(taskRef);
export const GetBatchTaskListQuerySchema = z.strictObject({
    subAccount: text,
    ...paging,
    taskName: optionalText,
    /** Sent raw, not normalised. */
    signature: optionalText,
    templateId: optionalText,
});
export const ConsentBatchTaskBodySchema = z.strictObject(taskRef);
export const DeleteBatchTaskBodySchema = z.strictObject(taskRef);
