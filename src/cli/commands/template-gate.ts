import { TEMPLATE_GATE, previewTemplate, submitTemplate } from '../../core/index.ts';
import type { TemplateGateRequest } from '../../core/index.ts';
import { requireFlag, text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { gateCommands, printApplied } from './gate-command.ts';
import { channelTypes, jsonObject } from './gate-flags.ts';
import { requiredValue } from './gate-values.ts';

// `template-preview` / `template-submit`: skill 1.3's gated ApplySmsTemplateV2 (reference §4.2–4.3).

const FLAGS = {
  name: { type: 'string', required: true, value: 'NAME', description: 'The template name.', parse: text },
  content: {
    type: 'string',
    required: true,
    value: 'TEXT',
    description: 'The text with ${name} placeholders.',
    parse: text,
  },
  'channel-type': {
    type: 'string',
    required: true,
    value: 'TYPE',
    description: 'CN_OTP, CN_NTC or CN_MKT, judged from the full content.',
    parse: channelTypes,
  },
  signature: {
    type: 'string',
    required: true,
    multiple: true,
    value: 'TEXT',
    description: 'An approved signature bound to every group (repeat).',
  },
  'sub-account': {
    type: 'string',
    required: true,
    multiple: true,
    value: 'ID',
    description: 'A message group (repeat).',
  },
  'template-param': {
    type: 'string',
    multiple: true,
    value: 'NAME',
    description: 'A variable name (repeat); default: the placeholders of --content.',
  },
  project: { type: 'string', value: 'TEXT', description: 'The project.' },
  description: { type: 'string', value: 'TEXT', description: 'What the template is for.' },
  'short-url-config': {
    type: 'string',
    value: 'JSON',
    description: 'CN_MKT only: {"isEnabled","belong","isNeedClickDetails","uaCheckStrategy"}.',
    parse: jsonObject,
  },
} as const satisfies FlagSpecs;

const listed = (values: readonly string[] | undefined) =>
  (values ?? []).map((v) => v.trim()).filter((v) => v !== '');

export const [templatePreviewCommand, templateSubmitCommand] = gateCommands({
  name: 'template',
  action: TEMPLATE_GATE.action,
  summary: {
    preview: 'Check a template application and show its summary and digest; applies for nothing (skill 1.3).',
    submit: 'Apply for a previewed template exactly once, if nothing changed since the preview (skill 1.3).',
  },
  description: {
    preview: [
      'Checks that every signature is approved, bound to every group and takes the channel. The summary',
      'shows the content as its length and SHA-256; the digest covers the exact ApplySmsTemplateV2 body.',
    ],
    submit: [
      'Takes the same flags and the digest the preview printed; re-runs the checks, recomputes the digest',
      'and applies once. Any difference refuses with what changed, and nothing is applied for.',
    ],
  },
  flags: FLAGS,
  submitFlags: {},
  example:
    "--name 'Deploy done' --content '部署已完成，版本${version}。' --channel-type CN_NTC \\\n    --signature VolcOps --sub-account 7384ed01",
  request: (values, command): TemplateGateRequest => {
    const signatures = listed(values.signature);
    const subAccounts = listed(values['sub-account']);
    if (signatures.length === 0) requireFlag(undefined, '--signature', command);
    if (subAccounts.length === 0) requireFlag(undefined, '--sub-account', command);
    const params = listed(values['template-param']);
    return {
      name: requireFlag(values.name, '--name', command),
      content: requireFlag(values.content, '--content', command),
      channelType: requiredValue(values['channel-type'], '--channel-type', command).at(-1) as string,
      signatures,
      subAccounts,
      templateParams: params.length > 0 ? params : undefined,
      project: values.project,
      description: values.description,
      shortUrlConfig: values['short-url-config'],
    };
  },
  preview: previewTemplate,
  submit: submitTemplate,
  previewLines: (s) => [
    ['Name', s.name],
    ['Channel', s.channelType],
    ['Signatures', s.signatures.join(', ')],
    ['Message groups', s.subAccounts.join(', ')],
    ['Variables', s.templateParams.map((t) => t.name).join(', ') || 'none (fixed text)'],
    ['Content', `${s.content_length} characters, SHA-256 ${s.content_sha256}`],
  ],
  printSubmitted: printApplied('templateId'),
});
