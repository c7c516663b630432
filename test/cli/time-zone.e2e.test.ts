// Times shown and times typed use one zone (Asia/Shanghai, like the API's days, or VOLC_SMS_TZ): a time
// copied from a table finds the same record again, whatever the machine's own zone.
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { parseJson, runCli, type TempHome } from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import { akskEnv, useSandboxWithHome } from './helpers/sandbox-env.ts';

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

const SEND = ['send_sms', '--sub-account', '7384ed01', '--signature', '火山引擎', '--template-id', 'ST_0001'];
const LOG = ['list_sms_send_log', '--sub-account', '7384ed01'];

/** `2026-12-02 13:00:35` of an instant at a fixed offset, computed by hand. */
function wallTime(ms: number, offsetHours: number): string {
  return new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

async function sendOne(env: Record<string, string>): Promise<void> {
  const sent = await runCli([...SEND, '--mobiles', '13800000000', '--template-param', '{"code":"1"}'], {
    env,
    home: home.home,
  });
  expect(sent.code, sent.stderr).toBe(0);
}

async function shownSendTime(env: Record<string, string>): Promise<{ shown: string; stdout: string }> {
  const table = await runMain([...LOG, '--since', '1h'], { ...env, HOME: home.home }, { tty: true });
  expect(table.code, table.stderr).toBe(0);
  const shown = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) +138\*\*\*\*0000/m.exec(table.stdout)?.[1];
  expect(shown, table.stdout).toBeDefined();
  return { shown: shown as string, stdout: table.stdout };
}

describe.each([
  ['Asia/Shanghai (default)', {}, 8, /^Times in Asia\/Shanghai, UTC\+08:00, as typed times are read/m],
  ['VOLC_SMS_TZ=UTC', { VOLC_SMS_TZ: 'UTC' }, 0, /^Times in UTC, as typed times are read/m],
])('%s', (_name, extra: Record<string, string>, offset, note) => {
  it('the table shows that zone and says so; the shown time typed back finds the message', async () => {
    const env = { ...akskEnv(sandbox), ...extra };
    const before = Date.now();
    await sendOne(env);
    const { shown, stdout } = await shownSendTime(env);
    expect(stdout).toMatch(note);
    // The shown time is the send time in that zone (within the seconds the send took).
    const candidates = [0, 1, 2, 3, 4, 5].map((s) =>
      wallTime(Math.floor(before / 1000) * 1000 + s * 1000, offset),
    );
    expect(candidates).toContain(shown);
    // Wall-time arithmetic in the zone shown: read the text as if UTC, shift, write it back the same way.
    const shift = (time: string, ms: number) => wallTime(Date.parse(`${time.replace(' ', 'T')}Z`) + ms, 0);
    // The window ends an hour after the send, not "now": on a quick machine "now" can still be within the
    // second after the send, which would put the later start after the end.
    const to = shift(shown, 3_600_000);
    const from = async (time: string) =>
      parseJson(await runCli([...LOG, '--from-time', time, '--to-time', to], { env, home: home.home }));
    expect(await from(shown)).toHaveProperty('Result.Total', 1);
    const later = shift(shown, 1000);
    expect(await from(later)).toHaveProperty('Result.Total', 0);
  }, 60_000); // four CLI processes in a row
});

it('a VOLC_SMS_TZ that is not a zone is a usage error naming it', async () => {
  const run = await runCli([...LOG, '--since', '1h'], {
    env: { ...akskEnv(sandbox), VOLC_SMS_TZ: 'Mars/Olympus' },
    home: home.home,
  });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/VOLC_SMS_TZ="Mars\/Olympus" is not a time zone/);
});
