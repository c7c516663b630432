import type { SendSmsInput, SendSmsOutcome, SetBatchTaskInput, SmsClient } from '../../src/core/index.ts';

// Requests for the sandbox's default seed, written once: the tests that only need "a valid send" or "a
// valid task" take these; the tests of the requests themselves spell theirs out.

/** The seed's verification-code template (ST_0001, 火山引擎, group 7384ed01), by default to one number. */
export function codeSend(mobiles: string[] = ['13800000000'], code = '2468'): SendSmsInput {
  return {
    subAccount: '7384ed01',
    signature: '火山引擎',
    templateId: 'ST_0001',
    mobiles,
    templateParam: { code },
  };
}

/** `codeSend` sent (to one number by default: the message the fault tests spoil). */
export function sendCode(client: SmsClient, mobiles?: string[], code?: string): Promise<SendSmsOutcome> {
  return client.sendSms(codeSend(mobiles, code));
}

/** A send of the seed's deploy notice (ST_0004, VolcOps, group 7384ed01) to every number of `mobiles`. */
export function sendNotice(client: SmsClient, mobiles: string[]): Promise<SendSmsOutcome> {
  return client.sendSms({
    subAccount: '7384ed01',
    signature: 'VolcOps',
    templateId: 'ST_0004',
    mobiles,
    templateParam: { version: '1' },
  });
}

/** An immediate batch task of the seed's deploy notice (ST_0004, VolcOps, group 7384ed01) over `fileUrl`. */
export function noticeTask(name: string, fileUrl: string): SetBatchTaskInput {
  return {
    subAccount: '7384ed01',
    name,
    signature: 'VolcOps',
    templateId: 'ST_0004',
    templateName: 'Deploy done',
    channelType: 'CN_NTC',
    scheduled: false,
    sendTime: 0,
    fileUrl,
  };
}
