import { AGENT_VERSION } from '../../core/index.ts';
import type { ParamShape } from '../request-params.ts';
import type { ActionDefinition } from './action-context.ts';
import { applySmsSignatureV2, applySmsTemplateV2 } from './v2-applications.ts';
import {
  consentBatchTask,
  deleteBatchTask,
  getBatchTaskDetail,
  getBatchTaskList,
  getUploadTosUrl,
  setBatchTask,
  templateUploadDemo,
} from './v2-batch.ts';
import { getSignatureIdentificationList, getSubAccountDetailV2, listSecondTemplate } from './v2-reads.ts';

/**
 * The twelve V2 actions of skill 1.3 at `2026-01-01` (reference-v2 §1.2): lowerCamel in and out, each
 * with the one method it takes (GET actions read their parameters from the query).
 */

const v2 = (
  action: string,
  method: 'GET' | 'POST',
  handle: ActionDefinition['handle'],
  shape: ParamShape = {},
): ActionDefinition => ({ action, version: AGENT_VERSION, method, shape, handle });

export const V2_ACTIONS: readonly ActionDefinition[] = [
  v2('GetSubAccountDetail', 'GET', getSubAccountDetailV2),
  v2('GetSignatureIdentificationList', 'POST', getSignatureIdentificationList),
  v2('ListSecondTemplate', 'GET', listSecondTemplate, {
    integers: ['pageIndex', 'pageSize'],
    arrays: ['signatures'],
  }),
  v2('ApplySmsSignatureV2', 'POST', applySmsSignatureV2),
  v2('ApplySmsTemplateV2', 'POST', applySmsTemplateV2),
  v2('GetUploadTosURL', 'GET', getUploadTosUrl),
  v2('TemplateUploadDemo', 'POST', templateUploadDemo),
  v2('SetBatchTask', 'POST', setBatchTask),
  v2('GetBatchTaskDetail', 'GET', getBatchTaskDetail),
  v2('GetBatchTaskList', 'GET', getBatchTaskList, { integers: ['pageIndex', 'pageSize'] }),
  v2('ConsentBatchTask', 'POST', consentBatchTask),
  v2('DeleteBatchTask', 'POST', deleteBatchTask),
];
