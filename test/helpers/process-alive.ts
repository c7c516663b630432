import { existsSync, readFileSync } from 'node:fs';

/** Alive and not a zombie (an exited process nobody has reaped yet is gone for every purpose here). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/\) Z /.test(stat);
}
