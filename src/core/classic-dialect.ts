import type { z } from 'zod';
import type { WireCall } from './build-request.ts';
import { checkedBody, compact, type Dialect, type DialectCall } from './dialect.ts';
import { SmsInputError } from './errors.ts';
import { normalizePhone } from './phone.ts';
import type { SendLogList, SendStats, SignatureList, SubAccountList, TemplateList } from './schemas/agent.ts';
import {
  CLASSIC_BATCH_VERSION,
  CLASSIC_MANAGEMENT_VERSION,
  CLASSIC_SEND_VERSION,
  ClassicSendDetailsSchema,
  ClassicSendResultSchema,
  ClassicSendStatsSchema,
  ClassicSignatureListSchema,
  ClassicSubAccountListSchema,
  ClassicTemplateListSchema,
  GetSignatureAndOrderListQuerySchema,
  GetSmsSendDetailsBodySchema,
  GetSmsTemplateAndOrderListQuerySchema,
  GetSubAccountListQuerySchema,
  GetTotalSendCountStatV5BodySchema,
  SendBatchSmsBodySchema,
  SendSmsBodySchema,
} from './schemas/classic.ts';

const LIST_PAGE_SIZE = 20;
const LOG_PAGE_SIZE = 100;
const SHANGHAI_OFFSET_S = 8 * 3600;

/** `yyyyMMdd` of the Asia/Shanghai day containing an epoch-seconds instant (the classic log is per day). */
function shanghaiSendDate(epochSeconds: number): string {
  return new Date((epochSeconds + SHANGHAI_OFFSET_S) * 1000).toISOString().slice(0, 10).replaceAll('-', '');
}

function unsupported(field: string, why: string): never {
  const message = `${why}; use the agent API (unset VOLC_SMS_API) for this filter`;
  throw new SmsInputError(`${field}: ${message}`, [{ field, message }]);
}

const get = (action: string, query: Readonly<Record<string, string | undefined>>): WireCall => ({
  action,
  version: CLASSIC_MANAGEMENT_VERSION,
  method: 'GET',
  query: Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined)),
});

// The results are mapped onto the agent shapes; the cast only widens away the transform's exact type.
const as = <T>(schema: z.ZodType): z.ZodType<T> => schema as z.ZodType<T>;

/**
 * The classic actions of the official SDKs (reference §3.1–3.7): SendSms/SendBatchSms POST with PascalCase
 * bodies, management reads GET with lowerCamel queries (GetSmsSendDetails POSTs, the V5 stats GET carries a
 * JSON body). Filters the classic API cannot express are refused, never silently dropped.
 */
export const classicDialect: Dialect = {
  send: (chunk) => ({
    call: {
      action: 'SendSms',
      version: CLASSIC_SEND_VERSION,
      method: 'POST',
      body: checkedBody(
        SendSmsBodySchema,
        compact({
          SmsAccount: chunk.subAccount,
          Sign: chunk.signature,
          TemplateID: chunk.templateId,
          TemplateParam: chunk.templateParam,
          PhoneNumbers: chunk.mobiles.join(','),
          Tag: chunk.tag,
        }),
      ),
    },
    schema: ClassicSendResultSchema,
  }),
  sendBatch: (chunk) => ({
    call: {
      action: 'SendBatchSms',
      version: CLASSIC_BATCH_VERSION,
      method: 'POST',
      body: checkedBody(
        SendBatchSmsBodySchema,
        compact({
          SmsAccount: chunk.subAccount,
          Sign: chunk.signature,
          TemplateID: chunk.templateId,
          Messages: chunk.messages.map((m) =>
            compact({ PhoneNumber: m.mobile, TemplateParam: m.templateParam }),
          ),
          Tag: chunk.tag,
        }),
      ),
    },
    schema: ClassicSendResultSchema,
  }),
  listSubAccounts: (input): DialectCall<SubAccountList> => ({
    call: get(
      'GetSubAccountList',
      checkedBody(GetSubAccountListQuerySchema, compact({ subAccountName: input.subAccountName })),
    ),
    schema: as<SubAccountList>(ClassicSubAccountListSchema),
  }),
  listSignatures: (input): DialectCall<SignatureList> => {
    if ((input.subAccounts?.length ?? 0) > 1)
      unsupported('sub-accounts', 'the classic API filters by one message group');
    return {
      call: get(
        'GetSignatureAndOrderList',
        checkedBody(
          GetSignatureAndOrderListQuerySchema,
          compact({
            subAccount: input.subAccounts?.[0],
            signature: input.signature,
            pageIndex: String(input.page ?? 1),
            pageSize: String(input.pageSize ?? LIST_PAGE_SIZE),
          }),
        ),
      ),
      schema: as<SignatureList>(ClassicSignatureListSchema),
    };
  },
  listTemplates: (input): DialectCall<TemplateList> => {
    if ((input.subAccounts?.length ?? 0) > 1)
      unsupported('sub-accounts', 'the classic API filters by one message group');
    if (input.signatures?.length)
      unsupported('signatures', 'the classic template list has no signature filter');
    return {
      call: get(
        'GetSmsTemplateAndOrderList',
        checkedBody(
          GetSmsTemplateAndOrderListQuerySchema,
          compact({
            subAccount: input.subAccounts?.[0],
            templateId: input.templateId,
            pageIndex: String(input.page ?? 1),
            pageSize: String(input.pageSize ?? LIST_PAGE_SIZE),
          }),
        ),
      ),
      schema: as<TemplateList>(ClassicTemplateListSchema),
    };
  },
  listSendLogs: (input): DialectCall<SendLogList> => {
    if (!input.subAccount) unsupported('sub-account', 'the classic send log needs a message group');
    if (input.templateId) unsupported('template-id', 'the classic send log has no template filter');
    if (input.signature) unsupported('signature', 'the classic send log has no signature filter');
    const day = input.fromTime ?? input.toTime;
    if (input.fromTime !== undefined && input.toTime !== undefined) {
      if (shanghaiSendDate(input.fromTime) !== shanghaiSendDate(input.toTime)) {
        unsupported('from-time', 'the classic send log covers one Asia/Shanghai day (sendDate)');
      }
    }
    const mobile = input.mobile === undefined ? undefined : normalizePhone(input.mobile);
    return {
      call: {
        action: 'GetSmsSendDetails',
        version: CLASSIC_MANAGEMENT_VERSION,
        method: 'POST',
        body: checkedBody(
          GetSmsSendDetailsBodySchema,
          compact({
            subAccount: input.subAccount,
            phoneNumber: mobile?.ok ? mobile.mobile : input.mobile,
            messageId: input.messageId,
            sendDate: day === undefined ? undefined : shanghaiSendDate(day),
            pageIndex: input.page ?? 1,
            pageSize: input.pageSize ?? LOG_PAGE_SIZE,
          }),
        ),
      },
      schema: as<SendLogList>(ClassicSendDetailsSchema),
    };
  },
  getSendStats: (input): DialectCall<SendStats> => ({
    call: {
      action: 'GetTotalSendCountStatV5',
      version: CLASSIC_MANAGEMENT_VERSION,
      method: 'GET',
      body: checkedBody(
        GetTotalSendCountStatV5BodySchema,
        compact({
          startTime: String(input.startTime),
          endTime: String(input.endTime),
          smsAccount: input.subAccount,
          signature: input.signature,
          templateId: input.templateId,
          channelType: input.channelType,
        }),
      ),
    },
    schema: as<SendStats>(ClassicSendStatsSchema),
  }),
};
