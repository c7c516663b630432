import http from 'node:http';
import { TransportError, proxyRefused, } from "./engine.js";
// The built-in engine, node:http with a keep-alive agent, for every process: no parser to compile on the
// first request (undici's WebAssembly parser costs a one-shot process 110–360 ms), and kept connections
// for long-lived ones. docs/client.md ("HTTP engine") has the measurements that made it the only one.
export function createNodeHttpEngine(options) {
    // Node 24's agents speak to proxies themselves (absolute-form for http, CONNECT for https) when given
    // the proxy as their `proxyEnv`; the client has already applied NO_PROXY (see proxy.ts).
    const agentOptions = {
        keepAlive: true,
        maxSockets: options.maxSockets,
        ...(options.proxy ? { proxyEnv: { HTTP_PROXY: options.proxy, HTTPS_PROXY: options.proxy } } : {}),
    };
    const plain = { module: http, agent: new http.Agent(agentOptions) };
    // node:https (and node:tls under it) costs a few ms to load, so a process that only talks plain http
    // (the sandbox, a loopback stub) never loads it. getBuiltinModule is synchronous and left alone by ncc.
    let secure;
    const secureTransport = () => {
        if (!secure) {
            const loaded = process.getBuiltinModule('node:https');
            secure = {
                module: loaded,
                agent: new loaded.Agent(agentOptions),
            };
        }
        return secure;
    };
    const transportFor = (protocol) => (protocol === 'https:' ? secureTransport() : plain);
    return {
        send: (request) => sendWithNodeHttp(request, transportFor),
        async close() {
            plain.agent.destroy();
            secure?.agent.destroy();
        },
    };
}
function sendWithNodeHttp(request, transportFor) {
    return new Promise((resolve, reject) => {
        const { endpoint } = request;
        const { module: transport, agent } = transportFor(endpoint.protocol);
        let phase = 'connect';
        let settled = false;
        let connectTimer;
        const finish = (error, response) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(connectTimer);
            clearTimeout(answerTimer);
            request.signal?.removeEventListener('abort', onAbort);
            if (error) {
                req.destroy();
                reject(error);
            }
            else
                resolve(response);
        };
        const onAbort = () => finish(new TransportError('Request aborted', { kind: 'aborted', phase, cause: request.signal?.reason }));
        if (request.signal?.aborted) {
            reject(new TransportError('Request aborted', { kind: 'aborted', phase, cause: request.signal.reason }));
            return;
        }
        // The parts rather than the URL: node:http would parse it again.
        const req = transport.request({
            protocol: endpoint.protocol,
            hostname: endpoint.hostname,
            port: endpoint.port,
            path: request.path,
            method: request.method,
            headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
            agent,
        });
        request.signal?.addEventListener('abort', onAbort, { once: true });
        const answerTimer = setTimeout(() => finish(new TransportError(`No complete answer within ${request.timeoutMs} ms`, { kind: 'timeout', phase })), request.timeoutMs);
        req.on('socket', (socket) => {
            // The request is written once the connection is up: for https, after the TLS handshake (a refused
            // certificate means nothing was sent). A reused keep-alive socket is up already, so only a
            // connection being made gets the connect deadline (a wait for a free socket counts toward the
            // answer's deadline only).
            const upEvent = req.reusedSocket
                ? undefined
                : socket.encrypted
                    ? 'secureConnect'
                    : socket.connecting
                        ? 'connect'
                        : undefined;
            if (upEvent === undefined) {
                phase = 'sent';
                return;
            }
            connectTimer = setTimeout(() => finish(new TransportError(`Could not connect within ${request.connectTimeoutMs} ms`, {
                kind: 'timeout',
                phase,
            })), request.connectTimeoutMs);
            socket.once(upEvent, () => {
                phase = 'sent';
                clearTimeout(connectTimer);
            });
        });
        req.on('error', (err) => {
            // A refused CONNECT: Node's ERR_PROXY_TUNNEL carries the proxy's status.
            const refusedStatus = err.code === 'ERR_PROXY_TUNNEL' ? err.statusCode : undefined;
            finish(typeof refusedStatus === 'number'
                ? proxyRefused(refusedStatus, err)
                : new TransportError(`Connection failed (${err.code ?? err.message})`, {
                    kind: 'network',
                    phase,
                    code: err.code,
                    cause: err,
                }));
        });
        req.on('response', (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', (err) => finish(new TransportError(`Response cut short (${err.code ?? err.message})`, {
                kind: 'network',
                phase: 'sent',
                code: err.code,
                cause: err,
            })));
            res.on('end', () => {
                if (!res.complete) {
                    finish(new TransportError('Response cut short', { kind: 'network', phase: 'sent', code: 'ECONNRESET' }));
                    return;
                }
                // node:http's own object: lower-case names, repeated singletons (Retry-After…) already dropped.
                finish(undefined, {
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8'),
                });
            });
        });
        req.end(request.body);
    });
}
