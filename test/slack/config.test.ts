import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SmsConfigError, createSmsClient } from '../../src/core/index.ts';
import { SANDBOX_CREDENTIALS, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { limitsOf, loadAccessConfig, parseAccessConfig } from '../../src/slack/access-config.ts';
import { appLog, createSlackApp, defaultDbPath, runSlackApp } from '../../src/slack/index.ts';
import { parseSlackEnv } from '../../src/slack/slack-env.ts';
import { postSigned, slashCommandForm, startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { thrown } from '../helpers/thrown.ts';

const configError = (run: () => unknown) => thrown(SmsConfigError, run);

describe('Slack environment', () => {
  it('names each missing or malformed variable', () => {
    const err = configError(() => parseSlackEnv({ SLACK_BOT_TOKEN: 'xoxp-user-token', PORT: 'eighty' }));
    expect(err.message).toContain('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"');
    expect(err.message).toContain('SLACK_SIGNING_SECRET is required in HTTP mode');
    expect(err.message).toContain('PORT');
    expect(err.message).not.toContain('xoxp-user-token');
    expect(configError(() => parseSlackEnv({})).message).toContain('SLACK_BOT_TOKEN is required');
  });

  it('chooses Socket Mode when SLACK_APP_TOKEN is set (no signing secret needed) and normalises SLACK_API_URL', () => {
    const env = parseSlackEnv({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
      SLACK_SIGNING_SECRET: '',
    });
    expect(env.SLACK_APP_TOKEN).toBe('xapp-1');
    expect(env.SLACK_SIGNING_SECRET).toBeUndefined();
    expect(env.SLACK_API_URL).toBe('http://127.0.0.1:9/api/');
    expect(env.PORT).toBe(3000);
    expect(
      configError(() => parseSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong' })).message,
    ).toContain('SLACK_APP_TOKEN must be an app-level token');
  });
});

describe('Slack environment: the shared database', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

  it('takes a PostgreSQL URL and a lease of at most 60 s, naming what is wrong otherwise', () => {
    const env = parseSlackEnv({
      ...base,
      SMS_SLACK_DATABASE_URL: 'postgres://app:pw@db:5432/volc_sms',
      SMS_SLACK_LEASE_MS: '2000',
    });
    expect(env.SMS_SLACK_DATABASE_URL).toBe('postgres://app:pw@db:5432/volc_sms');
    expect(env.SMS_SLACK_LEASE_MS).toBe(2000);
    const err = configError(() =>
      parseSlackEnv({ ...base, SMS_SLACK_DATABASE_URL: 'mysql://db/x', SMS_SLACK_LEASE_MS: '90000' }),
    );
    expect(err.message).toContain('SMS_SLACK_DATABASE_URL must be a PostgreSQL URL');
    expect(err.message).toContain('SMS_SLACK_LEASE_MS must be at most 60000');
  });

  it('scrubs the database password from log lines', () => {
    const lines: string[] = [];
    const log = appLog(
      { SMS_SLACK_DATABASE_URL: 'postgres://app:p%40ss-w0rd@db/volc_sms' },
      { auth: { kind: 'aksk', accessKeyId: 'AK', secretAccessKey: 'SK' } },
      (line) => lines.push(line),
    );
    log('error: password authentication failed (p@ss-w0rd)');
    expect(lines.join('\n')).not.toContain('p@ss-w0rd');
  });
});

describe('permissions file', () => {
  it('accepts the documented shape and fills defaults', () => {
    const config = parseAccessConfig(
      JSON.stringify({
        senders: ['U01SENDER', 'S01ONCALL'],
        readers: ['U01READER'],
        admins: ['U01ADMIN'],
        channels: ['C01OPS'],
        recipientGroups: { oncall: ['13800000000', '+6598620548'] },
        timezone: 'Europe/Berlin',
        limits: { send: 3 },
        auditDb: '/var/lib/volc-sms/slack.db',
      }),
      'access.json',
    );
    expect(config.recipientGroups.oncall).toHaveLength(2);
    expect(limitsOf(config)).toMatchObject({ send: 3, stats: 60 });
    expect(limitsOf(parseAccessConfig('{}', 'empty.json')).send).toBe(10);
  });

  it('names the field of a malformed file', () => {
    const cases: [unknown, string][] = [
      [{ senders: ['alice'] }, 'senders[0]: must be a Slack user id'],
      [{ channels: ['#ops'] }, 'channels[0]: must be a Slack channel id'],
      [{ recipientGroups: { oncall: ['12345'] } }, 'recipientGroups.oncall[0]: ****45 is not a phone number'],
      [{ recipientGroups: { 'On Call': ['13800000000'] } }, 'recipientGroups.On Call'],
      [{ limits: { send: -1 } }, 'limits.send'],
      [{ timezone: 'Mars/Olympus' }, 'timezone: must be an IANA time zone'],
      [{ sender: ['U1'] }, 'sender'],
    ];
    for (const [json, expected] of cases) {
      const err = configError(() => parseAccessConfig(JSON.stringify(json), 'access.json'));
      expect(err.message, JSON.stringify(json)).toContain('SMS_SLACK_CONFIG access.json is invalid');
      expect(err.message, JSON.stringify(json)).toContain(expected);
    }
    expect(configError(() => parseAccessConfig('{ nope', 'access.json')).message).toContain(
      'is not valid JSON',
    );
    expect(configError(() => parseAccessConfig('senders: [U1', 'access.yaml')).message).toMatch(
      /SMS_SLACK_CONFIG access.yaml is not valid YAML: .*line 1/,
    );
    expect(configError(() => parseAccessConfig('senders: [alice]', 'access.yml')).message).toContain(
      'senders[0]: must be a Slack user id',
    );
    expect(configError(() => loadAccessConfig('/nonexistent/access.json')).message).toContain(
      'Cannot read SMS_SLACK_CONFIG',
    );
  });

  it('reads the same file as YAML, keeping numbers as written (a plain +65… or 0086… is not an integer)', () => {
    const yaml = [
      '# who may do what',
      'senders: [U024BE7LH, S0614TZR7]',
      'channels:',
      '  - C0INCIDENT',
      'recipientGroups:',
      '  oncall:',
      '    - 13800000000',
      '    - +6598620548',
      '    - 008613900000001',
      '    - "+86 139 0000 0002"',
      'limits: { send: 3, confirmAbove: 5, batchThreshold: 20000 }',
    ].join('\n');
    const config = parseAccessConfig(yaml, 'access.yaml');
    expect(config.senders).toEqual(['U024BE7LH', 'S0614TZR7']);
    expect(config.recipientGroups.oncall).toEqual([
      '13800000000',
      '+6598620548',
      '008613900000001',
      '+86 139 0000 0002',
    ]);
    expect(config.limits).toMatchObject({ send: 3, confirmAbove: 5, batchThreshold: 20000 });
    const err = configError(() => parseAccessConfig('limits: { send: -1 }', 'access.yaml'));
    expect(err.message).toContain('SMS_SLACK_CONFIG access.yaml is invalid: limits.send');
  });

  it("docs/slack.md's JSON and YAML examples are valid and say the same", () => {
    const docs = readFileSync(join(import.meta.dirname, '../../docs/slack.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## Permissions file'));
    const block = (lang: string) =>
      /```(\w+)\n([\s\S]*?)```/.exec(section.slice(section.indexOf('```' + lang)))?.[2] ?? '';
    const fromJson = parseAccessConfig(block('json'), 'slack.json');
    expect(fromJson.senders.length).toBeGreaterThan(0);
    expect(parseAccessConfig(block('yaml'), 'slack.yaml')).toEqual(fromJson);
  });

  it('never prints a full phone number from the file', () => {
    const err = configError(() =>
      parseAccessConfig(JSON.stringify({ recipientGroups: { oncall: ['1380000000x'] } }), 'a.json'),
    );
    expect(err.message).not.toContain('1380000000x');
  });
});

describe('runSlackApp (what `volc-sms slack` runs)', () => {
  let sandbox: Sandbox;
  let slack: FakeSlack;
  let dir: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, receiptDelayMs: 50, rateLimitQps: 0 });
    slack = await startFakeSlack();
    dir = mkdtempSync(join(tmpdir(), 'volc-sms-run-'));
  });
  afterAll(async () => {
    await slack.close();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts in HTTP mode from the environment, serves /healthz and Slack requests, logs without secrets', async () => {
    const configPath = join(dir, 'access.json');
    writeFileSync(configPath, JSON.stringify({ readers: ['UREADER'] }));
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    const env = {
      SLACK_SIGNING_SECRET: 'run-secret',
      SLACK_BOT_TOKEN: 'xoxb-run-token',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      SMS_SLACK_CONFIG: configPath,
      SMS_SLACK_DB: join(dir, 'run.db'),
      VOLCENGINE_ACCESS_KEY: SANDBOX_CREDENTIALS.accessKeyId,
      VOLCENGINE_SECRET_KEY: SANDBOX_CREDENTIALS.secretAccessKey,
      VOLC_SMS_ENDPOINT: sandbox.url,
      HOME: dir,
    };
    const app = await runSlackApp(env);
    try {
      const started = lines.find((line) => line.includes('started in HTTP mode'));
      expect(started).toBeDefined();
      expect(started).toContain(`database ${join(dir, 'run.db')} (SQLite);`);
      const port = Number(/port (\d+)/.exec(started ?? '')?.[1]);
      expect(port).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

      const { form, responseId } = slashCommandForm(slack, { text: 'groups', userId: 'UREADER' });
      expect((await postSigned(`http://127.0.0.1:${port}`, 'run-secret', form)).status).toBe(200);
      const answer = await slack.waitFor(() => slack.responses(responseId)[0], 'the groups answer');
      expect(JSON.stringify(answer.body)).toContain('7384ed01');
      for (const secret of ['run-secret', 'xoxb-run-token', SANDBOX_CREDENTIALS.secretAccessKey]) {
        expect(lines.join('\n')).not.toContain(secret);
      }
    } finally {
      await app.stop();
      spy.mockRestore();
    }
  });

  it('its log line scrubs every secret of the registry: Slack tokens, SMS credentials with the access key id, proxy passwords', () => {
    const written: string[] = [];
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-log-token',
      SLACK_SIGNING_SECRET: 'log-signing-secret',
      VOLCENGINE_ACCESS_KEY: 'AKLTlog-key-id',
      VOLCENGINE_SECRET_KEY: 'log-secret-key',
      HTTPS_PROXY: 'http://proxyuser:env-proxy-pw@proxy.example:3128',
    };
    const log = appLog(
      env,
      {
        auth: { kind: 'aksk', accessKeyId: 'AKLTlog-key-id', secretAccessKey: 'log-secret-key' },
        proxy: 'http://proxyuser:option-proxy-pw@proxy.example:3128',
      },
      (line) => written.push(line),
    );
    log(`warn: ${Object.values(env).join(' ')} option-proxy-pw 13800000000`);
    expect(written).toHaveLength(1);
    for (const secret of [...Object.values(env), 'env-proxy-pw', 'option-proxy-pw', '13800000000']) {
      expect(written[0]).not.toContain(secret);
    }
    expect(written[0]).toContain('138****0000');
  });

  it('keeps its database under the user state directory by default, not in the working directory', async () => {
    const state = join(dir, 'state');
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    const app = await runSlackApp({
      SLACK_SIGNING_SECRET: 'state-secret',
      SLACK_BOT_TOKEN: 'xoxb-state-token',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      VOLCENGINE_ACCESS_KEY: SANDBOX_CREDENTIALS.accessKeyId,
      VOLCENGINE_SECRET_KEY: SANDBOX_CREDENTIALS.secretAccessKey,
      VOLC_SMS_ENDPOINT: sandbox.url,
      HOME: dir,
      XDG_STATE_HOME: state,
    });
    try {
      expect(existsSync(join(state, 'volc-sms', 'slack.db'))).toBe(true);
      expect(lines.join('\n')).toContain(`database ${join(state, 'volc-sms', 'slack.db')}`);
      expect(existsSync('volc-sms-slack.db')).toBe(false);
    } finally {
      await app.stop();
      spy.mockRestore();
    }
  });

  it('default database: $XDG_STATE_HOME/volc-sms, else ~/.local/state/volc-sms; the old name stays out of git', () => {
    expect(defaultDbPath({ XDG_STATE_HOME: '/var/state', HOME: '/home/u' })).toBe(
      '/var/state/volc-sms/slack.db',
    );
    expect(defaultDbPath({ HOME: '/home/u' })).toBe('/home/u/.local/state/volc-sms/slack.db');
    expect(defaultDbPath({ XDG_STATE_HOME: 'relative/state', HOME: '/home/u' })).toBe(
      '/home/u/.local/state/volc-sms/slack.db',
    );
    const ignored = readFileSync(new URL('../../.gitignore', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    for (const file of ['volc-sms-slack.db', 'volc-sms-slack.db-wal', 'volc-sms-slack.db-shm']) {
      expect(ignored.some((pattern) => matchesGlob(file, pattern.trim()))).toBe(true);
    }
  });

  it('refuses to start with a malformed permissions file, naming the field', async () => {
    const configPath = join(dir, 'bad.json');
    writeFileSync(configPath, JSON.stringify({ admins: ['bob'] }));
    await expect(
      runSlackApp({
        SLACK_SIGNING_SECRET: 's',
        SLACK_BOT_TOKEN: 'xoxb-1',
        SMS_SLACK_CONFIG: configPath,
        HOME: dir,
      }),
    ).rejects.toThrow(/admins\[0\]: must be a Slack user id/);
  });

  it('refuses to start when Slack rejects the bot token, and closes its database', async () => {
    slack.failures['auth.test'] = 'invalid_auth';
    const dbPath = join(dir, 'revoked.db');
    try {
      await expect(
        runSlackApp({
          SLACK_SIGNING_SECRET: 's',
          SLACK_BOT_TOKEN: 'xoxb-revoked',
          SLACK_API_URL: slack.apiUrl,
          PORT: '0',
          SMS_SLACK_DB: dbPath,
          VOLCENGINE_ACCESS_KEY: SANDBOX_CREDENTIALS.accessKeyId,
          VOLCENGINE_SECRET_KEY: SANDBOX_CREDENTIALS.secretAccessKey,
          VOLC_SMS_ENDPOINT: sandbox.url,
        }),
      ).rejects.toThrow(/Slack rejected SLACK_BOT_TOKEN: .*invalid_auth/);
      // SQLite removes the write-ahead log when the last connection closes.
      expect(existsSync(dbPath)).toBe(true);
      expect(existsSync(`${dbPath}-wal`)).toBe(false);
    } finally {
      delete slack.failures['auth.test'];
    }
  });

  it('refuses to start without SMS credentials, saying where it looked', async () => {
    await expect(
      runSlackApp({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1', HOME: dir }),
    ).rejects.toBeInstanceOf(SmsConfigError);
  });
});

describe('compose.yaml', () => {
  it('runs PostgreSQL and two replicas on it, each checked through /readyz', async () => {
    const { parse } = await import('yaml');
    const compose = parse(readFileSync(new URL('../../compose.yaml', import.meta.url), 'utf8'), {
      merge: true,
    }) as { services: Record<string, Record<string, unknown>> };
    const replicas = Object.entries(compose.services).filter(([name]) => name.startsWith('slack-'));
    expect(replicas).toHaveLength(2);
    expect(compose.services.postgres?.image).toMatch(/^postgres:/);
    for (const [, service] of replicas) {
      const env = service.environment as Record<string, string>;
      expect(env.SMS_SLACK_DATABASE_URL).toMatch(/^postgres:\/\/volc_sms:.*@postgres:5432\/volc_sms$/);
      expect(JSON.stringify(service.healthcheck)).toContain('/readyz');
      expect(service.command).toEqual(['npx', '--yes', 'volc-sms@latest', 'slack']);
    }
  });
});

describe('slack/manifest.yml', () => {
  it('declares the command, the scopes the app uses, interactivity and the Bolt endpoint', () => {
    const manifest = readFileSync(new URL('../../slack/manifest.yml', import.meta.url), 'utf8');
    expect(manifest).toMatch(/- command: \/sms\n\s+url: https:\/\/\S+\/slack\/events/);
    expect(manifest).toMatch(/should_escape: true/);
    const scopes = /bot:\n((?:\s+- \S+.*\n)+)/.exec(manifest)?.[1] ?? '';
    expect(scopes.match(/- (\S+)/g)?.map((s) => s.slice(2))).toEqual([
      'commands',
      'chat:write',
      'chat:write.public',
      'usergroups:read',
      'files:read',
    ]);
    expect(manifest).toMatch(
      /interactivity:\n(?:\s+#.*\n)*\s+is_enabled: true\n\s+request_url: https:\/\/\S+\/slack\/events/,
    );
  });
});

describe('createSlackApp modes', () => {
  const sms = createSmsClient({
    auth: { kind: 'aksk', accessKeyId: 'AK', secretAccessKey: 'SK' },
    endpoint: 'http://127.0.0.1:9',
  });

  it('builds a Socket Mode app from an app token alone, and refuses HTTP mode without a signing secret', async () => {
    const socket = createSlackApp({
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      access: undefined,
      sms,
      dbPath: ':memory:',
      log: () => {},
    });
    await socket.stop();
    expect(() =>
      createSlackApp({ botToken: 'xoxb-1', access: undefined, sms, dbPath: ':memory:', log: () => {} }),
    ).toThrow(/signing secret is required in HTTP mode/);
    await sms.close();
  });
});
