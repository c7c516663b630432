import { setTimeout as delay } from 'node:timers/promises';
import { agentDialect } from "./dialects/agent-dialect.js";
import { createAgentV2Methods } from "./agent-v2/methods.js";
import { createVerifyCodeMethods } from "./sending/verify-code.js";
import { checkClientOptions } from "./config/client-options.js";
import { planBatchSend } from "./sending/batch-plan.js";
import { classicDialect } from "./dialects/classic-dialect.js";
import { DEFAULT_ENDPOINT } from "./config/config.js";
import { checkParams } from "./dialects/dialect.js";
import { SmsConfigError, SmsInputError } from "./errors/errors.js";
import { CallFailure, executeCall } from "./http/execute-call.js";
import { readClassicSendLog } from "./sending/classic-send-log.js";
import { sendPlannedChunks } from "./sending/send-chunks.js";
import { displayProxy } from "./http/proxy.js";
import { secretsToRedact } from "./config/secrets.js";
import { planSend } from "./sending/send-plan.js";
import { SigningKeyCache } from "./signing/sign.js";
import { parseEndpoint } from "./signing/build-request.js";
import { createFetchEngine } from "./http/fetch-engine.js";
import { createNodeHttpEngine } from "./http/node-http-engine.js";
const DEFAULTS = {
    region: 'cn-north-1',
    timeoutMs: 15_000,
    connectTimeoutMs: 5_000,
    maxRetries: 2,
    sendConcurrency: 4,
};
// The agent API has no Tag field: dropping it silently would lose what the caller asked for.
function refuseTagOutsideClassic(tag, api) {
    if (tag === undefined || api === 'classic')
        return;
    const message = 'is a field of the classic API only; use the classic API (VOLC_SMS_API=classic) or leave it out';
    throw new SmsInputError(`tag: ${message}`, [{ field: 'tag', message }]);
}
function dialectFor(api) {
    if (api === undefined || api === 'agent')
        return agentDialect;
    if (api === 'classic')
        return classicDialect;
    throw new SmsConfigError(`Unknown API "${String(api)}"`, {
        hint: 'Use "agent" or "classic" (VOLC_SMS_API).',
    });
}
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
export function createSmsClient(options) {
    checkClientOptions(options);
    const base = options.endpoint ?? (options.auth.kind === 'gateway' ? options.auth.apiBase : DEFAULT_ENDPOINT);
    // Parsed once: every request of this client goes there.
    const endpoint = parseEndpoint(base.replace(/\/+$/, ''));
    const dialect = dialectFor(options.api);
    const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs;
    const sendConcurrency = options.sendConcurrency ?? DEFAULTS.sendConcurrency;
    const engine = options.fetch
        ? createFetchEngine(options.fetch)
        : createNodeHttpEngine({
            maxSockets: options.maxConnections ?? Math.max(sendConcurrency, 8),
            proxy: options.proxy,
        });
    const auth = options.auth;
    const runtime = {
        engine,
        auth,
        endpoint,
        region: options.region ?? DEFAULTS.region,
        timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
        connectTimeoutMs,
        maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
        clock: options.clock ?? (() => new Date()),
        sleep: options.sleep ?? ((ms, signal) => delay(ms, undefined, signal ? { signal } : {})),
        random: options.random ?? Math.random,
        onAttempt: options.onAttempt,
        userAgent: options.userAgent ?? 'volc-sms',
        signingKeys: new SigningKeyCache(),
        secrets: secretsToRedact({ auth, proxy: options.proxy }),
        proxy: options.proxy === undefined ? undefined : displayProxy(options.proxy),
    };
    async function read(build, callOptions = {}, context) {
        const dialectCall = build();
        await checkParams([dialectCall]);
        try {
            return await executeCall(runtime, dialectCall, {
                kind: 'read',
                signal: callOptions.signal,
                context: { ...context, action: dialectCall.call.action, credentials: auth.kind },
            });
        }
        catch (err) {
            // CallFailure is internal bookkeeping; callers get the SmsError itself.
            throw err instanceof CallFailure ? err.error : err;
        }
    }
    return {
        ...createAgentV2Methods(runtime, { proxy: options.proxy }),
        ...createVerifyCodeMethods(runtime),
        planSend,
        async sendSms(input, callOptions = {}) {
            refuseTagOutsideClassic(input.tag, options.api);
            const plan = planSend(input);
            const context = {
                subAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
                credentials: auth.kind,
            };
            const build = (mobiles) => dialect.send({
                subAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
                mobiles,
                templateParam: plan.templateParam,
                account: input.account,
                tag: input.tag,
            });
            return sendPlannedChunks(runtime, plan, input.mobiles, build, context, sendConcurrency, callOptions);
        },
        async sendBatchSms(input, callOptions = {}) {
            refuseTagOutsideClassic(input.tag, options.api);
            const sendBatch = dialect.sendBatch;
            const { plan, params } = planBatchSend(input, { groupByParams: !sendBatch });
            const context = {
                subAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
            };
            const build = sendBatch
                ? (mobiles) => sendBatch({
                    ...context,
                    tag: input.tag,
                    messages: mobiles.map((mobile) => ({ mobile, templateParam: params.get(mobile) })),
                })
                : // Without a batch action, each chunk holds numbers that share their parameters (see planBatchSend).
                    (mobiles) => dialect.send({ ...context, mobiles, templateParam: params.get(mobiles[0]) });
            const inputs = input.messages.map((m) => m.mobile);
            const outcome = await sendPlannedChunks(runtime, plan, inputs, build, { ...context, credentials: auth.kind }, sendConcurrency, callOptions);
            // Grouped chunks come back in group order; callers get input order.
            const order = new Map(plan.mobiles.map((mobile, index) => [mobile, index]));
            outcome.recipients.sort((a, b) => (order.get(a.mobile) ?? 0) - (order.get(b.mobile) ?? 0));
            return outcome;
        },
        listSubAccounts: (input = {}, o) => read(() => dialect.listSubAccounts(input), o),
        listSignatures: (input = {}, o) => read(() => dialect.listSignatures(input), o, {
            subAccount: input.subAccounts?.[0],
            signature: input.signature,
        }),
        listTemplates: (input = {}, o) => read(() => dialect.listTemplates(input), o, {
            subAccount: input.subAccounts?.[0],
            signature: input.signatures?.[0],
            templateId: input.templateId,
        }),
        listSendLogs: (input, o) => {
            const ask = (part) => read(() => dialect.listSendLogs(part), o, { subAccount: input.subAccount });
            return options.api === 'classic'
                ? readClassicSendLog(input, ask, runtime.clock().getTime())
                : ask(input);
        },
        getSendStats: (input, o) => read(() => dialect.getSendStats(input), o, { subAccount: input.subAccount }),
        close: () => engine.close(),
    };
}
