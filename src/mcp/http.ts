import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { SmsConfigError } from '../core/index.ts';

/**
 * Streamable HTTP at `/mcp`, one MCP session per client (sessions carry elicitation's round trips).
 * Bound to loopback unless told otherwise; anywhere else a bearer token is required, and it comes from the
 * environment (VOLC_SMS_MCP_TOKEN), never from a flag that would sit in shell history and `ps`.
 */

export const TOKEN_VARIABLE = 'VOLC_SMS_MCP_TOKEN';
const MAX_BODY_BYTES = 1_000_000;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface McpHttpOptions {
  port: number;
  host: string;
  token?: string | undefined;
  createServer: () => McpServer;
  log: (line: string) => void;
}

export interface McpHttpServer {
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

const rpcError = (message: string) => ({ jsonrpc: '2.0', error: { code: -32000, message }, id: null });

function authorized(req: IncomingMessage, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function startMcpHttp(options: McpHttpOptions): Promise<McpHttpServer> {
  const loopback = isLoopback(options.host);
  if (!loopback && (options.token === undefined || options.token.length < 16)) {
    throw new SmsConfigError(`Refusing to serve MCP on ${options.host} without a bearer token`, {
      hint: `Set ${TOKEN_VARIABLE} to a random secret of at least 16 characters, or leave --host out (127.0.0.1).`,
    });
  }
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  let allowedHosts: string[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://mcp');
    if (url.pathname !== '/mcp') return sendJson(res, 404, rpcError('Not found: the MCP endpoint is /mcp'));
    if (!authorized(req, options.token)) {
      return sendJson(res, 401, rpcError('Missing or wrong bearer token'), { 'www-authenticate': 'Bearer' });
    }
    const sessionId = req.headers['mcp-session-id'];
    const existing = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
    if (req.method !== 'POST') {
      if (existing === undefined) return sendJson(res, 400, rpcError('Unknown or missing mcp-session-id'));
      return existing.handleRequest(req, res);
    }
    const body = await readBody(req).catch(() => Symbol.for('invalid'));
    if (typeof body === 'symbol') return sendJson(res, 400, rpcError('The body is not JSON'));
    if (existing !== undefined) return existing.handleRequest(req, res, body);
    if (sessionId !== undefined || !isInitializeRequest(body)) {
      return sendJson(res, 400, rpcError('Start a session with an initialize request'));
    }
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => void sessions.set(id, transport),
      // On loopback, a page in the user's browser must not reach the server through a rebound name.
      ...(loopback ? { enableDnsRebindingProtection: true, allowedHosts } : {}),
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) sessions.delete(transport.sessionId);
    };
    await options.createServer().connect(transport);
    await transport.handleRequest(req, res, body);
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log(`HTTP request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, rpcError('Internal error'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, resolve);
  });
  const { port } = http.address() as AddressInfo;
  allowedHosts.push(`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${options.host}:${port}`);
  allowedHosts = [...new Set(allowedHosts)];
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}/mcp`,
    async close() {
      await Promise.all([...sessions.values()].map((transport) => transport.close()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
