import type { Sandbox } from './server.ts';

/**
 * What `volc-sms sandbox` prints at start: where it listens, the credentials it accepts (sandbox-only
 * values that open nothing real), the exports to paste into another shell, and where the inbox page is.
 */
export function describeSandbox(sandbox: Pick<Sandbox, 'url' | 'credentials'>): string[] {
  const { url, credentials } = sandbox;
  return [
    `Volcengine SMS sandbox listening on ${url}`,
    '',
    'Accepted credentials (sandbox only):',
    `  AK/SK signing:  access key ${credentials.accessKeyId}, secret key ${credentials.secretAccessKey}`,
    `  Gateway mode:   Authorization: Bearer ${credentials.apiKey} (with header ServiceName: volcSMS)`,
    '',
    'Point the CLI at it (AK/SK mode):',
    `  export VOLC_SMS_ENDPOINT=${url}`,
    `  export VOLCENGINE_ACCESS_KEY=${credentials.accessKeyId}`,
    `  export VOLCENGINE_SECRET_KEY=${credentials.secretAccessKey}`,
    'or (gateway mode, like the agent skill):',
    `  export ARK_SKILL_API_BASE=${url}`,
    `  export ARK_SKILL_API_KEY=${credentials.apiKey}`,
    '',
    `Seeded message groups 7384ed01 (Ops alerts) and 77da1acf (Marketing); templates ST_0001..ST_0004.`,
    `Inbox, what every phone received (live, in a browser): ${url}/`,
    `Admin API: ${url}/_sandbox/…  (docs/sandbox.md lists its routes and the faults)`,
  ];
}
