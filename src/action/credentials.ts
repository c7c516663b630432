import { SmsConfigError, isSmsError, resolveClientConfig, secretsToRedact } from '../core/index.ts';
import type { ClientOptions } from '../core/index.ts';
import type { CredentialInputs } from './inputs.ts';

const AKSK_VARIABLES = [
  'VOLCENGINE_ACCESS_KEY',
  'VOLCENGINE_SECRET_KEY',
  'VOLC_ACCESSKEY',
  'VOLC_SECRETKEY',
  'VOLCENGINE_SESSION_TOKEN',
];
const GATEWAY_VARIABLES = ['ARK_SKILL_API_KEY', 'ARK_SKILL_API_BASE'];

const INPUT_OF_CREDENTIAL: Record<keyof CredentialInputs, string> = {
  accessKeyId: 'access-key-id',
  secretAccessKey: 'secret-access-key',
  sessionToken: 'session-token',
  apiKey: 'api-key',
  apiBase: 'api-base',
};

const ACTION_HINT =
  'Pass access-key-id and secret-access-key (or api-key and api-base) from repository secrets, ' +
  'e.g. secret-access-key: ${{ secrets.VOLC_SECRET_KEY }}.';

/**
 * Every credential value the step can see, from inputs and from the environment (the core's registry),
 * for `setSecret` and the redaction of every output.
 */
export function credentialSecrets(
  credentials: CredentialInputs,
  env: NodeJS.ProcessEnv,
  proxy = '',
): string[] {
  const { accessKeyId, secretAccessKey, sessionToken, apiKey } = credentials;
  return secretsToRedact({ env, proxy, values: [accessKeyId, secretAccessKey, sessionToken, apiKey] });
}

/**
 * The environment the core resolver sees: the step's environment with the credential inputs written over
 * it under the CLI's variable names. Credentials given as inputs replace the other kind found in the
 * environment, so `with:` always wins over a stray job-level variable.
 */
export function credentialEnvironment(
  credentials: CredentialInputs,
  env: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  const aksk = credentials.accessKeyId || credentials.secretAccessKey || credentials.sessionToken;
  const gateway = credentials.apiKey || credentials.apiBase;
  if (aksk && gateway) {
    throw new SmsConfigError(
      'Give either access-key-id/secret-access-key or api-key/api-base, not both: they are two ways to sign in',
      { hint: ACTION_HINT },
    );
  }
  const merged: NodeJS.ProcessEnv = { ...env };
  if (aksk) {
    for (const name of [...AKSK_VARIABLES, ...GATEWAY_VARIABLES]) delete merged[name];
    merged['VOLCENGINE_ACCESS_KEY'] =
      credentials.accessKeyId || env['VOLCENGINE_ACCESS_KEY'] || env['VOLC_ACCESSKEY'];
    merged['VOLCENGINE_SECRET_KEY'] =
      credentials.secretAccessKey || env['VOLCENGINE_SECRET_KEY'] || env['VOLC_SECRETKEY'];
    const token = credentials.sessionToken || env['VOLCENGINE_SESSION_TOKEN'];
    if (token) merged['VOLCENGINE_SESSION_TOKEN'] = token;
    requireBoth(merged, 'AK/SK sign-in needs both keys', [
      ['access-key-id', 'VOLCENGINE_ACCESS_KEY'],
      ['secret-access-key', 'VOLCENGINE_SECRET_KEY'],
    ]);
  }
  if (gateway) {
    for (const name of [...AKSK_VARIABLES, ...GATEWAY_VARIABLES]) delete merged[name];
    merged['ARK_SKILL_API_KEY'] = credentials.apiKey || env['ARK_SKILL_API_KEY'];
    merged['ARK_SKILL_API_BASE'] = credentials.apiBase || env['ARK_SKILL_API_BASE'];
    requireBoth(merged, 'gateway sign-in needs both', [
      ['api-key', 'ARK_SKILL_API_KEY'],
      ['api-base', 'ARK_SKILL_API_BASE'],
    ]);
  }
  return merged;
}

/** Each of a sign-in's two inputs is given, or its variable is set; else the step fails naming the input. */
function requireBoth(
  merged: NodeJS.ProcessEnv,
  why: string,
  pairs: ReadonlyArray<readonly [input: string, variable: string]>,
): void {
  for (const [input, name] of pairs) {
    if (!merged[name]) {
      throw new SmsConfigError(`Input ${input} is empty (and ${name} is not set): ${why}`, {
        hint:
          'An empty value usually means the secret is missing or misspelled in this repository. ' +
          ACTION_HINT,
      });
    }
  }
}

export interface ResolvedActionConfig {
  options: ClientOptions;
  /** Where the credentials came from, for one log line (names only, never values). */
  description: string;
  endpoint: string;
  /** The proxy without credentials and where it came from, for the same line; absent when direct. */
  proxy?: string | undefined;
}

/** The core resolver, with the Action's own hint when nothing usable was found. */
export function resolveActionConfig(input: {
  credentials: CredentialInputs;
  env: NodeJS.ProcessEnv;
  endpoint?: string | undefined;
  proxy?: string | undefined;
  api?: 'agent' | 'classic' | undefined;
  homeDir?: string | undefined;
}): ResolvedActionConfig {
  const env = credentialEnvironment(input.credentials, input.env);
  try {
    const resolved = resolveClientConfig({
      env,
      endpoint: input.endpoint,
      proxy: input.proxy,
      api: input.api,
      homeDir: input.homeDir,
    });
    const kind = resolved.auth.kind === 'gateway' ? 'gateway API key' : 'AK/SK';
    const given = Object.entries(INPUT_OF_CREDENTIAL)
      .filter(([field]) => input.credentials[field as keyof CredentialInputs] !== '')
      .map(([, name]) => name);
    const description =
      given.length > 0
        ? `${kind} from inputs (${given.join(', ')})`
        : `${kind} from ${resolved.auth.from === 'env-file' ? resolved.auth.file : 'environment'} ` +
          `(${resolved.auth.variables.join(', ')})`;
    const proxy = resolved.proxy
      ? `${resolved.proxy.url} (${input.proxy ? 'input proxy' : resolved.proxy.from})`
      : undefined;
    return { options: resolved.options, endpoint: resolved.endpoint, description, proxy };
  } catch (err) {
    // The resolver's hint speaks to a terminal user (export, env file); a workflow author needs secrets.
    if (isSmsError(err) && err.code === 'ERR_SMS_CONFIG') {
      throw new SmsConfigError(err.message, { hint: ACTION_HINT, cause: err });
    }
    throw err;
  }
}
