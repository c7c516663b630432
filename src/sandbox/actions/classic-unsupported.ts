import { GatewayError } from '../gateway-errors.ts';
import { businessErrors } from '../business-error.ts';
import type { ActionDefinition } from './action-context.ts';
import { requireActivated, type ActionContext } from './action-context.ts';

/**
 * The official SDKs' SMS methods the sandbox does not emulate get the answer production gives an account
 * without the feature, never a 404 that says the action does not exist:
 * - video SMS (ApplyVmsTemplate, GetVmsTemplateStatus, SendSms at 2021-01-11): `VE:0001`, HTTP 200;
 * - the classic applications, deletions, sub-account creation and signature identifications: 403
 *   `AccessDenied` (CodeN 100013), as for a key whose policy lacks the action, with what to use instead.
 */

const V2021 = '2021-01-11';

function videoNotEnabled(_params: Record<string, unknown>, context: ActionContext): never {
  requireActivated(context);
  throw businessErrors.videoNotEnabled();
}

const VIDEO: readonly ActionDefinition[] = ['ApplyVmsTemplate', 'GetVmsTemplateStatus', 'SendSms'].map(
  (action) => ({ action, version: V2021, shape: {}, handle: videoNotEnabled }),
);

// What the sandbox offers instead of each, named in the answer.
const INSTEAD = {
  ApplySmsTemplate: 'ApplySmsTemplateV2 (2026-01-01)',
  DeleteSmsTemplate: 'DELETE /_sandbox/templates/ID',
  ApplySmsSignature: 'ApplySmsSignatureV2 (2026-01-01)',
  UpdateSmsSignature: 'ApplySmsSignatureV2 (2026-01-01)',
  DeleteSignature: 'DELETE /_sandbox/signatures/TEXT',
  InsertSmsSubAccount: 'POST /_sandbox/sub-accounts',
  InsertSubAccount: 'POST /_sandbox/sub-accounts',
  ApplySignatureIdent: 'POST /_sandbox/qualifications',
  GetSignatureIdentList: 'GetSignatureIdentificationList (2026-01-01)',
  BatchBindSignatureIdent: 'POST /_sandbox/signatures with identificationId',
} as const;

const denied = (action: string, instead: string) => () => {
  throw new GatewayError(
    'AccessDenied',
    `User is not authorized to perform: volcSMS:${action} on resource: sandbox. Use ${instead} instead.`,
  );
};

const MANAGEMENT: readonly ActionDefinition[] = Object.entries(INSTEAD).flatMap(([action, instead]) => {
  const handle = denied(action, instead);
  // DeleteSignature is 2025-01-01 in Go and newer Java, 2021-01-11 in the Node SDK.
  const versions = action === 'DeleteSignature' ? [V2021, '2025-01-01'] : [V2021];
  return versions.map((version) => ({ action, version, shape: {}, handle }));
});

export const UNSUPPORTED_ACTIONS: readonly ActionDefinition[] = [...VIDEO, ...MANAGEMENT];
