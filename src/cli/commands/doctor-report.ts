import type { CommandContext } from '../context.ts';
import { shellQuote } from '../output/shell-quote.ts';
import { renderTable } from '../output/table.ts';
import type { UsableCombination } from './doctor-checks.ts';

/** What `volc-sms doctor` found; printed as a check list, or as this object with --json (docs/cli.md). */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string | undefined;
  requestId?: string | undefined;
}

export interface Report {
  ok: boolean;
  credentials: { kind: string; from: string; file?: string | undefined; variables: string[] } | null;
  endpoint: string | null;
  checks: Check[];
  usable: UsableCombination[];
  warnings: string[];
}

export function printReport(context: CommandContext, report: Report): void {
  if (context.json) {
    context.printJson(report);
    return;
  }
  for (const check of report.checks) {
    const id = check.requestId ? ` (request id ${check.requestId})` : '';
    context.print(`${check.ok ? '[ok]  ' : '[FAIL]'} ${check.name}: ${check.detail}${id}`);
    if (check.fix) context.print(`       Fix: ${check.fix}`);
  }
  if (report.usable.length > 0) {
    context.print('\nUsable together:');
    context.print(
      renderTable(
        [
          { header: 'Sub account', value: (c: UsableCombination) => c.SubAccount },
          { header: 'Name', value: (c) => c.SubAccountName },
          { header: 'Signature', value: (c) => c.Signature },
          { header: 'Template', value: (c) => c.TemplateId },
          { header: 'Type', value: (c) => c.ChannelType },
          { header: 'Params', value: (c) => c.Params.join(', ') },
        ],
        report.usable,
      ),
    );
    const first = report.usable[0] as UsableCombination;
    const param =
      first.Params.length > 0
        ? ` --template-param ${shellQuote(JSON.stringify(Object.fromEntries(first.Params.map((p) => [p, '…']))))}`
        : '';
    context.print(
      `Try: volc-sms send_sms --sub-account ${shellQuote(first.SubAccount)} --signature ${shellQuote(first.Signature)} ` +
        `--template-id ${shellQuote(first.TemplateId)} --mobiles <number>${param} --dry-run` +
        // The same flags that made this report, so the suggestion runs against the same API.
        (context.global.api === undefined ? '' : ` --api ${context.global.api}`) +
        (context.global.envFile === undefined ? '' : ` --env-file ${shellQuote(context.global.envFile)}`) +
        (context.global.endpoint === undefined ? '' : ` --endpoint ${shellQuote(context.global.endpoint)}`),
    );
  }
  if (report.warnings.length > 0) {
    context.print(`\nWarnings:\n${report.warnings.map((w) => `  - ${w}`).join('\n')}`);
  }
}
