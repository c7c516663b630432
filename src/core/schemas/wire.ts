// Every wire schema, for loadWireSchemas() (../wire-schemas.ts): one module, so one dynamic import (and one
// bundle chunk) holds zod and all the schemas.

export { ApiErrorObjectSchema, EnvelopeSchema, ResponseMetadataSchema } from './envelope.ts';
export {
  ListSignatureForAgentBodySchema,
  ListSmsSendLogForAgentBodySchema,
  ListSmsTemplateForAgentBodySchema,
  ListSubAccountForAgentBodySchema,
  ListTotalSendCountStatForAgentBodySchema,
  SendLogEntrySchema,
  SendLogListSchema,
  SendSmsForAgentBodySchema,
  SendSmsResultSchema,
  SendStatsSchema,
  SignatureListSchema,
  SignatureSchema,
  StatsDataPointSchema,
  SubAccountListSchema,
  SubAccountSchema,
  TemplateListSchema,
  TemplateParamInfoSchema,
  TemplateSchema,
} from './agent.ts';
export {
  ClassicSendDetailsSchema,
  ClassicSendResultSchema,
  ClassicSendStatsSchema,
  ClassicSignatureListSchema,
  ClassicSubAccountListSchema,
  ClassicTemplateListSchema,
  GetSignatureAndOrderListQuerySchema,
  GetSmsSendDetailsBodySchema,
  GetSmsTemplateAndOrderListQuerySchema,
  GetSubAccountListQuerySchema,
  GetTotalSendCountStatV5BodySchema,
  SendBatchSmsBodySchema,
  SendSmsBodySchema,
} from './classic.ts';
