import type { SmsClient } from '../core/index.ts';
import { renameInputIssues } from './input-issues.ts';
import type { StatsInputs } from './inputs.ts';
import { describeRate, rateOutput, receiptRate } from './receipt-rate.ts';
import type { RunContext } from './run-context.ts';
import type { ActionIo } from './runner-io.ts';
import { STATS_OUTPUTS, shanghaiTime, statsJson, statsSummary, type StatsWindow } from './stats-report.ts';
import { percent } from './summary-markdown.ts';
import { syncWatchdogIssues, type GroupReading, type WatchdogIssue } from './watchdog-issues.ts';
import { watchdogSummary } from './watchdog-summary.ts';

export interface StatsModeDeps {
  io: ActionIo;
  client: SmsClient;
  run: RunContext;
  setStatus: (status: 'ok' | 'low-receipt-rate') => void;
}

/**
 * `mode: stats`: one stats call for the window, every total and rate as an output, a summary with a chart;
 * with `fail-below-receipt-rate` the watchdog: the recomputed receipt rate against the threshold, and with
 * `open-issue` one GitHub issue per message group while its rate is low.
 */
export async function runStats(deps: StatsModeDeps, inputs: StatsInputs): Promise<void> {
  const { io, client } = deps;
  const window: StatsWindow = {
    startTime: inputs.startTime,
    endTime: inputs.endTime,
    subAccount: inputs.subAccount,
    signature: inputs.signature,
    templateId: inputs.templateId,
    channelType: inputs.channelType,
  };
  const windowText = `${shanghaiTime(window.startTime)} → ${shanghaiTime(window.endTime)} (Asia/Shanghai)`;
  io.info(`Statistics from ${windowText.replace(' → ', ' to ')}…`);
  const { result: stats, requestId } = await renameInputIssues(() => client.getSendStats(window));
  for (const [output, field] of Object.entries(STATS_OUTPUTS)) {
    io.setOutput(output, String(stats[field]));
    io.info(`  ${output}: ${stats[field]}`);
  }
  io.setOutput('stats', statsJson(window, stats));
  const rate = receiptRate(stats);
  io.setOutput('receipt-rate', rateOutput(rate));
  io.info(`(request id ${requestId})`);
  await io.appendSummary(statsSummary(window, stats));

  const threshold = inputs.receiptRateThreshold;
  const low = threshold !== undefined && rate !== undefined && rate.rate < threshold;
  deps.setStatus(low ? 'low-receipt-rate' : 'ok');
  if (threshold === undefined) return;

  io.info(
    rate === undefined
      ? `Watchdog: no accepted message in the window, so no receipt rate to hold against ${percent(threshold)}.`
      : `Watchdog: receipt rate ${describeRate(rate)}, threshold ${percent(threshold)}: ${low ? 'LOW' : 'ok'}.`,
  );
  let issues: WatchdogIssue[] | undefined;
  let issueProblem: unknown;
  if (inputs.openIssue) {
    const readings = await groupReadings(client, window, stats);
    try {
      issues = await syncWatchdogIssues({
        token: inputs.githubToken,
        repository: deps.run.repository,
        apiUrl: deps.run.apiUrl,
        threshold,
        readings,
        windowText,
        runUrl: deps.run.runUrl,
      });
      for (const issue of issues) {
        if (issue.action !== 'none')
          io.info(`Watchdog issue #${issue.number} ${issue.action} (${issue.url})`);
      }
    } catch (err) {
      issueProblem = err;
    }
    io.setOutput('watchdog-issues', JSON.stringify(issues ?? []));
  }
  await io.appendSummary(watchdogSummary({ threshold, rate, issues }));
  if (low) {
    io.setFailed(
      `The receipt success rate is ${describeRate(rate)} in ${windowText}, below fail-below-receipt-rate ${percent(threshold)}.`,
      { title: 'SMS receipt rate below the watchdog threshold' },
    );
  }
  // After the rate's own verdict, so a GitHub problem never hides it; run() reports it by fail-on-error.
  if (issueProblem !== undefined) throw issueProblem;
}

/**
 * Each message group's rate: the window's own stats when it is one group already, else one stats read per
 * group the account lists (the API has no per-group breakdown).
 */
async function groupReadings(
  client: SmsClient,
  window: StatsWindow,
  stats: Parameters<typeof receiptRate>[0],
): Promise<GroupReading[]> {
  if (window.subAccount) return [{ subAccount: window.subAccount, rate: receiptRate(stats) }];
  const { result } = await client.listSubAccounts({});
  const readings: GroupReading[] = [];
  for (const group of result.List) {
    const { result: groupStats } = await client.getSendStats({ ...window, subAccount: group.SubAccount });
    readings.push({ subAccount: group.SubAccount, rate: receiptRate(groupStats) });
  }
  return readings;
}
