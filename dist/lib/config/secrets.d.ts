import type { AuthConfig } from '../types.ts';
/**
 * Environment variables whose values are credentials, whoever reads them: the SMS API's (both sign-in
 * modes) and the Slack app's. The access key id is one: not secret by itself, but it has no business in
 * public logs.
 */
export declare const SECRET_VARIABLES: readonly string[];
/** Proxy URLs may carry a password (or a token as the user name). */
export declare const PROXY_VARIABLES: readonly string[];
export interface SecretSources {
    /** The SMS client's credentials: every part of them, the access key id included. */
    auth?: AuthConfig | undefined;
    /** A proxy URL given other than through the environment (the Action's `proxy` input, a client option). */
    proxy?: string | undefined;
    /** An environment: the values of SECRET_VARIABLES, and the passwords of PROXY_VARIABLES. */
    env?: Readonly<Record<string, string | undefined>> | undefined;
    /** Other credentials the entry point holds (the Action's inputs, Slack tokens given as options). */
    values?: readonly (string | undefined)[] | undefined;
}
/** Every secret value from these sources, as written and trimmed, without empty ones and repeats. */
export declare function secretsToRedact(sources: SecretSources): string[];
