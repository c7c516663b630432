type Vars = Readonly<Record<string, string | undefined>>;
/** A proxy chosen for an endpoint, and the variable (or option) it came from. */
export interface ProxyChoice {
    url: string;
    from: string;
}
/**
 * The proxy for `endpoint` from the environment: `https_proxy`/`HTTPS_PROXY` for an https endpoint,
 * `http_proxy`/`HTTP_PROXY` for http (the lower-case name wins, as in curl and Node), unless
 * `no_proxy`/`NO_PROXY` covers the endpoint's host or the endpoint is this machine's loopback (a proxy
 * cannot reach it; Go and Java skip it too, so a sandbox in CI behind a proxy just works). Undefined means a
 * direct connection.
 */
export declare function proxyFromEnv(endpoint: string, env: Vars): ProxyChoice | undefined;
/**
 * True when a `NO_PROXY` list covers `target`: `*`; a host or IP (`10.0.0.5`, `[::1]`); a domain and its
 * subdomains (`corp.example`, `.corp.example` or `*.corp.example`); any of these with `:port`.
 * Comma or space separated, case-insensitive. (CIDR ranges are not understood.)
 */
export declare function bypassesProxy(target: URL, noProxy: string): boolean;
/** The proxy URL without its credentials, for messages and logs. */
export declare function displayProxy(url: string): string;
/**
 * The secret inside a proxy URL, as written and decoded, to scrub from anything reported: the password,
 * or a lone user name (proxies that take a token as the user).
 */
export declare function proxySecrets(url: string | undefined): string[];
/** What to do when a proxy answers 407 (to a request or to a tunnel). */
export declare const PROXY_CREDENTIALS_HINT = "Put them in the proxy URL, e.g. HTTPS_PROXY=http://user:password@proxy.example:3128 (percent-encode special characters).";
export {};
