import type { ClientOptions } from '../types.ts';
/**
 * Checks client options at construction, naming each bad option (never echoing a credential).
 * @throws SmsConfigError
 */
export declare function checkClientOptions(options: ClientOptions): void;
