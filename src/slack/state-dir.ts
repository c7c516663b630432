import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { SmsConfigError } from '../core/index.ts';

/**
 * The database when neither SMS_SLACK_DB nor the file's `auditDb` names one: the user's state directory
 * (`$XDG_STATE_HOME/volc-sms/`, else `~/.local/state/volc-sms/`), never the working directory, where the
 * audit log and the numbers of pending sends would end up next to a checkout. A relative XDG_STATE_HOME
 * is ignored, as the XDG spec says.
 */
export function defaultDbPath(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_STATE_HOME;
  const state = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.local', 'state');
  return join(state, 'volc-sms', 'slack.db');
}

/** Creates the default database's directory (readable by this user only), or says how to choose another. */
export function prepareDefaultDbPath(env: Readonly<Record<string, string | undefined>>): string {
  const path = defaultDbPath(env);
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new SmsConfigError(
      `Cannot create ${dirname(path)} for the app's database (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      {
        hint: 'Set SMS_SLACK_DB to a writable SQLite file path (or XDG_STATE_HOME to a writable directory).',
      },
    );
  }
  return path;
}
