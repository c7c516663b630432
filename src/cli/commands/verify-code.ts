import { maskPhone } from '../../core/index.ts';
import { EXIT } from '../exit-codes.ts';
import { requireFlag, text, textUpTo, wholeNumber, type FlagParse } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { renderKeyValues } from '../output/table.ts';
import { classicCommand } from './classic-command.ts';
import { SEND_TARGET_FLAGS } from './send-flags.ts';

// The classic verification-code pair (SendSmsVerifyCode / CheckSmsVerifyCode, 2020-01-01): the service
// generates the code, sends it and checks it. Same actions whatever --api says: the agent API has none.

/** The code lengths the service makes. */
const codeLength: FlagParse<4 | 6 | 8> = (raw) => {
  const parsed = wholeNumber(4, 8)(raw);
  if ('problem' in parsed) return parsed;
  const { value } = parsed;
  return value === 4 || value === 6 || value === 8 ? { value } : { problem: 'must be 4, 6 or 8' };
};

const KEY_FLAGS = {
  'sub-account': SEND_TARGET_FLAGS['sub-account'],
  mobile: {
    type: 'string',
    required: true,
    value: 'NUMBER',
    description: 'One phone number: 11-digit mainland (+86 optional) or E.164.',
    parse: text,
  },
  scene: {
    type: 'string',
    required: true,
    value: 'TEXT',
    description: 'What the code is for (e.g. 注册验证码); the check must name the same scene.',
    parse: text,
  },
} as const satisfies FlagSpecs;

const SEND_FLAGS = {
  ...KEY_FLAGS,
  signature: SEND_TARGET_FLAGS.signature,
  'template-id': {
    type: 'string',
    required: true,
    value: 'ID',
    description: 'Approved CN_OTP template whose only variable is ${code} (list_sms_template).',
    parse: text,
  },
  'code-type': {
    type: 'string',
    value: '4|6|8',
    description: 'Digits in the code (default 6).',
    parse: codeLength,
  },
  'expire-time': {
    type: 'string',
    value: 'SECONDS',
    description: 'How long the code is valid, 180–1800 s (default 180).',
    parse: wholeNumber(180, 1800),
  },
  'try-count': {
    type: 'string',
    value: 'N',
    description: 'How many checks the code allows, 1–10 (default 3).',
    parse: wholeNumber(1, 10),
  },
  tag: {
    type: 'string',
    value: 'TEXT',
    description: 'Up to 512 characters, echoed in the receipt.',
    parse: textUpTo(512),
  },
} as const satisfies FlagSpecs;

export const sendVerifyCodeCommand = classicCommand({
  name: 'send_verify_code',
  summary: 'Have the service generate a verification code and send it to one number.',
  description: [
    'The code is never shown: the service keeps it and check_verify_code checks what the user typed.',
    'Classic SendSmsVerifyCode (2020-01-01), whatever --api says. Sent at most once: if the answer is lost',
    '(exit 5), look the number up with list_sms_send_log before sending another code.',
  ],
  flags: SEND_FLAGS,
  examples: [
    'volc-sms send_verify_code --sub-account 7384ed01 --signature 火山引擎 --template-id ST_0001 \\\n    --mobile 13800000000 --scene 注册验证码',
  ],
  read(client, flags) {
    const codeType = flags['code-type'];
    return client.sendSmsVerifyCode({
      ...keyOf(flags, 'send_verify_code'),
      signature: requireFlag(flags.signature, '--signature', 'send_verify_code'),
      templateId: requireFlag(flags['template-id'], '--template-id', 'send_verify_code'),
      ...(codeType === undefined ? {} : { codeType }),
      ...(flags['expire-time'] === undefined ? {} : { expireTime: flags['expire-time'] }),
      ...(flags['try-count'] === undefined ? {} : { tryCount: flags['try-count'] }),
      ...(flags.tag === undefined ? {} : { tag: flags.tag }),
    });
  },
  show(context, result, flags, response) {
    context.print(
      renderKeyValues([
        ['Sent to', maskPhone(flags.mobile ?? '')],
        ['Scene', flags.scene],
        ['Message id', result.MessageIds[0]],
        ['Request id', response.requestId],
      ]),
    );
  },
});

/** The three fields that name a code, for both the send and the check. */
const keyOf = (
  flags: { 'sub-account'?: string | undefined; mobile?: string | undefined; scene?: string | undefined },
  command: string,
) => ({
  subAccount: requireFlag(flags['sub-account'], '--sub-account', command),
  mobile: requireFlag(flags.mobile, '--mobile', command),
  scene: requireFlag(flags.scene, '--scene', command),
});

const CHECK_FLAGS = {
  ...KEY_FLAGS,
  code: {
    type: 'string',
    required: true,
    value: 'DIGITS',
    description: 'The code the user typed.',
    parse: text,
  },
} as const satisfies FlagSpecs;

export const checkVerifyCodeCommand = classicCommand({
  name: 'check_verify_code',
  summary: 'Check a verification code the user typed: valid (exit 0), wrong or expired (exit 1).',
  description: [
    "Classic CheckSmsVerifyCode (2020-01-01). Each check uses up one of the code's tries; once they are",
    'used up, or the code has expired, the answer is "expired".',
  ],
  flags: CHECK_FLAGS,
  examples: [
    'volc-sms check_verify_code --sub-account 7384ed01 --mobile 13800000000 --scene 注册验证码 --code 123456',
  ],
  read: (client, flags) =>
    client.checkSmsVerifyCode({
      ...keyOf(flags, 'check_verify_code'),
      code: requireFlag(flags.code, '--code', 'check_verify_code'),
    }),
  show: (context, { verdict }) =>
    context.print(
      verdict === 'valid'
        ? 'valid: the code is right.'
        : verdict === 'wrong'
          ? 'wrong: the code does not match.'
          : 'expired: the code has expired or its tries are used up; send a new one.',
    ),
  exit: ({ verdict }) => (verdict === 'valid' ? EXIT.ok : EXIT.error),
});
