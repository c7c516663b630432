import { type Dialect } from './dialect.ts';
/**
 * The classic actions of the official SDKs (reference §3.1–3.7): SendSms/SendBatchSms POST with PascalCase
 * bodies, management reads GET with lowerCamel queries (GetSmsSendDetails POSTs, the V5 stats GET carries a
 * JSON body). Filters the classic API cannot express are refused, never silently dropped. Results are mapped
 * onto the agent shapes (each `as` only widens away its transform's exact type).
 */
export declare const classicDialect: Dialect;
