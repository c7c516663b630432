import { maskPhone, type SendSmsVerifyCodeInput } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { parseFlagValues, requireFlag, text, textUpTo, wholeNumber, type FlagParse } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { renderKeyValues } from '../output/table.ts';
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
  'sub-account': {
    type: 'string',
    required: true,
    value: 'ID',
    description: 'Message group id (from list_sub_account).',
    parse: text,
  },
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

export const sendVerifyCodeCommand: CommandSpec = {
  name: 'send_verify_code',
  summary: 'Have the service generate a verification code and send it to one number.',
  description: [
    'The code is never shown: the service keeps it and check_verify_code checks what the user typed.',
    'Classic SendSmsVerifyCode (2020-01-01), whatever --api says. Sent at most once: if the answer is lost',
    '(exit 5), look the number up with list_sms_send_log before sending another code.',
  ],
  group: 'api',
  flags: SEND_FLAGS,
  examples: [
    'volc-sms send_verify_code --sub-account 7384ed01 --signature 火山引擎 --template-id ST_0001 \\\n    --mobile 13800000000 --scene 注册验证码',
  ],
  async run(context, values) {
    const flags = parseFlagValues(SEND_FLAGS, values, 'send_verify_code');
    const codeType = flags['code-type'];
    const input: SendSmsVerifyCodeInput = {
      subAccount: requireFlag(flags['sub-account'], '--sub-account', 'send_verify_code'),
      signature: requireFlag(flags.signature, '--signature', 'send_verify_code'),
      templateId: requireFlag(flags['template-id'], '--template-id', 'send_verify_code'),
      mobile: requireFlag(flags.mobile, '--mobile', 'send_verify_code'),
      scene: requireFlag(flags.scene, '--scene', 'send_verify_code'),
      ...(codeType === undefined ? {} : { codeType }),
      ...(flags['expire-time'] === undefined ? {} : { expireTime: flags['expire-time'] }),
      ...(flags['try-count'] === undefined ? {} : { tryCount: flags['try-count'] }),
      ...(flags.tag === undefined ? {} : { tag: flags.tag }),
    };
    const response = await context.client().sendSmsVerifyCode(input);
    if (context.json) {
      context.printJson(response.raw);
      return EXIT.ok;
    }
    context.print(
      renderKeyValues([
        ['Sent to', maskPhone(input.mobile)],
        ['Scene', input.scene],
        ['Message id', response.result.MessageIds[0]],
        ['Request id', response.requestId],
      ]),
    );
    return EXIT.ok;
  },
};

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

export const checkVerifyCodeCommand: CommandSpec = {
  name: 'check_verify_code',
  summary: 'Check a verification code the user typed: valid (exit 0), wrong or expired (exit 1).',
  description: [
    "Classic CheckSmsVerifyCode (2020-01-01). Each check uses up one of the code's tries; once they are",
    'used up, or the code has expired, the answer is "expired".',
  ],
  group: 'api',
  flags: CHECK_FLAGS,
  examples: [
    'volc-sms check_verify_code --sub-account 7384ed01 --mobile 13800000000 --scene 注册验证码 --code 123456',
  ],
  async run(context, values) {
    const flags = parseFlagValues(CHECK_FLAGS, values, 'check_verify_code');
    const response = await context.client().checkSmsVerifyCode({
      subAccount: requireFlag(flags['sub-account'], '--sub-account', 'check_verify_code'),
      mobile: requireFlag(flags.mobile, '--mobile', 'check_verify_code'),
      scene: requireFlag(flags.scene, '--scene', 'check_verify_code'),
      code: requireFlag(flags.code, '--code', 'check_verify_code'),
    });
    const { verdict } = response.result;
    if (context.json) context.printJson(response.raw);
    else
      context.print(
        verdict === 'valid'
          ? 'valid: the code is right.'
          : verdict === 'wrong'
            ? 'wrong: the code does not match.'
            : 'expired: the code has expired or its tries are used up; send a new one.',
      );
    return verdict === 'valid' ? EXIT.ok : EXIT.error;
  },
};
