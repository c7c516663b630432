import { describe, expect, it } from 'vitest';
import { credentialEnvironment, credentialSecrets } from '../../src/action/credentials.ts';
import type { CredentialInputs } from '../../src/action/inputs.ts';
import { SmsConfigError } from '../../src/core/index.ts';

const none: CredentialInputs = {
  accessKeyId: '',
  secretAccessKey: '',
  sessionToken: '',
  apiKey: '',
  apiBase: '',
};

describe('credential inputs over the environment', () => {
  it('passes the environment through when no credential input is given', () => {
    const env = { VOLC_ACCESSKEY: 'ak', VOLC_SECRETKEY: 'sk', OTHER: 'x' };
    expect(credentialEnvironment(none, env)).toEqual(env);
  });

  it('AK/SK inputs replace gateway variables from the job environment', () => {
    const merged = credentialEnvironment(
      { ...none, accessKeyId: 'AKin', secretAccessKey: 'SKin' },
      { ARK_SKILL_API_KEY: 'job-key', ARK_SKILL_API_BASE: 'https://gw', VOLC_SECRETKEY: 'old', PATH: '/bin' },
    );
    expect(merged).toEqual({ VOLCENGINE_ACCESS_KEY: 'AKin', VOLCENGINE_SECRET_KEY: 'SKin', PATH: '/bin' });
  });

  it('a half given pair is completed from the environment, or named when it cannot be', () => {
    const merged = credentialEnvironment(
      { ...none, accessKeyId: 'AKin' },
      { VOLCENGINE_SECRET_KEY: 'SKenv' },
    );
    expect(merged).toMatchObject({ VOLCENGINE_ACCESS_KEY: 'AKin', VOLCENGINE_SECRET_KEY: 'SKenv' });
    expect(() => credentialEnvironment({ ...none, accessKeyId: 'AKin' }, {})).toThrow(
      /^Input secret-access-key is empty \(and VOLCENGINE_SECRET_KEY is not set\)/,
    );
  });

  it('gateway inputs replace AK/SK variables; both kinds at once is a configuration error', () => {
    expect(
      credentialEnvironment({ ...none, apiKey: 'k', apiBase: 'https://gw' }, { VOLCENGINE_ACCESS_KEY: 'a' }),
    ).toEqual({ ARK_SKILL_API_KEY: 'k', ARK_SKILL_API_BASE: 'https://gw' });
    expect(() => credentialEnvironment({ ...none, apiKey: 'k', accessKeyId: 'a' }, {})).toThrow(
      SmsConfigError,
    );
  });

  it('lists every credential value to mask, from inputs and environment, once each', () => {
    expect(
      credentialSecrets(
        { ...none, secretAccessKey: 'SKin', sessionToken: 'tok' },
        { ARK_SKILL_API_KEY: 'envkey', VOLC_SECRETKEY: 'SKin', ARK_SKILL_API_BASE: 'https://gw', HOME: '/h' },
      ).sort(),
    ).toEqual(['SKin', 'envkey', 'tok']);
  });
});
