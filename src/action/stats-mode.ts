import type { SmsClient } from '../core/index.ts';
import { renameInputIssues } from './input-issues.ts';
import type { StatsInputs } from './inputs.ts';
import type { ActionIo } from './runner-io.ts';
import { STATS_OUTPUTS, shanghaiTime, statsJson, statsSummary } from './stats-report.ts';

/** `mode: stats`: one stats call for the window, every total and rate as an output, a summary with a chart. */
export async function runStats(
  deps: { io: ActionIo; client: SmsClient; setStatus: (status: 'ok') => void },
  inputs: StatsInputs,
): Promise<void> {
  const { io, client } = deps;
  const window = {
    startTime: inputs.startTime,
    endTime: inputs.endTime,
    subAccount: inputs.subAccount,
    signature: inputs.signature,
    templateId: inputs.templateId,
    channelType: inputs.channelType,
  };
  io.info(
    `Statistics from ${shanghaiTime(window.startTime)} to ${shanghaiTime(window.endTime)} (Asia/Shanghai)…`,
  );
  const { result: stats, requestId } = await renameInputIssues(() => client.getSendStats(window));
  for (const [output, field] of Object.entries(STATS_OUTPUTS)) {
    io.setOutput(output, String(stats[field]));
    io.info(`  ${output}: ${stats[field]}`);
  }
  io.setOutput('stats', statsJson(window, stats));
  deps.setStatus('ok');
  io.info(`(request id ${requestId})`);
  await io.appendSummary(statsSummary(window, stats));
}
