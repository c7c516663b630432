/**
 * The bins' first check: this code needs Node 24 (node:sqlite, type stripping, newer built-ins). Under an
 * older Node the bundles would fail deep inside with "No such built-in module: node:sqlite" or "Cannot
 * read properties of undefined (reading 'bind')", so the entry points ask this before loading anything
 * else, and say in one line what is needed. No imports: it must run on any Node.
 */
export const REQUIRED_NODE_MAJOR = 24;

/** What is wrong with this Node, or undefined when it is recent enough. */
export function nodeVersionProblem(version: string = process.versions.node): string | undefined {
  const major = Number(version.split('.')[0]);
  if (major >= REQUIRED_NODE_MAJOR) return undefined;
  return `needs Node.js ${REQUIRED_NODE_MAJOR} or later, this is Node ${version}`;
}
