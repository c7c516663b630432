import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINT, resolveClientConfig } from '../../src/core/config/config.ts';
import { parseEnvFile } from '../../src/core/config/env-file.ts';
import { SmsConfigError } from '../../src/core/errors/errors.ts';

function homeWith(envText?: string): string {
  const home = mkdtempSync(join(tmpdir(), 'volc-sms-home-'));
  if (envText !== undefined) {
    mkdirSync(join(home, '.openclaw'));
    writeFileSync(join(home, '.openclaw', '.env'), envText);
  }
  return home;
}

const GATEWAY = { ARK_SKILL_API_KEY: 'gw-key-123', ARK_SKILL_API_BASE: 'https://gw.example.com/sms/' };
const AKSK = { VOLCENGINE_ACCESS_KEY: 'AKLTenv', VOLCENGINE_SECRET_KEY: 'secret-env' };

describe('resolveClientConfig', () => {
  it('uses the gateway from the environment, base without trailing slash', () => {
    const config = resolveClientConfig({ env: GATEWAY, homeDir: homeWith() });
    expect(config.options.auth).toEqual({
      kind: 'gateway',
      apiKey: 'gw-key-123',
      apiBase: 'https://gw.example.com/sms/',
    });
    expect(config.endpoint).toBe('https://gw.example.com/sms');
    expect(config.auth).toEqual({
      kind: 'gateway',
      from: 'environment',
      variables: ['ARK_SKILL_API_KEY', 'ARK_SKILL_API_BASE'],
    });
    expect(config.options.api).toBe('agent');
  });

  it('uses AK/SK with session token and the default endpoint', () => {
    const config = resolveClientConfig({
      env: { ...AKSK, VOLCENGINE_SESSION_TOKEN: 'sts' },
      homeDir: homeWith(),
    });
    expect(config.options.auth).toEqual({
      kind: 'aksk',
      accessKeyId: 'AKLTenv',
      secretAccessKey: 'secret-env',
      sessionToken: 'sts',
    });
    expect(config.endpoint).toBe(DEFAULT_ENDPOINT);
    expect(config.auth.variables).toEqual([
      'VOLCENGINE_ACCESS_KEY',
      'VOLCENGINE_SECRET_KEY',
      'VOLCENGINE_SESSION_TOKEN',
    ]);
  });

  it('accepts the VOLC_ACCESSKEY / VOLC_SECRETKEY spelling', () => {
    const config = resolveClientConfig({
      env: { VOLC_ACCESSKEY: 'ak2', VOLC_SECRETKEY: 'sk2' },
      homeDir: homeWith(),
    });
    expect(config.auth.variables).toEqual(['VOLC_ACCESSKEY', 'VOLC_SECRETKEY']);
  });

  it('prefers a complete gateway pair over AK/SK', () => {
    expect(resolveClientConfig({ env: { ...AKSK, ...GATEWAY }, homeDir: homeWith() }).auth.kind).toBe(
      'gateway',
    );
  });

  it('prefers the environment over the env file', () => {
    const home = homeWith('VOLCENGINE_ACCESS_KEY=file-ak\nVOLCENGINE_SECRET_KEY=file-sk\n');
    const config = resolveClientConfig({ env: AKSK, homeDir: home });
    expect(config.auth.from).toBe('environment');
    expect(config.options.auth).toMatchObject({ accessKeyId: 'AKLTenv' });
  });

  it('falls back to ~/.openclaw/.env and names it', () => {
    const home = homeWith(
      '# skill credentials\nexport ARK_SKILL_API_KEY="file-key"\nARK_SKILL_API_BASE=http://127.0.0.1:9/\n',
    );
    const config = resolveClientConfig({ env: {}, homeDir: home });
    expect(config.auth).toEqual({
      kind: 'gateway',
      from: 'env-file',
      file: join(home, '.openclaw', '.env'),
      variables: ['ARK_SKILL_API_KEY', 'ARK_SKILL_API_BASE'],
    });
    expect(config.endpoint).toBe('http://127.0.0.1:9');
  });

  it('reads an explicit env file and fails clearly when it is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'volc-sms-envfile-'));
    const file = join(dir, 'sms.env');
    writeFileSync(file, "VOLC_ACCESSKEY='ak file'\nVOLC_SECRETKEY=sk # comment\nVOLC_SMS_API=classic\n");
    const config = resolveClientConfig({ env: {}, envFile: file, homeDir: homeWith() });
    expect(config.options.auth).toEqual({
      kind: 'aksk',
      accessKeyId: 'ak file',
      secretAccessKey: 'sk',
      sessionToken: undefined,
    });
    expect(config.options.api).toBe('classic');
    expect(() => resolveClientConfig({ env: {}, envFile: join(dir, 'nope.env') })).toThrow(
      /Cannot read the env file .*nope\.env/,
    );
  });

  it('lets VOLC_SMS_ENDPOINT and the endpoint option override the base URL', () => {
    const home = homeWith();
    expect(
      resolveClientConfig({ env: { ...AKSK, VOLC_SMS_ENDPOINT: 'http://127.0.0.1:8787/' }, homeDir: home })
        .endpoint,
    ).toBe('http://127.0.0.1:8787');
    expect(
      resolveClientConfig({
        env: { ...GATEWAY, VOLC_SMS_ENDPOINT: 'http://a:1' },
        endpoint: 'http://b:2',
        homeDir: home,
      }).options.endpoint,
    ).toBe('http://b:2');
    expect(() =>
      resolveClientConfig({ env: { ...AKSK, VOLC_SMS_ENDPOINT: 'not a url' }, homeDir: home }),
    ).toThrow(/VOLC_SMS_ENDPOINT is not a URL/);
    expect(() => resolveClientConfig({ env: { ...AKSK, VOLC_SMS_API: 'v2' }, homeDir: home })).toThrow(
      /VOLC_SMS_API/,
    );
  });

  it('says which variables are missing and where it looked', () => {
    const home = homeWith();
    let error: unknown;
    try {
      resolveClientConfig({
        env: { VOLCENGINE_ACCESS_KEY: 'AKLTonly', ARK_SKILL_API_BASE: 'http://x' },
        homeDir: home,
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SmsConfigError);
    const message = (error as SmsConfigError).message;
    expect(message).toContain('ARK_SKILL_API_KEY and ARK_SKILL_API_BASE');
    expect(message).toContain('VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY');
    expect(message).toContain(`${join(home, '.openclaw', '.env')} (not found)`);
    expect(message).toContain(
      'VOLCENGINE_ACCESS_KEY is set but VOLCENGINE_SECRET_KEY is not in the environment',
    );
    expect(message).toContain('ARK_SKILL_API_BASE is set but ARK_SKILL_API_KEY is not');
    expect(message).not.toContain('AKLTonly');
    expect((error as SmsConfigError).hint).toContain('never taken from command-line flags');
  });
});

describe('parseEnvFile: Node util.parseEnv semantics', () => {
  it('handles export, quotes, escapes, comments and junk lines', () => {
    const text = [
      '\uFEFF# comment',
      'export A=1',
      'B = "two words" # trailing',
      "C='lit\\n#x'",
      'D="line\\nnext"',
      'E=plain # note',
      'F=',
      'not an assignment',
      'G=a#b',
    ].join('\r\n');
    expect(parseEnvFile(text)).toEqual({
      A: '1',
      B: 'two words',
      C: 'lit\\n#x',
      D: 'line\nnext',
      E: 'plain',
      F: '',
      G: 'a', // as `node --env-file` reads it: # starts a comment
    });
  });

  it('reads a quoted value over several lines, where the hand parser read only the first', () => {
    const text = 'export VOLCENGINE_SECRET_KEY="first\nsecond"\nNEXT=1\nK=\'a\nb\'\n';
    expect(parseEnvFile(text)).toEqual({ VOLCENGINE_SECRET_KEY: 'first\nsecond', NEXT: '1', K: 'a\nb' });
    expect(parseEnvFile('A="a\\nb"')).toEqual({ A: 'a\nb' });
  });

  it('reads what node --env-file reads', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(tmpdir(), 'volc-sms-env-'));
    try {
      const text = 'export A=1\nB="x\ny"\nC=\'lit # not\'\nD=plain # note\nE=`tick`\n';
      const file = path.join(dir, 'x.env');
      await writeFile(file, text);
      const script = 'const {A,B,C,D,E}=process.env;console.log(JSON.stringify({A,B,C,D,E}))';
      const fromNode = execFileSync(process.execPath, [`--env-file=${file}`, '-e', script], {
        encoding: 'utf8',
        env: {},
      });
      expect(parseEnvFile(text)).toEqual(JSON.parse(fromNode));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
