import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseEnvFile } from "./env-file.js";
import { SmsConfigError } from "../errors/errors.js";
import { displayProxy, proxyFromEnv } from "../http/proxy.js";
/** The AK/SK endpoint when neither VOLC_SMS_ENDPOINT nor the gateway base says otherwise. */
export const DEFAULT_ENDPOINT = 'https://sms.volcengineapi.com';
const value = (vars, name) => vars[name]?.trim() || undefined;
const AKSK_PAIRS = [
    ['VOLCENGINE_ACCESS_KEY', 'VOLCENGINE_SECRET_KEY'],
    ['VOLC_ACCESSKEY', 'VOLC_SECRETKEY'],
];
/** Credentials from one source, or the half-set pairs found there (for the error message). */
function credentialsFrom(vars) {
    const apiKey = value(vars, 'ARK_SKILL_API_KEY');
    const apiBase = value(vars, 'ARK_SKILL_API_BASE');
    // The skill's current revision authenticates through the gateway, so a complete gateway pair wins.
    if (apiKey && apiBase)
        return {
            auth: { kind: 'gateway', apiKey, apiBase },
            variables: ['ARK_SKILL_API_KEY', 'ARK_SKILL_API_BASE'],
        };
    const partial = [];
    if (apiKey || apiBase)
        partial.push(apiKey
            ? 'ARK_SKILL_API_KEY is set but ARK_SKILL_API_BASE is not'
            : 'ARK_SKILL_API_BASE is set but ARK_SKILL_API_KEY is not');
    for (const [akName, skName] of AKSK_PAIRS) {
        const accessKeyId = value(vars, akName);
        const secretAccessKey = value(vars, skName);
        if (accessKeyId && secretAccessKey) {
            const sessionToken = value(vars, 'VOLCENGINE_SESSION_TOKEN');
            const variables = [akName, skName];
            if (sessionToken)
                variables.push('VOLCENGINE_SESSION_TOKEN');
            return { auth: { kind: 'aksk', accessKeyId, secretAccessKey, sessionToken }, variables };
        }
        if (accessKeyId || secretAccessKey)
            partial.push(`${accessKeyId ? akName : skName} is set but ${accessKeyId ? skName : akName} is not`);
    }
    return { partial };
}
function readEnvFile(file, explicit) {
    try {
        return parseEnvFile(readFileSync(file, 'utf8'));
    }
    catch (err) {
        const code = err.code;
        if (!explicit && (code === 'ENOENT' || code === 'ENOTDIR'))
            return undefined;
        throw new SmsConfigError(`Cannot read the env file ${file} (${code ?? 'unreadable'})`, {
            hint: 'Check the path passed as the env file, or remove the option to use the environment.',
        });
    }
}
function checkedEndpoint(url, source) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new SmsConfigError(`${source} is not a URL: "${url}"`, {
            hint: `Set ${source} to a base URL such as ${DEFAULT_ENDPOINT}.`,
        });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new SmsConfigError(`${source} must be an http(s) URL, got "${parsed.protocol}"`, {
            hint: `Set ${source} to a base URL such as ${DEFAULT_ENDPOINT}.`,
        });
    }
    return url.replace(/\/+$/, '');
}
/**
 * Works out credentials, endpoint, API dialect and proxy: the environment first, then the env file
 * (`envFile`, else ~/.openclaw/.env, where the skill's environment keeps them). Never from a flag. The
 * proxy comes from the environment's HTTPS_PROXY/HTTP_PROXY and NO_PROXY only, as for every other tool.
 * @throws SmsConfigError naming the variables and every place it looked.
 */
export function resolveClientConfig(input) {
    const file = input.envFile ?? join(input.homeDir ?? homedir(), '.openclaw', '.env');
    const fromEnv = credentialsFrom(input.env);
    let found;
    let fileVars;
    const partial = [];
    if ('auth' in fromEnv)
        found = { ...fromEnv, from: 'environment' };
    else {
        partial.push(...fromEnv.partial.map((p) => `${p} in the environment`));
        fileVars = readEnvFile(file, input.envFile !== undefined);
        const fromFile = fileVars ? credentialsFrom(fileVars) : undefined;
        if (fromFile && 'auth' in fromFile)
            found = { ...fromFile, from: 'env-file' };
        else if (fromFile)
            partial.push(...fromFile.partial.map((p) => `${p} in ${file}`));
    }
    if (!found) {
        const looked = `looked in the environment and ${file}${fileVars ? '' : ' (not found)'}`;
        const detail = partial.length > 0 ? `; ${partial.join('; ')}` : '';
        throw new SmsConfigError(`No Volcengine SMS credentials: set ARK_SKILL_API_KEY and ARK_SKILL_API_BASE (gateway), or VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (AK/SK); ${looked}${detail}`, {
            hint: `Export them, or put KEY=VALUE lines in ${file}. Credentials are never taken from command-line flags.`,
        });
    }
    const setting = (name) => value(input.env, name) ?? (fileVars ? value(fileVars, name) : undefined);
    const endpointSource = input.endpoint
        ? 'the endpoint option'
        : setting('VOLC_SMS_ENDPOINT')
            ? 'VOLC_SMS_ENDPOINT'
            : found.auth.kind === 'gateway'
                ? 'ARK_SKILL_API_BASE'
                : 'the default endpoint';
    const rawEndpoint = input.endpoint ??
        setting('VOLC_SMS_ENDPOINT') ??
        (found.auth.kind === 'gateway' ? found.auth.apiBase : DEFAULT_ENDPOINT);
    const endpoint = checkedEndpoint(rawEndpoint, endpointSource);
    const api = input.api ?? setting('VOLC_SMS_API') ?? 'agent';
    if (api !== 'agent' && api !== 'classic') {
        throw new SmsConfigError(`VOLC_SMS_API must be "agent" or "classic", got "${api}"`, {
            hint: 'Unset VOLC_SMS_API to use the agent API.',
        });
    }
    const proxy = input.proxy
        ? { url: input.proxy, from: 'the proxy option' }
        : proxyFromEnv(endpoint, input.env);
    return {
        options: { auth: found.auth, endpoint, api, ...(proxy ? { proxy: proxy.url } : {}) },
        auth: {
            kind: found.auth.kind,
            from: found.from,
            ...(found.from === 'env-file' ? { file } : {}),
            variables: found.variables,
        },
        endpoint,
        ...(proxy ? { proxy: { url: displayProxy(proxy.url), from: proxy.from } } : {}),
    };
}
