import { businessErrors } from './business-error.ts';

/**
 * Where parameters come from (reference §1.3): Action and Version always from the query; business
 * fields from the JSON body when one is sent, else from the query. SDKs mix the two (Go sends query
 * params plus an empty JSON body), so the query is the base and body fields override it.
 */

export type QueryMap = Record<string, string[]>;

/** Parses a raw query without turning "+" into a space (clients encode spaces as %20 when they sign). */
export function parseQuery(rawQuery: string): QueryMap {
  const query: QueryMap = {};
  if (!rawQuery) return query;
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq === -1 ? part : part.slice(0, eq));
    const value = eq === -1 ? '' : decode(part.slice(eq + 1));
    (query[key] ??= []).push(value);
  }
  return query;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function firstValue(query: QueryMap, key: string): string | undefined {
  return query[key]?.[0];
}

export interface ParamShape {
  /** Fields that are integers: query strings are converted, body values are left for the schema to judge. */
  integers?: readonly string[];
  /** Fields that are string lists: a repeated query key, or one comma-separated value. */
  arrays?: readonly string[];
  /** Fields that are booleans in the query (`true`/`false`). */
  booleans?: readonly string[];
}

const RESERVED = new Set(['Action', 'Version']);

/** Business parameters of a request: query fields (typed by `shape`) overridden by the JSON body's. */
export function readParams(query: QueryMap, body: Buffer, shape: ParamShape): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const integers = new Set(shape.integers);
  const arrays = new Set(shape.arrays);
  const booleans = new Set(shape.booleans);
  for (const [key, values] of Object.entries(query)) {
    if (RESERVED.has(key)) continue;
    const bareKey = key.endsWith('[]') ? key.slice(0, -2) : key;
    if (arrays.has(bareKey)) {
      params[bareKey] = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    } else if (integers.has(key)) {
      const text = values[0] ?? '';
      params[key] = /^-?\d+$/.test(text) ? Number(text) : text;
    } else if (booleans.has(key)) {
      params[key] = values[0] === 'true' ? true : values[0] === 'false' ? false : values[0];
    } else {
      params[key] = values[0];
    }
  }
  if (body.length === 0) return params;
  const text = body.toString('utf8');
  if (text.trim() === '') return params;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw businessErrors.invalidJson(`The request body is not valid JSON (${(error as Error).message}).`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw businessErrors.invalidField('the request body must be a JSON object.');
  }
  return Object.assign(params, json);
}
