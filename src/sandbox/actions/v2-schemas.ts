import { z } from 'zod';

/**
 * Request schemas of the twelve `2026-01-01` V2 actions (reference-v2 §2), lowerCamel, as the service
 * takes them: what any client may send, checked field by field (wrong fields answer 1001 naming them).
 * Query values of the GET actions are typed by the shapes in v2-actions.ts first.
 */

const CHANNEL = z.enum(['CN_OTP', 'CN_NTC', 'CN_MKT']);
const text = z.string().min(1);
const pageIndex = z.number().int().min(1);
const pageSize = z.number().int().min(1).max(100);

export const GetSubAccountDetailV2Schema = z.object({ subAccount: text });

export const GetSignatureIdentificationListSchema = z.object({
  pageIndex,
  pageSize,
  id: z.number().int().optional(),
  materialName: z.string().optional(),
  status: z.array(z.number().int()).optional(),
});

export const ListSecondTemplateSchema = z.object({
  project: z.string().optional(),
  templateId: z.string().optional(),
  secondTemplateId: z.string().optional(),
  /** One signature as a scalar (what the skill sends) or several. */
  signatures: z.union([z.string(), z.array(z.string())]).optional(),
  pageIndex: pageIndex.optional(),
  pageSize: z.number().int().min(1).max(1000).optional(),
});

export const ApplySmsSignatureV2Schema = z.object({
  content: text,
  purpose: z.union([z.literal(1), z.literal(2)]),
  source: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  signatureIdentificationID: z.number().int().positive(),
  subAccounts: z.array(text).min(1),
  channelTypes: z.array(CHANNEL).min(1),
  desc: z.string().optional(),
  domain: z.string().optional(),
  scene: z.string().optional(),
  projectName: z.string().optional(),
  appIcp: z.strictObject({ appIcpFilling: text }).optional(),
  trademark: z
    .strictObject({
      trademarkCn: z.string().optional(),
      trademarkEn: z.string().optional(),
      trademarkNumber: z.string().optional(),
    })
    .optional(),
});

export const ApplySmsTemplateV2Schema = z.object({
  content: text,
  channelType: CHANNEL,
  area: z.literal('cn'),
  name: text,
  signatures: z.array(text).min(1),
  subAccounts: z.array(text).min(1),
  templateParams: z.array(z.strictObject({ name: text })),
  project: z.string().optional(),
  desc: z.string().optional(),
  shortUrlConfig: z
    .strictObject({
      isEnabled: z.string().optional(),
      belong: z.string().optional(),
      isNeedClickDetails: z.string().optional(),
      uaCheckStrategy: z.number().int().optional(),
    })
    .optional(),
});

export const GetUploadTosUrlSchema = z.object({ suffix: z.literal('csv') });

export const TemplateUploadDemoSchema = z.object({
  subAccount: text,
  templateId: text,
  forceUpdate: z.boolean().optional(),
});

export const SetBatchTaskSchema = z.object({
  subAccount: text,
  name: text,
  signature: text,
  templateId: text,
  templateName: z.string().optional(),
  channelType: z.enum(['CN_NTC', 'CN_MKT', 'CN_OTP']),
  scheduled: z.boolean(),
  sendTime: z.number().int().min(0),
  fileUrl: text,
  extra: z.record(z.string(), z.unknown()).optional(),
});

/** taskId arrives as a string (the skill) or a number (other clients). */
const taskId = z.union([text, z.number().int().transform(String)]);

export const BatchTaskRefSchema = z.object({ subAccount: text, taskId });

export const GetBatchTaskListSchema = z.object({
  subAccount: text,
  pageIndex,
  pageSize,
  taskName: z.string().optional(),
  signature: z.string().optional(),
  templateId: z.string().optional(),
});
