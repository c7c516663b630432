import { businessErrors } from '../business-error.ts';
import { CHANNEL_NAMES } from '../channel-names.ts';
import { pageOf, requireActivated, validateParams, type ActionContext } from './action-context.ts';
import type { SubAccountRow } from '../store-tables.ts';
import {
  GetSignatureAndOrderListSchema,
  GetSubAccountDetailSchema,
  GetSmsTemplateAndOrderListSchema,
  GetSubAccountListSchema,
} from './classic-schemas.ts';

/**
 * The classic management lists (reference §3.3–3.5), lowerCamel `{list, total}` with pageIndex/pageSize
 * and millisecond times. Signature and template lists are "AndOrderList": applications under review or
 * rejected are listed too, with their status. Bad parameters answer 1001.
 */

const toMs = (epochSeconds: number) => epochSeconds * 1000;

export function groupItem(group: SubAccountRow) {
  return {
    subAccountId: group.id,
    subAccountName: group.name,
    createdTime: toMs(group.createdAt),
    // Status 1 is the usable, approved group (the skill's "所选消息组状态为 1").
    status: 1,
    desc: '',
    enabledChannelType: group.channelTypes.map((type) => ({
      name: CHANNEL_NAMES[type] ?? type,
      value: type,
      area: type.startsWith('I18N') ? 'overseas' : 'cn',
    })),
  };
}

export function getSubAccountList(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateParams(GetSubAccountListSchema, params, businessErrors.managementParameter);
  const needle = query.subAccountName?.toLowerCase();
  const matches = context.store
    .listSubAccounts()
    .filter((g) => g.status === 'approved')
    .filter(
      (g) =>
        (!query.subAccount || g.id === query.subAccount) &&
        (!needle || g.name.toLowerCase().includes(needle)),
    )
    .map(groupItem);
  return { list: pageOf(matches, query.pageIndex, query.pageSize), total: matches.length };
}

export function getSubAccountDetail(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateParams(GetSubAccountDetailSchema, params, businessErrors.managementParameter);
  const group = context.store.findSubAccount(query.subAccount);
  if (!group || group.status !== 'approved') throw businessErrors.unknownSubAccount();
  return groupItem(group);
}

export function getSignatureAndOrderList(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateParams(GetSignatureAndOrderListSchema, params, businessErrors.managementParameter);
  const groups = new Set([...(query.subAccounts ?? []), ...(query.subAccount ? [query.subAccount] : [])]);
  const channelsOf = new Map(context.store.listSubAccounts().map((g) => [g.id, g.channelTypes]));
  // "AndOrderList": applications under review or rejected are listed too, with their status.
  const matches = context.store
    .listSignatures()
    .filter(
      (s) =>
        (groups.size === 0 || s.subAccounts.some((g) => groups.has(g))) &&
        (!query.signature || s.text.includes(query.signature)),
    )
    .filter((s) => query.status === undefined || s.status === query.status)
    .map((s, index) => ({
      id: `sig_${index + 1}`,
      applyId: `apply_sig_${index + 1}`,
      content: s.text,
      createdTime: toMs(s.createdAt),
      status: s.status,
      source: s.source,
      reason: s.status === 2 ? 'Rejected in the sandbox seed.' : '',
      isOrder: s.status !== 3 && s.status !== 5,
      subAccounts: s.subAccounts,
      channelTypes: [...new Set(s.subAccounts.flatMap((g) => channelsOf.get(g) ?? []))],
      usable: s.status === 3 || s.status === 5,
    }));
  return { list: pageOf(matches, query.pageIndex, query.pageSize), total: matches.length };
}

export function getSmsTemplateAndOrderList(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateParams(GetSmsTemplateAndOrderListSchema, params, businessErrors.managementParameter);
  const areaOf = (type: string) => (type.startsWith('I18N') ? 'overseas' : 'cn');
  const matches = context.store
    .listTemplates()
    .filter((t) => !query.subAccount || t.subAccounts.includes(query.subAccount))
    .filter((t) => !query.templateId || t.id === query.templateId)
    .filter((t) => !query.name || t.name.includes(query.name))
    .filter((t) => !query.content || t.content.includes(query.content))
    .filter((t) => !query.channelType || t.channelType === query.channelType)
    .filter((t) => !query.area || query.area === 'all' || areaOf(t.channelType) === query.area)
    .map((t, index) => ({
      id: `tpl_${index + 1}`,
      applyId: `apply_${t.id}`,
      templateId: t.id,
      channelType: t.channelType,
      channelTypeName: CHANNEL_NAMES[t.channelType] ?? t.channelType,
      name: t.name,
      content: t.content,
      status: t.status,
      isOrder: t.status !== 3,
      reason: '',
      createdTime: toMs(t.createdAt),
      subAccounts: t.subAccounts,
      signatures: t.signatures,
      shortUrlConfig: { isEnabled: '0', isNeedClickDetails: '0', uaCheckStrategy: 0 },
    }));
  return { list: pageOf(matches, query.pageIndex, query.pageSize), total: matches.length };
}
