/**
 * Parses a dotenv-style file exactly as Node's own `--env-file` does (`util.parseEnv`): `KEY=VALUE` lines,
 * an optional `export ` prefix, `#` comments, single, double and backtick quotes, values over several
 * lines inside quotes, `\n` in double quotes. So a file that works with `node --env-file` works here, and
 * the other way round. A UTF-8 BOM, which Node would keep in the first key, is dropped first.
 */
export declare function parseEnvFile(text: string): Record<string, string>;
