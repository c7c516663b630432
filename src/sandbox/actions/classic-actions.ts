import type { ParamShape } from '../request-params.ts';
import type { ActionDefinition } from './action-context.ts';
import {
  getSignatureAndOrderList,
  getSmsTemplateAndOrderList,
  getSubAccountDetail,
  getSubAccountList,
} from './classic-lists.ts';
import { getSmsSendDetails, getTotalSendCountStatV5 } from './classic-reports.ts';
import { sendBatchSms, sendSms } from './classic-send.ts';
import { UNSUPPORTED_ACTIONS } from './classic-unsupported.ts';
import { checkSmsVerifyCode, conversion, sendSmsVerifyCode } from './classic-verify.ts';

/**
 * The classic actions of the official SDKs, over the same state as the agent actions. Results are
 * lowerCamel (`list`/`total`, `templateID` in send details, millisecond times, masked numbers); sends
 * answer `{MessageID: [...]}`.
 */

// How query-string values are typed when an SDK sends the parameters in the query (GET).
const PAGING: ParamShape = { integers: ['pageIndex', 'pageSize'] };
const SIGNATURE_QUERY: ParamShape = {
  integers: ['pageIndex', 'pageSize', 'status'],
  arrays: ['subAccounts'],
};

const classic = (
  action: string,
  version: string,
  handle: ActionDefinition['handle'],
  shape: ParamShape = {},
) => ({
  action,
  version,
  handle,
  shape,
});

export const CLASSIC_ACTIONS: readonly ActionDefinition[] = [
  classic('SendSms', '2020-01-01', sendSms),
  classic('SendBatchSms', '2021-01-01', sendBatchSms),
  classic('GetSubAccountList', '2021-01-11', getSubAccountList, PAGING),
  classic('GetSubAccountDetail', '2021-01-11', getSubAccountDetail),
  classic('GetSignatureAndOrderList', '2021-01-11', getSignatureAndOrderList, SIGNATURE_QUERY),
  classic('GetSignatureAndOrderList', '2025-01-01', getSignatureAndOrderList, SIGNATURE_QUERY),
  classic('GetSmsTemplateAndOrderList', '2021-01-11', getSmsTemplateAndOrderList, PAGING),
  classic('GetSmsSendDetails', '2021-01-11', getSmsSendDetails, PAGING),
  classic('GetTotalSendCountStatV5', '2021-01-11', getTotalSendCountStatV5),
  classic('SendSmsVerifyCode', '2020-01-01', sendSmsVerifyCode),
  classic('CheckSmsVerifyCode', '2020-01-01', checkSmsVerifyCode),
  classic('Conversion', '2020-01-01', conversion),
  ...UNSUPPORTED_ACTIONS,
];
