import { z } from 'zod';
import { ClientSendBatchSmsBodySchema, ClientSendSmsBodySchema } from '../../core/internal.ts';

/**
 * Request schemas of the classic actions (reference §3.1–3.7): send bodies in PascalCase, management
 * parameters in lowerCamel. Numbers may arrive as query strings; request-params.ts types them first.
 * The send bodies are the core's (schemas/classic.ts: what our client sends) widened to what any real
 * client may send (numeric PhoneNumber from the Node SDK, UserExtCode); the management parameters are
 * the sandbox's own (typed from query strings, page sizes up to 1000).
 */

const pageIndex = z.number().int().min(1).default(1);
const pageSize = (fallback: number) => z.number().int().min(1).max(1000).default(fallback);

/** The core's send body, plus what other SDKs send: UserExtCode. */
export const SendSmsBodySchema = ClientSendSmsBodySchema.extend({ UserExtCode: z.string().optional() });

/** The core's batch body, but any number of messages (acceptSend answers too many) and From. */
export const SendBatchSmsBodySchema = ClientSendBatchSmsBodySchema.extend({
  Messages: z.array(
    z.object({
      // The Node SDK types PhoneNumber as a number (a bug); the doc and Go send a string. Take both.
      PhoneNumber: z.union([z.string().min(1), z.number().int().transform(String)]),
      TemplateParam: z.string().optional(),
    }),
  ),
  From: z.string().optional(),
});

export const GetSubAccountListSchema = z.object({
  subAccount: z.string().optional(),
  subAccountName: z.string().optional(),
  pageIndex,
  pageSize: pageSize(1000),
});

export const GetSubAccountDetailSchema = z.object({ subAccount: z.string().min(1) });

export const GetSignatureAndOrderListSchema = z.object({
  /** 2021-01-11 */
  subAccount: z.string().optional(),
  /** 2025-01-01 */
  subAccounts: z.array(z.string()).optional(),
  signature: z.string().optional(),
  status: z.number().int().optional(),
  pageIndex,
  pageSize: pageSize(10),
});

export const GetSmsTemplateAndOrderListSchema = z.object({
  subAccount: z.string().optional(),
  templateId: z.string().optional(),
  name: z.string().optional(),
  area: z.enum(['cn', 'overseas', 'all']).optional(),
  channelType: z.string().optional(),
  content: z.string().optional(),
  pageIndex,
  pageSize: pageSize(10),
});

export const GetSmsSendDetailsSchema = z.object({
  subAccount: z.string().min(1),
  phoneNumber: z.string().optional(),
  messageId: z.string().optional(),
  /** `yyyyMMdd`, an Asia/Shanghai date. */
  sendDate: z
    .string()
    .regex(/^\d{8}$/, 'use yyyyMMdd, e.g. 20240424')
    .optional(),
  pageIndex,
  pageSize: pageSize(10),
});

// Java sends the stats times as strings of epoch seconds.
const epochSeconds = z.union([
  z.number().int(),
  z.string().regex(/^\d+$/, 'epoch seconds').transform(Number),
]);

export const GetTotalSendCountStatV5Schema = z.object({
  startTime: epochSeconds,
  endTime: epochSeconds,
  smsAccount: z.string().optional(),
  signature: z.string().optional(),
  templateId: z.string().optional(),
  channelType: z.string().optional(),
});

// The verification-code pair and Conversion (2020-01-01, PascalCase JSON; the Node SDK's
// SendVerifyCode/CheckVerifyCode/Conversion). Ranges as the core's schemas/verify-code.ts documents them.
const phoneNumber = z.union([z.string().min(1), z.number().int().transform(String)]);

export const SendSmsVerifyCodeBodySchema = z.object({
  SmsAccount: z.string().min(1),
  Sign: z.string().min(1),
  TemplateID: z.string().min(1),
  PhoneNumber: phoneNumber,
  Scene: z.string().min(1),
  CodeType: z.union([z.literal(4), z.literal(6), z.literal(8)]).default(6),
  ExpireTime: z.number().int().min(180).max(1800).default(180),
  TryCount: z.number().int().min(1).max(10).default(3),
  Tag: z.string().max(512).optional(),
  UserExtCode: z.string().optional(),
});

export const CheckSmsVerifyCodeBodySchema = z.object({
  SmsAccount: z.string().min(1),
  PhoneNumber: phoneNumber,
  Scene: z.string().min(1),
  Code: z.string().min(1),
});

export const ConversionBodySchema = z.object({
  MessageIDs: z.array(z.string().min(1)).min(1).max(100),
  Type: z.number().int().min(0),
});
