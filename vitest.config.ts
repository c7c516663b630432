import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The Slack app's suite runs a second time on PostgreSQL (and the multi-replica tests only there) where
// the server is installed; in CI it must be (.ci/run installs it), so there a missing one fails the run.
const postgresInstalled = existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
const withPostgres = postgresInstalled || process.env.CI === 'true';

// The Slack tests that go through the store, run on both backends.
const SLACK_STORE_TESTS = [
  'test/slack/access-and-store.test.ts',
  'test/slack/batch.test.ts',
  'test/slack/commands.test.ts',
  'test/slack/schedules.test.ts',
  'test/slack/send-flow.test.ts',
  'test/slack/socket-mode.test.ts',
];

export default defineConfig({
  test: {
    // Generous: end-to-end tests start several real processes, and a shared machine under load can take
    // many times their quiet duration (a hung test still ends, only later).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The machines are shared and small (2 cores): keep worker count modest.
    maxWorkers: 2,
    reporters: ['default', './test/reporters/summary-line.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'default', include: ['test/**/*.test.ts'], exclude: ['test/slack-replicas/**'] },
      },
      ...(withPostgres
        ? [
            {
              extends: true,
              test: {
                name: 'slack-postgres',
                include: [...SLACK_STORE_TESTS, 'test/slack-replicas/**/*.test.ts'],
                globalSetup: ['./test/global-postgres.ts'],
                env: { SLACK_TEST_BACKEND: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
