import type { TestProject } from 'vitest/node';
import { findPostgresBin, startTestPostgres } from './helpers/postgres.ts';

/**
 * vitest globalSetup of the `slack-postgres` project: one PostgreSQL server for the whole run, its URL
 * handed to the tests as `inject('postgresUrl')`. vitest.config.ts adds the project only where PostgreSQL
 * is installed, or in CI, where a missing server is an error here rather than a silent skip.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const bin = findPostgresBin();
  if (bin === undefined) {
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): `apt-get install -y postgresql`, as .ci/run does',
    );
  }
  const server = await startTestPostgres(bin);
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
