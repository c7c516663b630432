// Which HTTP(S) proxy a client uses, worked out once per client (it talks to one endpoint) so both HTTP
// engines follow the same rules: curl's, which self-hosted runners and corporate machines are set up for,
// plus Go's and Java's loopback exception.
const nonEmpty = (vars, name) => vars[name]?.trim() || undefined;
/**
 * The proxy for `endpoint` from the environment: `https_proxy`/`HTTPS_PROXY` for an https endpoint,
 * `http_proxy`/`HTTP_PROXY` for http (the lower-case name wins, as in curl and Node), unless
 * `no_proxy`/`NO_PROXY` covers the endpoint's host or the endpoint is this machine's loopback (a proxy
 * cannot reach it; Go and Java skip it too, so a sandbox in CI behind a proxy just works). Undefined means a
 * direct connection.
 */
export function proxyFromEnv(endpoint, env) {
    const target = URL.parse(endpoint);
    if (!target || isLoopback(target.hostname))
        return undefined;
    const names = target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    const from = names.find((name) => nonEmpty(env, name));
    if (!from)
        return undefined;
    const noProxy = nonEmpty(env, 'no_proxy') ?? nonEmpty(env, 'NO_PROXY');
    if (noProxy && bypassesProxy(target, noProxy))
        return undefined;
    return { url: nonEmpty(env, from), from };
}
/** `localhost` (and its subdomains), 127.0.0.0/8 and ::1. */
function isLoopback(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        host === '::1' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
}
/**
 * True when a `NO_PROXY` list covers `target`: `*`; a host or IP (`10.0.0.5`, `[::1]`); a domain and its
 * subdomains (`corp.example`, `.corp.example` or `*.corp.example`); any of these with `:port`.
 * Comma or space separated, case-insensitive. (CIDR ranges are not understood.)
 */
export function bypassesProxy(target, noProxy) {
    const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    for (const raw of noProxy.toLowerCase().split(/[\s,]+/)) {
        if (raw === '')
            continue;
        if (raw === '*')
            return true;
        const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(raw);
        if (!match)
            continue;
        const entryHost = match[1].replace(/^\[|\]$/g, '').replace(/^\*?\./, '');
        if (match[2] !== undefined && match[2] !== port)
            continue;
        if (host === entryHost || host.endsWith(`.${entryHost}`))
            return true;
    }
    return false;
}
/** The proxy URL without its credentials, for messages and logs. */
export function displayProxy(url) {
    const parsed = URL.parse(url);
    if (!parsed)
        return '<proxy>';
    return `${parsed.protocol}//${parsed.host}`;
}
/**
 * The secret inside a proxy URL, as written and decoded, to scrub from anything reported: the password,
 * or a lone user name (proxies that take a token as the user).
 */
export function proxySecrets(url) {
    const parsed = url === undefined ? null : URL.parse(url);
    const secret = parsed?.password || parsed?.username;
    if (!secret)
        return [];
    let decoded = secret;
    try {
        decoded = decodeURIComponent(secret);
    }
    catch {
        // A malformed escape: the text as written is all there is to scrub.
    }
    return [...new Set([secret, decoded])];
}
/** What to do when a proxy answers 407 (to a request or to a tunnel). */
export const PROXY_CREDENTIALS_HINT = 'Put them in the proxy URL, e.g. HTTPS_PROXY=http://user:password@proxy.example:3128 (percent-encode special characters).';
