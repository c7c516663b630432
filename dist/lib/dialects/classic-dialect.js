import { CLASSIC_BATCH_VERSION, CLASSIC_MANAGEMENT_VERSION, CLASSIC_SEND_VERSION } from "./api-versions.js";
import { compact } from "./dialect.js";
import { SmsInputError } from "../errors/errors.js";
import { normalizePhone } from "../sending/phone.js";
import { shanghaiDate } from "../time/shanghai-day.js";
const LIST_PAGE_SIZE = 20;
const LOG_PAGE_SIZE = 100;
/** `yyyyMMdd` of the Asia/Shanghai day containing an epoch-seconds instant (the classic log is per day). */
const shanghaiSendDate = (epochSeconds) => shanghaiDate(epochSeconds).replaceAll('-', '');
function unsupported(field, why) {
    const message = `${why}; use the agent API (unset VOLC_SMS_API) for this filter`;
    throw new SmsInputError(`${field}: ${message}`, [{ field, message }]);
}
const get = (action, query) => ({
    action,
    version: CLASSIC_MANAGEMENT_VERSION,
    method: 'GET',
    query: Object.fromEntries(Object.entries(query).filter((e) => e[1] !== undefined)),
});
/** A signature or template list ("…AndOrderList"): one message group, one page, the action's filter. */
function pagedList(input, spec) {
    if ((input.subAccounts?.length ?? 0) > 1)
        unsupported('sub-accounts', 'the classic API filters by one message group');
    if (spec.refused)
        unsupported(spec.refused.field, spec.refused.why);
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
export const classicDialect = {
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
                Messages: chunk.messages.map((m) => compact({ PhoneNumber: m.mobile, TemplateParam: m.templateParam })),
                Tag: chunk.tag,
            }),
        },
        paramsSchema: (s) => s.SendBatchSmsBodySchema,
        resultSchema: (s) => s.ClassicSendResultSchema,
    }),
    listSubAccounts: (input) => ({
        call: get('GetSubAccountList', compact({ subAccountName: input.subAccountName })),
        paramsSchema: (s) => s.GetSubAccountListQuerySchema,
        resultSchema: (s) => s.ClassicSubAccountListSchema,
    }),
    listSignatures: (input) => pagedList(input, {
        action: 'GetSignatureAndOrderList',
        filter: { signature: input.signature },
        resultSchema: (s) => s.ClassicSignatureListSchema,
    }),
    listTemplates: (input) => pagedList(input, {
        action: 'GetSmsTemplateAndOrderList',
        filter: { templateId: input.templateId },
        refused: input.signatures?.length
            ? { field: 'signatures', why: 'the classic template list has no signature filter' }
            : undefined,
        resultSchema: (s) => s.ClassicTemplateListSchema,
    }),
    listSendLogs: (input) => {
        if (!input.subAccount)
            unsupported('sub-account', 'the classic send log needs a message group');
        if (input.templateId)
            unsupported('template-id', 'the classic send log has no template filter');
        if (input.signature)
            unsupported('signature', 'the classic send log has no signature filter');
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
            resultSchema: (s) => s.ClassicSendDetailsSchema,
        };
    },
    getSendStats: (input) => ({
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
        resultSchema: (s) => s.ClassicSendStatsSchema,
    }),
};
