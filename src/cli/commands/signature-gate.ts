import { SIGNATURE_GATE, previewSignature, submitSignature } from '../../core/index.ts';
import type { SignatureGateRequest } from '../../core/index.ts';
import { requireFlag, text } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { gateCommands, printApplied } from './gate-command.ts';
import { requiredValue } from './gate-values.ts';
import { channelTypes, jsonObject, numberChoice, positiveId } from './gate-flags.ts';

// `signature-preview` / `signature-submit`: skill 1.3's gated ApplySmsSignatureV2 (reference §4.2–4.3).

const FLAGS = {
  content: {
    type: 'string',
    required: true,
    value: 'TEXT',
    description: 'The signature, 2–25 characters; one outer 【】 is dropped.',
    parse: text,
  },
  purpose: {
    type: 'string',
    required: true,
    value: '1|2',
    description: "1 own use, 2 for others (the qualification's purpose).",
    parse: numberChoice(1, 2),
  },
  'qualification-id': {
    type: 'string',
    required: true,
    value: 'ID',
    description: 'An approved, usable qualification (list-qualifications).',
    parse: positiveId,
  },
  'sub-account': {
    type: 'string',
    multiple: true,
    value: 'ID',
    description: 'A message group to bind (repeat). Without it: every visible group that takes the channels.',
  },
  'channel-type': {
    type: 'string',
    required: true,
    multiple: true,
    value: 'TYPE',
    description: 'CN_OTP, CN_NTC or CN_MKT (repeat).',
    parse: channelTypes,
  },
  source: {
    type: 'string',
    required: true,
    value: '1|2|3',
    description: '1 company, 2 App, 3 trademark.',
    parse: numberChoice(1, 2, 3),
  },
  description: { type: 'string', value: 'TEXT', description: 'What the signature is for.' },
  domain: { type: 'string', value: 'TEXT', description: 'The website or App domain.' },
  scene: { type: 'string', value: 'TEXT', description: 'Where the messages are used.' },
  'project-name': { type: 'string', value: 'TEXT', description: 'The project name.' },
  'app-icp': {
    type: 'string',
    value: 'JSON',
    description: 'With --source 2: {"appIcpFilling":"…"}.',
    parse: jsonObject,
  },
  trademark: {
    type: 'string',
    value: 'JSON',
    description: 'With --source 3: {"trademarkCn","trademarkEn","trademarkNumber"}.',
    parse: jsonObject,
  },
} as const satisfies FlagSpecs;

export const [signaturePreviewCommand, signatureSubmitCommand] = gateCommands({
  name: 'signature',
  action: SIGNATURE_GATE.action,
  summary: {
    preview: 'Check a signature application and show its body and digest; applies for nothing (skill 1.3).',
    submit: 'Apply for a previewed signature exactly once, if nothing changed since the preview (skill 1.3).',
  },
  description: {
    preview: [
      'Checks the qualification (approved, usable, same purpose) and the groups (visible, taking the channels).',
      'Without --sub-account every visible group that takes the channels is bound; the preview lists them.',
    ],
    submit: [
      'Takes the same flags and the digest the preview printed. Re-runs the checks and recomputes the digest:',
      'a group added or removed since the preview refuses with what changed, and nothing is applied for.',
    ],
  },
  flags: FLAGS,
  submitFlags: {},
  example: '--content VolcOps --purpose 1 --qualification-id 11 --channel-type CN_NTC --source 1',
  request: (values, command): SignatureGateRequest => ({
    content: requireFlag(values.content, '--content', command),
    purpose: requiredValue(values.purpose, '--purpose', command),
    qualificationId: requiredValue(values['qualification-id'], '--qualification-id', command),
    subAccounts: (values['sub-account'] ?? []).map((g) => g.trim()).filter((g) => g !== ''),
    channelTypes: requiredValue(values['channel-type'], '--channel-type', command),
    source: requiredValue(values.source, '--source', command),
    description: values.description,
    domain: values.domain,
    scene: values.scene,
    projectName: values['project-name'],
    appIcp: values['app-icp'],
    trademark: values.trademark,
  }),
  preview: previewSignature,
  submit: submitSignature,
  previewResult: (s) => ({
    preview: s.body,
    messageGroups: s.messageGroups,
    messageGroupCount: s.messageGroupCount,
    ...(s.excludedGroups === undefined ? {} : { excludedGroups: s.excludedGroups }),
  }),
  previewLines: (s) => [
    ['Signature', s.body.content],
    ['Purpose / source', `${s.body.purpose} / ${s.body.source}`],
    ['Qualification', s.body.signatureIdentificationID],
    ['Channels', s.body.channelTypes.join(', ')],
    ['Message groups', `${s.messageGroupCount}: ${s.messageGroups.map((g) => g.subAccount).join(', ')}`],
    ...(s.excludedGroups
      ? [['Left out', s.excludedGroups.map((g) => `${g.subAccount} (${g.reason})`).join(', ')] as const]
      : []),
  ],
  printSubmitted: printApplied('applyId'),
});
