import { previewSend, submitSend } from '../../core/index.ts';
import type { DedupePolicy, SendGateRequest, SendPreview } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import { parseFlagValues, requireFlag, text, type FlagParse } from '../flag-values.ts';
import { EXIT } from '../exit-codes.ts';
import type { FlagSpecs } from '../flags.ts';
import {
  printSkillEnvelope,
  reportSkillFailure,
  runSkillCommand,
  skillSuccess,
} from '../output/skill-envelope.ts';
import { renderKeyValues } from '../output/table.ts';
import { gateContext } from './gate-command.ts';
import { SEND_TARGET_FLAGS } from './send-flags.ts';

// `send-preview` / `send-submit`: skill 1.3's gated single send (reference §4.2–4.3), on the core's gate.

const dedupePolicy: FlagParse<DedupePolicy> = (raw) => {
  const value = String(Array.isArray(raw) ? raw.at(-1) : raw).trim();
  return value === 'reject' || value === 'keep-first'
    ? { value }
    : { problem: 'must be "reject" or "keep-first"' };
};

const PREVIEW_FLAGS = {
  ...SEND_TARGET_FLAGS,
  mobile: {
    type: 'string',
    required: true,
    value: 'NUMBER',
    multiple: true,
    description: 'A mainland mobile, +86 allowed (repeat the flag, at most 200).',
  },
  'template-params': {
    type: 'string',
    required: true,
    value: 'JSON',
    description: 'Template variables as a JSON object of strings; {} for a fixed text.',
  },
  'dedupe-policy': {
    type: 'string',
    value: 'reject|keep-first',
    description: 'A number given twice: refuse the send (default) or keep its first occurrence.',
    parse: dedupePolicy,
    default: 'reject',
  },
} as const satisfies FlagSpecs;

const SUBMIT_FLAGS = {
  ...PREVIEW_FLAGS,
  'preview-digest': {
    type: 'string',
    required: true,
    value: 'DIGEST',
    description: 'The digest send-preview printed for these exact flags.',
    parse: text,
  },
  'authorization-digest': {
    type: 'string',
    required: true,
    value: 'DIGEST',
    description: 'The digest the user approved; must equal --preview-digest.',
    parse: text,
  },
  reconciled: {
    type: 'boolean',
    description: 'After an outcome_unknown: you checked the send log and these messages are absent.',
  },
} as const satisfies FlagSpecs;

function gateRequest(
  values: ReturnType<typeof parseFlagValues<typeof PREVIEW_FLAGS>>,
  name: string,
): SendGateRequest {
  return {
    subAccount: requireFlag(values['sub-account'], '--sub-account', name),
    signature: requireFlag(values.signature, '--signature', name),
    templateId: requireFlag(values['template-id'], '--template-id', name),
    mobiles: values.mobile ?? [],
    templateParams: requireFlag(values['template-params'], '--template-params', name),
    dedupePolicy: values['dedupe-policy'],
  };
}

function printPreview(context: CommandContext, preview: SendPreview, request: SendGateRequest): void {
  const summary = preview.preview;
  context.print(
    renderKeyValues([
      ['Message group', summary.subAccount],
      ['Signature', summary.signature],
      ['Template', summary.templateId],
      ['Recipients', `${summary.recipientCount}: ${summary.recipients.join(', ')}`],
      ['Duplicates dropped', summary.duplicates.length === 0 ? 'none' : summary.duplicates.join(', ')],
      ['Variables', summary.variableNames.join(', ') || 'none (fixed text)'],
      ['Segments', summary.estimatedSegments],
      ['Digest', preview.digest],
    ]),
  );
  if (preview.pendingSubmit !== undefined) {
    context.note(
      'volc-sms: an earlier submit of this same send has an unknown outcome; check the send log first.',
    );
  }
  const mobiles = request.mobiles.map(() => '--mobile …').join(' ');
  context.print(
    `Nothing was sent. After the user approves, send with:\n  volc-sms send-submit (same flags: ${mobiles}) ` +
      `--preview-digest ${preview.digest} --authorization-digest ${preview.digest}`,
  );
}

const EXAMPLE_FLAGS =
  '--sub-account 7384ed01 --signature VolcOps --template-id ST_0004 \\\n    --mobile 13800000000 --template-params \'{"version":"1.2.0"}\'';

export const sendPreviewCommand: CommandSpec = {
  name: 'send-preview',
  summary: 'Check a send and show its masked summary and digest; sends nothing (skill 1.3).',
  description: [
    'Checks the group, the signature (approved, bound) and the template (approved for both, exact variables),',
    'then prints the summary with numbers masked and the digest of the exact request. send-submit with the',
    'same flags and that digest sends it, once. In a pipe: the skill 1.3 envelope (docs/cli.md).',
  ],
  group: 'api',
  flags: PREVIEW_FLAGS,
  examples: [`volc-sms send-preview ${EXAMPLE_FLAGS}`],
  run: (context, values) =>
    runSkillCommand(context, 'send-preview', async () => {
      const request = gateRequest(parseFlagValues(PREVIEW_FLAGS, values, 'send-preview'), 'send-preview');
      const outcome = await previewSend(gateContext(context), request);
      if (!outcome.ok) return reportSkillFailure(context, 'send-preview', outcome);
      if (!context.json) {
        printPreview(context, outcome, request);
        return EXIT.ok;
      }
      const result = {
        preview: outcome.preview,
        digest: outcome.digest,
        expiresAt: new Date(outcome.expiresAt).toISOString(),
        ...(outcome.pendingSubmit === undefined ? {} : { pendingSubmit: outcome.pendingSubmit }),
      };
      printSkillEnvelope(context, skillSuccess('send-preview', undefined, result));
      return EXIT.ok;
    }),
};

export const sendSubmitCommand: CommandSpec = {
  name: 'send-submit',
  summary: 'Send a previewed message exactly once, if nothing changed since the preview (skill 1.3).',
  description: [
    'Takes the same flags as send-preview plus the digest it printed, twice: --preview-digest and the',
    '--authorization-digest the user approved. Re-runs every check and recomputes the digest; any difference',
    '(flags, numbers, template content, segments) refuses with what changed, and nothing is sent. A digest',
    'sends once; after outcome_unknown it sends again only with --reconciled (after checking the send log).',
  ],
  group: 'api',
  flags: SUBMIT_FLAGS,
  examples: [
    `volc-sms send-submit ${EXAMPLE_FLAGS} \\\n    --preview-digest DIGEST --authorization-digest DIGEST`,
  ],
  run: (context, values) =>
    runSkillCommand(context, 'send-submit', async () => {
      const flags = parseFlagValues(SUBMIT_FLAGS, values, 'send-submit');
      const request = gateRequest(flags, 'send-submit');
      const outcome = await submitSend(gateContext(context), request, {
        previewDigest: requireFlag(flags['preview-digest'], '--preview-digest', 'send-submit'),
        authorizationDigest: requireFlag(
          flags['authorization-digest'],
          '--authorization-digest',
          'send-submit',
        ),
        reconciled: flags.reconciled === true,
      });
      // As the skill: a failed call reports the action, a refusal before it the command.
      if (!outcome.ok) {
        return reportSkillFailure(context, outcome.attempted ? 'SendSmsForAgent' : 'send-submit', outcome);
      }
      if (context.json)
        printSkillEnvelope(context, skillSuccess(outcome.action, outcome.requestId, outcome.result));
      else {
        context.print(
          `Sent to ${outcome.preview.recipientCount} number(s) (request id ${outcome.requestId ?? '-'}): ` +
            `${outcome.result.MessageIds.join(', ')}`,
        );
        context.print(
          `Delivery receipts follow: volc-sms list_sms_send_log --sub-account ${outcome.preview.subAccount} --since 1h`,
        );
      }
      return EXIT.ok;
    }),
};
