import type { ErrorCodeInfo } from './error-code-info.ts';

/** The SMS send codes (reference §5.1), answered with HTTP 200. */
export const SEND_CODES = {
  'RE:0000': {
    kind: 'auth',
    provesNotProcessed: true,
    message: 'Account authentication failed',
    hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY) belong to an active key; `volc-sms doctor` shows which credentials were found.',
  },
  'RE:0001': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'SMS service is not activated for this account',
    hint: 'Activate SMS in the Volcengine console (短信服务) for the account these credentials belong to.',
  },
  'RE:0002': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'The SMS product is shut down for this account',
    hint: 'Contact Volcengine support about the account status.',
  },
  'RE:0003': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Message group (sub-account) does not exist or is not approved',
    hint: 'Run `volc-sms list_sub_account` to see the approved message groups, and pass one of their ids as --sub-account.',
  },
  'RE:0004': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Signature error: it does not exist, is not approved, or is not bound to this message group',
    hint: 'Check `volc-sms list_signature --sub-accounts {subAccount}`: the signature must be approved and bound to this message group.',
  },
  'RE:0005': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Template error: it does not exist, is not approved, or does not belong to this message group',
    hint: 'Check `volc-sms list_sms_template --sub-accounts {subAccount} --signatures {signature}`: the template must be approved and match the signature and group.',
  },
  'RE:0006': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Mobile number format error',
    hint: 'Mainland numbers are 11 digits (optionally +86); international numbers need + and the country code (E.164).',
  },
  'RE:0007': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Caller IP is not on the IP allowlist',
    hint: "Add this machine's public IP to the allowlist in the console, or turn the allowlist off.",
  },
  'RE:0009': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Request parameter error',
    hint: 'Check every field: at most 200 numbers, TemplateParam a JSON object of strings matching the template variables.',
  },
  'RE:0010': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'The account is in arrears',
    hint: 'Top up the Volcengine account, then send again.',
  },
  'RE:0011': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Sending to this region is not supported',
    hint: 'Enable the destination region for the message group, or remove those numbers.',
  },
  'RE:0012': {
    kind: 'api',
    provesNotProcessed: true,
    message: "The template's channel type is not enabled on this message group",
    hint: "Use a template whose channel type the message group supports; `volc-sms list_sub_account` shows each group's channel types.",
  },
  'RE:0013': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Sending volume is over the threshold set in the console',
    hint: 'Raise the volume limit in the console or send later.',
  },
  'RE:0500': {
    kind: 'api',
    provesNotProcessed: false,
    message: 'Unknown error inside the SMS service',
    hint: 'Check the send log before sending again, then retry.',
  },
  'VE:0001': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Video SMS is not enabled',
    hint: 'Enable video SMS (CN_VMS) for the account in the console.',
  },
  'VE:0002': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'The video SMS template is not usable',
    hint: 'Check that the video template is approved by the carriers.',
  },
  'VE:0003': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'The video SMS signature does not match the template',
    hint: 'Use the signature the video template was approved with.',
  },
  'VE:0004': {
    kind: 'api',
    provesNotProcessed: true,
    message: 'The video SMS template has expired',
    hint: 'Apply for the video template again.',
  },
  ZJ10200: {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Request parameter error',
    hint: 'Check the request fields against `volc-sms <command> --help`.',
  },
  ZJ10202: {
    kind: 'api',
    provesNotProcessed: true,
    message: 'Invalid JSON parameter',
    hint: 'TemplateParam must be valid JSON: escape quotes and newlines inside values.',
  },
} as const satisfies Record<string, ErrorCodeInfo>;
