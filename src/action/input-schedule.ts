import { checkBatchSchedule, formatDuration } from '../core/index.ts';
import type { BatchSchedule, InputIssue } from '../core/index.ts';
import type { RawInputs } from './input-checks.ts';
import { collectIssues } from './input-issues.ts';

/**
 * `send-time` through the core's schedule rules (reference §3.4: future, 08:00–21:30 Asia/Shanghai, at most
 * the same day next month). `wait` must be able to see the task through: its timeout counts from the step.
 */
export function batchSchedule(
  raw: RawInputs,
  data: { wait: boolean; launch: boolean; 'wait-timeout': number } | undefined,
  now: Date,
  issues: InputIssue[],
): BatchSchedule {
  if (raw['send-time'] === '') return { scheduled: false, sendTime: 0 };
  let schedule: BatchSchedule = { scheduled: false, sendTime: 0 };
  collectIssues(issues, () => {
    schedule = checkBatchSchedule({ scheduled: true, sendTime: raw['send-time'] }, now.getTime());
  });
  const ahead = schedule.sendTime * 1000 - now.getTime();
  if (schedule.scheduled && data?.launch && data.wait && ahead >= data['wait-timeout']) {
    issues.push({
      field: 'wait-timeout',
      message:
        `${formatDuration(data['wait-timeout'])} ends before send-time, ${Math.ceil(ahead / 60_000)} min from now: raise it ` +
        'past the send time (at most 6h), or leave out wait and follow the task in a later run',
    });
  }
  return schedule;
}
