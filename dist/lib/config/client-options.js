import { SmsConfigError } from "../errors/errors.js";
const optional = (check) => (value) => value === undefined ? undefined : check(value);
const text = (value) => typeof value !== 'string' ? 'must be a string' : value.trim() === '' ? 'must not be empty' : undefined;
const string = (value) => (typeof value === 'string' ? undefined : 'must be a string');
const fn = (value) => (typeof value === 'function' ? undefined : 'must be a function');
// Surrounding spaces are tolerated (URL parsing drops them); `http:example.com` is not a URL people mean.
const httpUrl = (example) => (value) => typeof value === 'string' &&
    /^https?:\/\/\S+$/i.test(value.trim()) &&
    /^https?:$/.test(URL.parse(value.trim())?.protocol ?? '')
    ? undefined
    : `must be an http(s) URL such as ${example}`;
const apiUrl = httpUrl('https://sms.volcengineapi.com');
const wholeNumber = (min, max = Number.MAX_SAFE_INTEGER) => (value) => Number.isSafeInteger(value) && value >= min && value <= max
    ? undefined
    : max === Number.MAX_SAFE_INTEGER
        ? `must be a whole number of at least ${min}`
        : `must be a whole number from ${min} to ${max}`;
const oneOf = (...values) => (value) => values.includes(value) ? undefined : `must be ${values.map((v) => `"${v}"`).join(' or ')}`;
const AUTH_CHECKS = {
    aksk: { accessKeyId: text, secretAccessKey: text, sessionToken: optional(string) },
    gateway: { apiKey: text, apiBase: apiUrl },
};
// Typed against ClientOptions: an option added there and not checked here does not compile.
const OPTION_CHECKS = {
    endpoint: optional(apiUrl),
    proxy: optional(httpUrl('http://proxy.example:3128')),
    region: optional(text),
    api: optional(oneOf('agent', 'classic')),
    timeoutMs: optional(wholeNumber(1)),
    connectTimeoutMs: optional(wholeNumber(1)),
    maxRetries: optional(wholeNumber(0, 10)),
    fetch: optional(fn),
    sendConcurrency: optional(wholeNumber(1, 256)),
    maxConnections: optional(wholeNumber(1, 1024)),
    clock: optional(fn),
    sleep: optional(fn),
    random: optional(fn),
    onAttempt: optional(fn),
    userAgent: optional(string),
};
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Every problem with `options`, as `path: what is wrong` (never echoing a value, which may be a secret). */
function clientOptionProblems(options) {
    if (!isRecord(options))
        return ['options: must be an object'];
    const problems = [];
    const auth = options['auth'];
    const authChecks = isRecord(auth) ? AUTH_CHECKS[String(auth['kind'])] : undefined;
    if (!isRecord(auth)) {
        problems.push('auth: must be { kind: "aksk", accessKeyId, secretAccessKey } or { kind: "gateway", apiKey, apiBase }');
    }
    else if (!authChecks) {
        problems.push('auth.kind: must be "aksk" or "gateway"');
    }
    else {
        for (const [key, check] of Object.entries(authChecks)) {
            const problem = check(auth[key]);
            if (problem)
                problems.push(`auth.${key}: ${problem}`);
        }
    }
    for (const [key, check] of Object.entries(OPTION_CHECKS)) {
        const problem = check(options[key]);
        if (problem)
            problems.push(`${key}: ${problem}`);
    }
    if (options['fetch'] !== undefined && options['proxy'] !== undefined) {
        // Dropping the proxy would send around it; a fetch of the caller's own reaches the network its way.
        problems.push("proxy: is the built-in engine's; with fetch, give the fetch its proxy (undici's ProxyAgent as its dispatcher) and leave proxy unset");
    }
    return problems;
}
/**
 * Checks client options at construction, naming each bad option (never echoing a credential).
 * @throws SmsConfigError
 */
export function checkClientOptions(options) {
    const problems = clientOptionProblems(options);
    if (problems.length === 0)
        return;
    throw new SmsConfigError(`Invalid client options: ${problems.join('; ')}`, {
        hint: 'Build the options with resolveClientConfig(), or fix the fields named above.',
    });
}
