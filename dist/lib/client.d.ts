import type { ClientOptions, SmsClient } from './types.ts';
/**
 * Creates a client for the Volcengine SMS API (agent actions by default).
 *
 * @example
 * const { options } = resolveClientConfig({ env: process.env });
 * const client = createSmsClient(options);
 * const outcome = await client.sendSms({ subAccount: '7384ed01', signature: '火山引擎', templateId: 'ST_0001',
 *   mobiles: ['13800000000'], templateParam: { code: '1234' } });
 * await client.close();
 * @throws SmsConfigError naming each invalid option (missing credentials, a bad URL, a timeout out of range).
 */
export declare function createSmsClient(options: ClientOptions): SmsClient;
