import { describeError, isSmsError } from '../../core/index.ts';
import type { ApiResponse, Signature, SubAccount, Template } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, exitCodeFor } from '../exit-codes.ts';
import type { ExitCode } from '../exit-codes.ts';
import { isApproved, usableCombinations } from './doctor-checks.ts';
import { printReport } from './doctor-report.ts';
import type { Report } from './doctor-report.ts';

const NAME = 'doctor';
/** Enough for any real account; bounds the calls a broken server could make us do. */
const MAX_PAGES = 10;

/** Stops the checks: the report so far is printed and the error decides the exit code. */
class Stop {
  readonly exitCode: ExitCode;
  constructor(exitCode: ExitCode) {
    this.exitCode = exitCode;
  }
}

function failed(report: Report, name: string, error: unknown, fix?: string): Stop {
  const description = describeError(error);
  report.checks.push({
    name,
    ok: false,
    detail: description.apiCode ? `${description.apiCode}: ${description.message}` : description.message,
    fix: description.hint ?? fix,
    requestId: description.requestId,
  });
  return new Stop(exitCodeFor(error));
}

async function listAll<T>(fetchPage: (page: number) => Promise<ApiResponse<{ List: T[]; Total: number }>>) {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const { result } = await fetchPage(page);
    items.push(...result.List);
    if (result.List.length === 0 || items.length >= result.Total) break;
  }
  return items;
}

async function runChecks(context: CommandContext, report: Report): Promise<void> {
  let config;
  try {
    config = context.config();
  } catch (error) {
    throw failed(report, 'credentials found', error, 'Set the variables, or pass --env-file FILE.');
  }
  const where = config.auth.from === 'env-file' ? `the env file ${config.auth.file}` : 'the environment';
  report.credentials = { ...config.auth };
  report.endpoint = config.endpoint;
  report.checks.push({
    name: 'credentials found',
    ok: true,
    detail: `${config.auth.kind === 'gateway' ? 'gateway key' : 'AK/SK'} from ${where} (${config.auth.variables.join(', ')})`,
  });

  // Which way requests go: directly, or through a proxy (shown without its credentials).
  const route = config.proxy
    ? `${config.endpoint} through the proxy ${config.proxy.url} (${config.proxy.from})`
    : config.endpoint;
  const client = context.client();
  let groups: SubAccount[];
  try {
    const response = await client.listSubAccounts();
    groups = response.result.List;
    report.checks.push({
      name: 'endpoint answers',
      ok: true,
      detail: route,
      requestId: response.requestId,
    });
    report.checks.push({
      name: 'credentials accepted',
      ok: true,
      detail: `${config.auth.kind === 'gateway' ? 'gateway key' : 'AK/SK signature'} accepted`,
    });
  } catch (error) {
    const code = isSmsError(error) ? error.code : '';
    if (code === 'ERR_SMS_NETWORK' || code === 'ERR_SMS_TIMEOUT' || code === 'ERR_SMS_RESPONSE_INVALID') {
      throw failed(
        report,
        'endpoint answers',
        error,
        config.proxy
          ? `Check the proxy (${config.proxy.from}; NO_PROXY to bypass it), VOLC_SMS_ENDPOINT / --endpoint and the network.`
          : 'Check VOLC_SMS_ENDPOINT / --endpoint and the network.',
      );
    }
    report.checks.push({ name: 'endpoint answers', ok: true, detail: route });
    throw failed(report, code === 'ERR_SMS_AUTH' ? 'credentials accepted' : 'account usable', error);
  }

  let signatures: Signature[];
  let templates: Template[];
  try {
    signatures = await listAll((page) => client.listSignatures({ page, pageSize: 100 }));
    templates = await listAll((page) => client.listTemplates({ page, pageSize: 100 }));
  } catch (error) {
    throw failed(report, 'signatures and templates listed', error);
  }
  const count = (name: string, items: readonly unknown[], list: string, fix: string) =>
    report.checks.push({
      name,
      ok: items.length > 0,
      detail: `${items.length} approved${list ? `: ${list}` : ''}`,
      fix: items.length > 0 ? undefined : fix,
    });
  count(
    'message groups',
    groups,
    groups.map((g) => g.SubAccount).join(', '),
    'Create a message group in the Volcengine SMS console and wait for approval.',
  );
  // Classic lists include items under review or rejected; only approved ones count (the rest are warnings).
  const approvedSignatures = signatures.filter((s) => isApproved(s.Status));
  const approvedTemplates = templates.filter((t) => isApproved(t.Status));
  count(
    'signatures',
    approvedSignatures,
    approvedSignatures.map((s) => s.Signature).join(', '),
    'Apply for a signature and bind it to your message group.',
  );
  count(
    'templates',
    approvedTemplates,
    approvedTemplates.map((t) => t.TemplateId).join(', '),
    'Apply for a template with your signature and message group.',
  );

  const { usable, warnings } = usableCombinations(groups, signatures, templates);
  report.usable = usable;
  report.warnings = warnings;
  report.checks.push({
    name: 'usable together',
    ok: usable.length > 0,
    detail: `${usable.length} group + signature + template combination(s)`,
    fix:
      usable.length > 0
        ? undefined
        : 'Bind an approved signature to the group, and use a template made for both (see the warnings).',
  });
}

export const doctorCommand: CommandSpec = {
  name: NAME,
  summary: 'Check credentials, endpoint, and which groups, signatures and templates work together.',
  description: [
    "The skill's pre-use check and troubleshooting list in one command: where the credentials were found",
    '(never their values), whether the endpoint answers and accepts them, and which message group +',
    'signature + template combinations can be sent. Exit 0 when at least one combination is usable.',
  ],
  group: 'tool',
  flags: {},
  examples: ['volc-sms doctor', 'volc-sms doctor --env-file ./sms.env --json'],
  async run(context) {
    const report: Report = {
      ok: false,
      credentials: null,
      endpoint: null,
      checks: [],
      usable: [],
      warnings: [],
    };
    let exitCode: ExitCode = EXIT.ok;
    try {
      await runChecks(context, report);
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      exitCode = error.exitCode;
    }
    report.ok = exitCode === EXIT.ok && report.checks.every((check) => check.ok);
    if (exitCode === EXIT.ok && !report.ok) exitCode = EXIT.error;
    printReport(context, report);
    return exitCode;
  },
};
