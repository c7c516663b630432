import { type Dialect } from './dialect.ts';
/** The six `*ForAgent` actions (reference §3.3–3.8): always POST, PascalCase JSON bodies. */
export declare const agentDialect: Dialect;
