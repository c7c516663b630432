import type { ClientOptions } from '../../src/core/index.ts';

/** The client's two ways to reach the network: its built-in engine (node:http), and a fetch it is given. */
export const ENGINES: ReadonlyArray<readonly [string, Partial<ClientOptions>]> = [
  ['node:http', {}],
  ['fetch', { fetch: globalThis.fetch }],
];
