import { describeRate, rateOutput, type ReceiptRate } from './receipt-rate.ts';
import { percent } from './summary-markdown.ts';

/**
 * The watchdog's GitHub issues (`open-issue: true`): one open issue per message group while its receipt
 * rate is below the threshold. Opened when the rate drops, commented on while it stays low, closed when it
 * recovers. The watchdog finds its own issue by a label and a marker in the body that names the group, so
 * issues opened by people (or for another group) are never touched.
 */

export const WATCHDOG_LABEL = 'volc-sms-watchdog';
const marker = (subAccount: string) => `<!-- volc-sms-watchdog group=${subAccount} -->`;

export interface GroupReading {
  subAccount: string;
  /** Undefined when the window has nothing to judge (no accepted message). */
  rate: ReceiptRate | undefined;
}

export interface WatchdogIssue {
  subAccount: string;
  /** The group's recomputed rate ('' without data). */
  receiptRate: string;
  action: 'opened' | 'commented' | 'closed' | 'none';
  number?: number | undefined;
  url?: string | undefined;
}

export interface WatchdogIssueInput {
  token: string;
  /** `owner/name` of the repository the issues go to (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_API_URL: github.com's API, a GitHub Enterprise Server, or a test's fake. */
  apiUrl: string;
  threshold: number;
  readings: readonly GroupReading[];
  /** `2026-12-01 08:00 → 2026-12-02 08:00 (Asia/Shanghai)`. */
  windowText: string;
  runUrl: string;
}

/** A GitHub API failure in one line: what was being done, GitHub's status and message, what to fix. */
export class WatchdogIssueError extends Error {
  override name = 'WatchdogIssueError' as const;
}

function failure(doing: string, err: unknown): WatchdogIssueError {
  const status = (err as { status?: unknown }).status;
  const said = err instanceof Error ? err.message : String(err);
  const fix =
    status === 401
      ? 'github-token is missing or invalid: leave it at its default (${{ github.token }}) or pass a token that can write issues.'
      : status === 403 || status === 404
        ? 'The token cannot write issues here: give the job `permissions: issues: write` (or a token with that scope).'
        : 'Check GITHUB_API_URL and the network; the watchdog tries again on the next run.';
  return new WatchdogIssueError(
    `Could not ${doing}: GitHub answered ${typeof status === 'number' ? `${status} ` : ''}${said}. Hint: ${fix}`,
    { cause: err },
  );
}

function footer(runUrl: string): string {
  return runUrl ? `\n\nRun: ${runUrl}` : '';
}

/** Opens, comments on or closes each group's issue; what was done per group, in the readings' order. */
export async function syncWatchdogIssues(input: WatchdogIssueInput): Promise<WatchdogIssue[]> {
  const [owner = '', repo = ''] = input.repository.split('/');
  if (!owner || !repo) {
    throw new WatchdogIssueError(
      'open-issue needs the repository (GITHUB_REPOSITORY, set on every runner); it is missing. Hint: run the step in a workflow, or set open-issue: false.',
    );
  }
  // Loaded only here: octokit is a large part of the bundle that no other step needs.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(input.token, { baseUrl: input.apiUrl });
  let open: { number: number; body?: string | null | undefined; html_url: string }[];
  try {
    open = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'open',
      labels: WATCHDOG_LABEL,
      per_page: 100,
    });
  } catch (err) {
    throw failure(`list the open ${WATCHDOG_LABEL} issues of ${input.repository}`, err);
  }
  const threshold = percent(input.threshold);
  const results: WatchdogIssue[] = [];
  for (const { subAccount, rate } of input.readings) {
    const existing = open.find((issue) => issue.body?.includes(marker(subAccount)));
    const result: WatchdogIssue = { subAccount, receiptRate: rateOutput(rate), action: 'none' };
    results.push(result);
    if (existing) Object.assign(result, { number: existing.number, url: existing.html_url });
    // No accepted message in the window: nothing says the rate is low, nor that it recovered.
    if (rate === undefined) continue;
    const low = rate.rate < input.threshold;
    const reading = `${describeRate(rate)} in ${input.windowText}`;
    try {
      if (low && !existing) {
        const { data } = await octokit.rest.issues.create({
          owner,
          repo,
          title: `SMS receipt rate below ${threshold} in message group ${subAccount}`,
          labels: [WATCHDOG_LABEL],
          body:
            `${marker(subAccount)}\nThe receipt success rate of message group \`${subAccount}\` is ` +
            `**${reading}**, below the watchdog's ${threshold}.\n\nThe volc-sms Action's watchdog keeps this ` +
            'issue: it comments while the rate stays low and closes the issue when the rate recovers.' +
            footer(input.runUrl),
        });
        Object.assign(result, { action: 'opened', number: data.number, url: data.html_url });
      } else if (existing) {
        const body = low
          ? `Still below ${threshold}: ${reading}.${footer(input.runUrl)}`
          : `Recovered: ${reading}, at or above ${threshold}. Closing.${footer(input.runUrl)}`;
        await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body });
        result.action = 'commented';
        if (!low) {
          await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: existing.number,
            state: 'closed',
            state_reason: 'completed',
          });
          result.action = 'closed';
        }
      }
    } catch (err) {
      throw failure(`update the watchdog issue of message group ${subAccount}`, err);
    }
  }
  return results;
}
