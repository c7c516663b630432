/**
 * An SMS business error: answered with HTTP 200 and `ResponseMetadata.Error {Code, Message}`, no CodeN
 * (reference §2.2, §5.1). Codes are the real ones (RE:0003 "SmsAccount not exist." is the documented text).
 */
export class BusinessError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export const businessErrors = {
  notActivated: () => new BusinessError('RE:0001', 'SMS service is not activated for this account.'),
  unknownSubAccount: () => new BusinessError('RE:0003', 'SmsAccount not exist.'),
  signature: (detail: string) => new BusinessError('RE:0004', `Signature error: ${detail}`),
  template: (detail: string) => new BusinessError('RE:0005', `Template error: ${detail}`),
  phone: (detail: string) => new BusinessError('RE:0006', `Mobile format error: ${detail}`),
  parameter: (detail: string) => new BusinessError('RE:0009', `Request parameter error: ${detail}`),
  arrears: () => new BusinessError('RE:0010', 'The account is in arrears.'),
  channelNotEnabled: (detail: string) => new BusinessError('RE:0012', `Send type not supported: ${detail}`),
  /** Wrong or missing field types (schema validation), as the skill's ZJ10200 "请求参数错误". */
  invalidField: (detail: string) => new BusinessError('ZJ10200', `Invalid request parameter: ${detail}`),
  /** A body or TemplateParam that is not valid JSON (BytePlus FAQ: "Invalid json param."). */
  invalidJson: (detail: string) => new BusinessError('ZJ10202', `Invalid json param. ${detail}`),
  /** Classic management actions answer bad parameters with 1001 (reference §5.4). */
  managementParameter: (detail: string) => new BusinessError('1001', `Parameter error: ${detail}`),
  // The V2 actions' extra codes (reference-v2 §1.4). Their meanings are unpublished: the sandbox's
  // choices below are documented in docs/sandbox.md, each on the actions that list the code.
  /** 1009: the message group, task or template named is not this account's (or does not exist). */
  notFound: (detail: string) => new BusinessError('1009', `Resource not found: ${detail}`),
  /** 1007: the template cannot be used for this (not approved, a verification template in a batch). */
  templateUnusable: (detail: string) => new BusinessError('1007', `Template unusable: ${detail}`),
  /** 1003: a signature with this text already exists or is under review. */
  signatureExists: (detail: string) => new BusinessError('1003', `Signature already exists: ${detail}`),
  /** 1008: the qualification is unknown, not approved or not usable. */
  qualification: (detail: string) => new BusinessError('1008', `Qualification error: ${detail}`),
  /** 1027: the purpose differs from the qualification's. */
  purposeMismatch: (detail: string) => new BusinessError('1027', `Purpose mismatch: ${detail}`),
  /** 1029: appIcp given for a source other than 2 (App). */
  appIcpMaterial: (detail: string) => new BusinessError('1029', `App ICP filing error: ${detail}`),
  /** 1030: trademark given for a source other than 3 (trademark). */
  trademarkMaterial: (detail: string) => new BusinessError('1030', `Trademark error: ${detail}`),
  /** 1028: a signature of the template application is not approved, bound or capable of the channel. */
  templateSignature: (detail: string) => new BusinessError('1028', `Template signature error: ${detail}`),
  /** VE:0001: video SMS is not enabled for this account (the sandbox's account never has it). */
  videoNotEnabled: () => new BusinessError('VE:0001', 'Video SMS is not enabled for this account.'),
};
