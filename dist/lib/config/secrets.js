// The one registry of what must never be printed: every entry point (client errors and attempt events,
// the Action's setSecret and outputs, the Slack app's log lines) asks here, so a credential added in one
// place is scrubbed in all of them.
import { proxySecrets } from "../http/proxy.js";
/**
 * Environment variables whose values are credentials, whoever reads them: the SMS API's (both sign-in
 * modes) and the Slack app's. The access key id is one: not secret by itself, but it has no business in
 * public logs.
 */
export const SECRET_VARIABLES = [
    'VOLCENGINE_ACCESS_KEY',
    'VOLCENGINE_SECRET_KEY',
    'VOLC_ACCESSKEY',
    'VOLC_SECRETKEY',
    'VOLCENGINE_SESSION_TOKEN',
    'ARK_SKILL_API_KEY',
    'SLACK_BOT_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_APP_TOKEN',
];
/** Proxy URLs may carry a password (or a token as the user name). */
export const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/** Every secret value from these sources, as written and trimmed, without empty ones and repeats. */
export function secretsToRedact(sources) {
    const { auth, env = {} } = sources;
    const authValues = auth === undefined
        ? []
        : auth.kind === 'gateway'
            ? [auth.apiKey]
            : [auth.accessKeyId, auth.secretAccessKey, auth.sessionToken];
    const proxies = [sources.proxy, ...PROXY_VARIABLES.map((name) => env[name])];
    const values = [
        ...authValues,
        ...(sources.values ?? []),
        ...SECRET_VARIABLES.map((name) => env[name]),
        ...proxies.flatMap((url) => proxySecrets(url?.trim() || undefined)),
    ];
    const found = new Set();
    for (const value of values) {
        if (!value?.trim())
            continue;
        found.add(value);
        found.add(value.trim());
    }
    return [...found];
}
