import type { IncomingMessage, ServerResponse } from 'node:http';
import { BusinessError } from './business-error.ts';
import { errorEnvelope, type EnvelopeMeta } from './envelope.ts';
import { InjectedError, type Fault } from './faults.ts';
import { GatewayError } from './gateway-errors.ts';

/**
 * How an API answer leaves the server: the envelope for a result or an error, and the ways an injected
 * fault spoils it after the request was processed (dropped, truncated, not JSON).
 */

export interface Answer {
  status: number;
  body: string | Buffer;
  headers: Record<string, string>;
  code: string;
  /** Set for a non-JSON success (TemplateUploadDemo's CSV); JSON otherwise. */
  contentType?: string;
}

export function errorAnswer(
  meta: EnvelopeMeta,
  error: unknown,
  log: ((line: string) => void) | undefined,
): Answer {
  if (error instanceof BusinessError) {
    return { status: 200, body: errorEnvelope(meta, error), headers: {}, code: error.code };
  }
  if (error instanceof GatewayError || error instanceof InjectedError) {
    return {
      status: error.status,
      body: errorEnvelope(meta, error),
      headers: error.headers,
      code: error.code,
    };
  }
  log?.(`sandbox internal error in ${meta.action}: ${(error as Error).message}`);
  const internal = new GatewayError('InternalError', 'Internal error.');
  return { status: 500, body: errorEnvelope(meta, internal), headers: {}, code: internal.code };
}

export function sendAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  answer: Answer,
  fault: Fault | undefined,
) {
  switch (fault?.kind) {
    case 'drop-after':
      // Processed and recorded, but the client never hears back.
      request.socket.destroy();
      return;
    case 'truncate': {
      const bytes = Buffer.from(answer.body);
      response.writeHead(answer.status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': bytes.length,
      });
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => request.socket.destroy());
      return;
    }
    case 'non-json':
      response.writeHead(fault.status ?? 200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        '<html><body><h1>502 Bad Gateway</h1><p>upstream sent an invalid response</p></body></html>',
      );
      return;
    default:
      if (answer.contentType === undefined) writeJson(response, answer.status, answer.body, answer.headers);
      else writeBody(response, answer.status, answer.contentType, answer.body, answer.headers);
  }
}

export function writeBody(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string>,
) {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}

export function writeJson(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
) {
  writeBody(response, status, 'application/json; charset=utf-8', body, headers);
}

export function logLine(
  request: IncomingMessage,
  action: string,
  status: number | string,
  code: string,
  started: number,
): string {
  const ms = (performance.now() - started).toFixed(1);
  return `${request.method ?? '-'} ${action || '-'} ${status} ${code} ${ms}ms`;
}
