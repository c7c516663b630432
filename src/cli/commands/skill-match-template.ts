import { matchTemplate } from '../../core/index.ts';
import { requireFlag, text, type FlagParse } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { renderTable } from '../output/table.ts';
import { channelType, signatureText, skillReadCommand } from './skill-read.ts';

/** The text as typed: compared exactly, so it is neither trimmed nor normalised (only refused when empty). */
const exactText: FlagParse<string> = (raw) => {
  const value = Array.isArray(raw) ? (raw.at(-1) ?? '') : String(raw);
  return value.trim() === '' ? { problem: 'must not be empty' } : { value };
};

const required = <P extends FlagParse<unknown>>(value: string, description: string, parse: P) =>
  ({ type: 'string', required: true, value, description, parse }) as const;

const CLASSIFICATION_TEXT = {
  none: 'No approved template has exactly this text.',
  single: 'One approved template has exactly this text.',
  ambiguous: 'Several approved templates have exactly this text: ask which one is meant.',
} as const;

export const matchTemplateCommand = skillReadCommand({
  name: 'match-template',
  summary: 'Find the approved template whose text is exactly this (none, single or ambiguous)',
  description: [
    'Compares byte for byte with the content of each approved (3/5) template of the group, signature and',
    'channel, without its 【signature】 prefix; candidates sorted by id, content as length + SHA-256.',
  ],
  flags: {
    content: required('TEXT', 'The message text, without the signature (compared exactly).', exactText),
    signature: required('TEXT', 'The signature (one outer 【】 or [] removed).', signatureText),
    'sub-account': required('ID', 'The message group.', text),
    'channel-type': required('TYPE', 'CN_OTP, CN_NTC or CN_MKT.', channelType),
  } as const satisfies FlagSpecs,
  examples: [
    "volc-sms match-template --sub-account 7384ed01 --signature VolcOps --channel-type CN_NTC --content '部署已完成，版本${version}。'",
  ],
  async read(client, flags, name) {
    const match = await matchTemplate(client, {
      content: flags.content ?? requireFlag(undefined, '--content', name),
      signature: requireFlag(flags.signature, '--signature', name),
      subAccount: requireFlag(flags['sub-account'], '--sub-account', name),
      // requireFlag throws when the flag is missing.
      channelType: flags['channel-type'] ?? (requireFlag(undefined, '--channel-type', name) as never),
    });
    if (!match.ok) return match;
    return { result: { classification: match.classification, candidates: match.candidates } };
  },
  show(context, { classification, candidates }) {
    if (candidates.length > 0) {
      context.print(
        renderTable(
          [
            { header: 'Template', value: (c) => c.templateId },
            { header: 'Variables', value: (c) => c.variableNames.join(', ') },
            { header: 'Length', value: (c) => c.contentLength },
            { header: 'Content SHA-256', value: (c) => c.contentSha256 },
          ],
          candidates,
        ),
      );
    }
    context.print(`${classification}: ${CLASSIFICATION_TEXT[classification]}`);
  },
});
