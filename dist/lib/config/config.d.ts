import { type ProxyChoice } from '../http/proxy.ts';
import type { ApiDialect, ClientOptions } from '../types.ts';
/** The AK/SK endpoint when neither VOLC_SMS_ENDPOINT nor the gateway base says otherwise. */
export declare const DEFAULT_ENDPOINT = "https://sms.volcengineapi.com";
export interface ResolveConfigInput {
    env: Readonly<Record<string, string | undefined>>;
    /** An env file to read when the environment lacks credentials. @default ~/.openclaw/.env */
    envFile?: string | undefined;
    /** Overrides VOLC_SMS_ENDPOINT and the default base URL. */
    endpoint?: string | undefined;
    /** Overrides VOLC_SMS_API. */
    api?: ApiDialect | undefined;
    /** A proxy URL that overrides HTTPS_PROXY/HTTP_PROXY and NO_PROXY (the Action's `proxy` input). */
    proxy?: string | undefined;
    /** For tests: where `~` is. */
    homeDir?: string | undefined;
}
export interface ResolvedAuthSource {
    kind: 'gateway' | 'aksk';
    from: 'environment' | 'env-file';
    file?: string | undefined;
    /** Names (never values) of the variables the credentials came from. */
    variables: string[];
}
export interface ResolvedClientConfig {
    options: ClientOptions;
    auth: ResolvedAuthSource;
    endpoint: string;
    /** The proxy in use, without its credentials, and where it came from; absent for a direct connection. */
    proxy?: ProxyChoice | undefined;
}
/**
 * Works out credentials, endpoint, API dialect and proxy: the environment first, then the env file
 * (`envFile`, else ~/.openclaw/.env, where the skill's environment keeps them). Never from a flag. The
 * proxy comes from the environment's HTTPS_PROXY/HTTP_PROXY and NO_PROXY only, as for every other tool.
 * @throws SmsConfigError naming the variables and every place it looked.
 */
export declare function resolveClientConfig(input: ResolveConfigInput): ResolvedClientConfig;
