import { describe, expect, it } from 'vitest';
import { secretsToRedact } from '../../src/core/config/secrets.ts';

describe('secretsToRedact: the one registry of values never printed', () => {
  it('takes every part of AK/SK credentials, the access key id and session token included', () => {
    expect(
      secretsToRedact({
        auth: { kind: 'aksk', accessKeyId: 'AKLTid', secretAccessKey: 'sk-value', sessionToken: 'sts-token' },
      }).sort(),
    ).toEqual(['AKLTid', 'sk-value', 'sts-token']);
    expect(secretsToRedact({ auth: { kind: 'gateway', apiKey: 'ark-key', apiBase: 'https://gw' } })).toEqual([
      'ark-key',
    ]);
  });

  it('takes the credential and Slack variables of an environment, and the passwords of proxy URLs', () => {
    const env = {
      VOLCENGINE_ACCESS_KEY: 'AKLTenv',
      VOLC_SECRETKEY: ' sk-padded ',
      ARK_SKILL_API_KEY: 'ark-env',
      ARK_SKILL_API_BASE: 'https://gateway.example',
      SLACK_BOT_TOKEN: 'xoxb-env',
      SLACK_SIGNING_SECRET: 'signing-env',
      SLACK_APP_TOKEN: 'xapp-env',
      HTTPS_PROXY: 'http://alice:p%40ss@proxy:3128',
      http_proxy: 'http://token123@proxy:3128',
      HOME: '/home/someone',
      PATH: '/bin',
    };
    expect(secretsToRedact({ env, proxy: 'http://bob:input-pw@proxy:8080' }).sort()).toEqual(
      [
        'AKLTenv',
        ' sk-padded ',
        'sk-padded',
        'ark-env',
        'xoxb-env',
        'signing-env',
        'xapp-env',
        'input-pw',
        'p%40ss',
        'p@ss',
        'token123',
      ].sort(),
    );
  });

  it('adds the values an entry point holds, without empty ones or repeats', () => {
    expect(
      secretsToRedact({ values: ['tok', '', undefined, '  ', 'tok'], env: { VOLCENGINE_SECRET_KEY: 'tok' } }),
    ).toEqual(['tok']);
    expect(secretsToRedact({})).toEqual([]);
  });
});
