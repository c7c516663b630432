import { SEND_GATE, previewSend, submitSend } from '../../core/index.ts';
import type { DedupePolicy, SendGateRequest } from '../../core/index.ts';
import { requireFlag, text, type FlagParse, type ParsedFlags } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { gateCommands } from './gate-command.ts';
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

function gateRequest(values: ParsedFlags<typeof PREVIEW_FLAGS>, name: string): SendGateRequest {
  return {
    subAccount: requireFlag(values['sub-account'], '--sub-account', name),
    signature: requireFlag(values.signature, '--signature', name),
    templateId: requireFlag(values['template-id'], '--template-id', name),
    mobiles: values.mobile ?? [],
    templateParams: requireFlag(values['template-params'], '--template-params', name),
    dedupePolicy: values['dedupe-policy'],
  };
}

const EXAMPLE_FLAGS =
  '--sub-account 7384ed01 --signature VolcOps --template-id ST_0004 \\\n    --mobile 13800000000 --template-params \'{"version":"1.2.0"}\'';

export const [sendPreviewCommand, sendSubmitCommand] = gateCommands({
  name: 'send',
  action: SEND_GATE.action,
  summary: {
    preview: 'Check a send and show its masked summary and digest; sends nothing (skill 1.3).',
    submit: 'Send a previewed message exactly once, if nothing changed since the preview (skill 1.3).',
  },
  description: {
    preview: [
      'Checks the group, the signature (approved, bound) and the template (approved for both, exact variables),',
      'then prints the summary with numbers masked and the digest of the exact request. send-submit with the',
      'same flags and that digest sends it, once. In a pipe: the skill 1.3 envelope (docs/cli.md).',
    ],
    submit: [
      'Takes the same flags as send-preview plus the digest it printed, twice: --preview-digest and the',
      '--authorization-digest the user approved. Re-runs every check and recomputes the digest; any difference',
      '(flags, numbers, template content, segments) refuses with what changed, and nothing is sent. A digest',
      'sends once; after outcome_unknown it sends again only with --reconciled (after checking the send log).',
    ],
  },
  flags: PREVIEW_FLAGS,
  submitFlags: {
    'authorization-digest': {
      type: 'string',
      required: true,
      value: 'DIGEST',
      description: 'The digest the user approved; must equal --preview-digest.',
      parse: text,
    },
  },
  example: EXAMPLE_FLAGS,
  submitExample: ' --authorization-digest DIGEST',
  pendingCheck: 'send has an unknown outcome; check the send log first.',
  request: gateRequest,
  authorization: (values, command) => ({
    authorizationDigest: requireFlag(values['authorization-digest'], '--authorization-digest', command),
  }),
  preview: previewSend,
  submit: (context, request, input) =>
    submitSend(context, request, { ...input, authorizationDigest: input.authorizationDigest ?? '' }),
  previewLines: (summary) => [
    ['Message group', summary.subAccount],
    ['Signature', summary.signature],
    ['Template', summary.templateId],
    ['Recipients', `${summary.recipientCount}: ${summary.recipients.join(', ')}`],
    ['Duplicates dropped', summary.duplicates.length === 0 ? 'none' : summary.duplicates.join(', ')],
    ['Variables', summary.variableNames.join(', ') || 'none (fixed text)'],
    ['Segments', summary.estimatedSegments],
  ],
  nextStep(preview, request) {
    const mobiles = request.mobiles.map(() => '--mobile …').join(' ');
    return (
      `Nothing was sent. After the user approves, send with:\n  volc-sms send-submit (same flags: ${mobiles}) ` +
      `--preview-digest ${preview.digest} --authorization-digest ${preview.digest}`
    );
  },
  printSubmitted(context, submitted) {
    const result = submitted.result as { MessageIds: string[] };
    context.print(
      `Sent to ${submitted.preview.recipientCount} number(s) (request id ${submitted.requestId ?? '-'}): ` +
        `${result.MessageIds.join(', ')}`,
    );
    context.print(
      `Delivery receipts follow: volc-sms list_sms_send_log --sub-account ${submitted.preview.subAccount} --since 1h`,
    );
  },
});
