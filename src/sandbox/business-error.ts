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
};
