import type { z } from 'zod';
import { CLASSIC_BATCH_VERSION, CLASSIC_MANAGEMENT_VERSION, CLASSIC_SEND_VERSION } from './api-versions.ts';
import type { WireCall } from '../signing/build-request.ts';
import { compact, type Dialect, type DialectCall } from './dialect.ts';
import { SmsInputError } from '../errors/errors.ts';
import { normalizePhone } from '../sending/phone.ts';
import { shanghaiDate } from '../time/shanghai-day.ts';
import type { ListSignaturesInput, ListTemplatesInput } from '../types.ts';
import type {
  SendLogList,
  SendStats,
  SignatureList,
  SubAccountList,
  TemplateList,
} from '../schemas/agent.ts';

const LIST_PAGE_SIZE = 20;
const LOG_PAGE_SIZE = 100;

/** `yyyyMMdd` of the Asia/Shanghai day containing an epoch-seconds instant (the classic log is per day). */
const shanghaiSendDate = (epochSeconds: number) => shanghaiDate(epochSeconds).replaceAll('-', '');

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

interface PagedListSpec<T> extends Pick<DialectCall<T>, 'resultSchema'> {
  /** Its params' schema is named after it: `<action>QuerySchema`. */
  action: 'GetSignatureAndOrderList' | 'GetSmsTemplateAndOrderList';
  /** The list's own filter, sent as given. */
  filter: Readonly<Record<string, string | undefined>>;
  /** A filter the agent API has and this list has not, given: refused after the group check. */
  refused?: { field: string; why: string } | undefined;
}

/** A signature or template list ("…AndOrderList"): one message group, one page, the action's filter. */
function pagedList<T>(
  input: ListSignaturesInput | ListTemplatesInput,
  spec: PagedListSpec<T>,
): DialectCall<T> {
  if ((input.subAccounts?.length ?? 0) > 1)
    unsupported('sub-accounts', 'the classic API filters by one message group');
  if (spec.refused) unsupported(spec.refused.field, spec.refused.why);
  const query = compact({
    subAccount: input.subAccounts?.[0],
    ...spec.filter,
    pageIndex: String(input.page ?? 1),
    pageSize: String(input.pageSize ?? LIST_PAGE_SIZE),
  });
  return {
    call: get(spec.action, query),
    paramsSchema: (s) => s[`${spec.action}QuerySchema`],
    resultSchema: spec.resultSchema,
  };
}

/**
 * The classic actions of the official SDKs (reference §3.1–3.7): SendSms/SendBatchSms POST with PascalCase
 * bodies, management reads GET with lowerCamel queries (GetSmsSendDetails POSTs, the V5 stats GET carries a
 * JSON body). Filters the classic API cannot express are refused, never silently dropped. Results are mapped
 * onto the agent shapes (each `as` only widens away its transform's exact type).
 */
export const classicDialect: Dialect = {
  send: (chunk) => ({
    call: {
      action: 'SendSms',
      version: CLASSIC_SEND_VERSION,
      method: 'POST',
      body: compact({
        SmsAccount: chunk.subAccount,
        Sign: chunk.signature,
        TemplateID: chunk.templateId,
        TemplateParam: chunk.templateParam,
        PhoneNumbers: chunk.mobiles.join(','),
        Tag: chunk.tag,
      }),
    },
    paramsSchema: (s) => s.SendSmsBodySchema,
    resultSchema: (s) => s.ClassicSendResultSchema,
  }),
  sendBatch: (chunk) => ({
    call: {
      action: 'SendBatchSms',
      version: CLASSIC_BATCH_VERSION,
      method: 'POST',
      body: compact({
        SmsAccount: chunk.subAccount,
        Sign: chunk.signature,
        TemplateID: chunk.templateId,
        Messages: chunk.messages.map((m) =>
          compact({ PhoneNumber: m.mobile, TemplateParam: m.templateParam }),
        ),
        Tag: chunk.tag,
      }),
    },
    paramsSchema: (s) => s.SendBatchSmsBodySchema,
    resultSchema: (s) => s.ClassicSendResultSchema,
  }),
  listSubAccounts: (input): DialectCall<SubAccountList> => ({
    call: get('GetSubAccountList', compact({ subAccountName: input.subAccountName })),
    paramsSchema: (s) => s.GetSubAccountListQuerySchema,
    resultSchema: (s) => s.ClassicSubAccountListSchema as z.ZodType<SubAccountList>,
  }),
  listSignatures: (input): DialectCall<SignatureList> =>
    pagedList(input, {
      action: 'GetSignatureAndOrderList',
      filter: { signature: input.signature },
      resultSchema: (s) => s.ClassicSignatureListSchema as z.ZodType<SignatureList>,
    }),
  listTemplates: (input): DialectCall<TemplateList> =>
    pagedList(input, {
      action: 'GetSmsTemplateAndOrderList',
      filter: { templateId: input.templateId },
      refused: input.signatures?.length
        ? { field: 'signatures', why: 'the classic template list has no signature filter' }
        : undefined,
      resultSchema: (s) => s.ClassicTemplateListSchema as z.ZodType<TemplateList>,
    }),
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
        body: compact({
          subAccount: input.subAccount,
          phoneNumber: mobile?.ok ? mobile.mobile : input.mobile,
          messageId: input.messageId,
          sendDate: day === undefined ? undefined : shanghaiSendDate(day),
          pageIndex: input.page ?? 1,
          pageSize: input.pageSize ?? LOG_PAGE_SIZE,
        }),
      },
      paramsSchema: (s) => s.GetSmsSendDetailsBodySchema,
      resultSchema: (s) => s.ClassicSendDetailsSchema as z.ZodType<SendLogList>,
    };
  },
  getSendStats: (input): DialectCall<SendStats> => ({
    call: {
      action: 'GetTotalSendCountStatV5',
      version: CLASSIC_MANAGEMENT_VERSION,
      method: 'GET',
      body: compact({
        startTime: String(input.startTime),
        endTime: String(input.endTime),
        smsAccount: input.subAccount,
        signature: input.signature,
        templateId: input.templateId,
        channelType: input.channelType,
      }),
    },
    paramsSchema: (s) => s.GetTotalSendCountStatV5BodySchema,
    resultSchema: (s) => s.ClassicSendStatsSchema as z.ZodType<SendStats>,
  }),
};
