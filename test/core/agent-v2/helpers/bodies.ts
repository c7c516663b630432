// The reference's example requests (agent-v2 §2.4, §2.5, §2.8, §2.11), shared by the stub-server tests.
import type { ApplySmsSignatureV2Body, BatchTaskRef, SetBatchTaskInput } from '../../../../src/core/index.ts';

export const signatureBody = {
  content: 'Acme',
  purpose: 1,
  source: 2,
  signatureIdentificationID: 11,
  subAccounts: ['7a1b2c3d'],
  channelTypes: ['CN_NTC', 'CN_MKT'],
  appIcp: { appIcpFilling: '京ICP备00000000号' },
} satisfies ApplySmsSignatureV2Body;

export const templateBody = {
  content: 'Order ${order} shipped',
  channelType: 'CN_NTC' as const,
  name: 'ship',
  signatures: ['Acme'],
  subAccounts: ['7a1b2c3d'],
  templateParams: [{ name: 'order' }],
};

export const taskBody = {
  subAccount: '7a1b2c3d',
  name: 'aug promo',
  signature: 'Acme',
  templateId: 'ST_8a1b2c3d',
  templateName: 'ship',
  channelType: 'CN_NTC',
  scheduled: false,
  sendTime: 0,
  fileUrl: 'sms/batch/3f2a.csv',
} satisfies SetBatchTaskInput;

export const taskRef: BatchTaskRef = { subAccount: '7a1b2c3d', taskId: '90001' };
