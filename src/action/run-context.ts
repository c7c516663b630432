/**
 * The workflow run this step belongs to, from the variables the runner sets for every step (the same ones,
 * with the same defaults, that @actions/github's `context` reads). Empty strings where a variable is
 * missing, as outside a runner: the outputs are then written empty rather than invented.
 */
export interface RunContext {
  /** `owner/name`, e.g. `volc-sms/volc-sms`. */
  repository: string;
  /** The run's page: `https://github.com/owner/name/actions/runs/123`. */
  runUrl: string;
  sha: string;
  /** `owner/name run 123`, a batch task's default name; '' outside a runner. */
  label: string;
  /** The REST API base, `GITHUB_API_URL` (GitHub Enterprise Server and tests set it). */
  apiUrl: string;
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  return {
    repository,
    runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : '',
    sha: env['GITHUB_SHA'] ?? '',
    label: repository && runId ? `${repository} run ${runId}` : '',
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
  };
}
