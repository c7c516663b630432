import { describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/index.ts';
import { parseSmsCommand } from '../../src/slack/command-parser.ts';
import { channelIdOf, tokenize } from '../../src/slack/command-text.ts';

function issueOf(text: string): { field: string; message: string } {
  try {
    parseSmsCommand(text);
  } catch (err) {
    expect(err).toBeInstanceOf(SmsInputError);
    const issue = (err as SmsInputError).issues[0];
    if (issue === undefined) throw new Error('no issue');
    expect((err as SmsInputError).hint).toMatch(/^Usage: \/sms/);
    return issue;
  }
  throw new Error(`"${text}" parsed`);
}

describe('tokenize', () => {
  it('keeps quoted values (straight and smart quotes) together and drops the quotes', () => {
    expect(tokenize('send oncall message="disk full" service=\u201capi gw\u201d')).toEqual([
      'send',
      'oncall',
      'message=disk full',
      'service=api gw',
    ]);
  });

  it('undoes Slack escaping and auto-links, keeps channel mentions whole', () => {
    expect(tokenize('send <tel:+8613800000000|+86 138 0000 0000> note=a&amp;b&lt;c')).toEqual([
      'send',
      '+8613800000000',
      'note=a&b<c',
    ]);
    expect(tokenize('schedule add daily 09:00 <#C0123ABCD|ops team> 7d')).toEqual([
      'schedule',
      'add',
      'daily',
      '09:00',
      '<#C0123ABCD|ops team>',
      '7d',
    ]);
    expect(channelIdOf('<#C0123ABCD|ops team>')).toBe('C0123ABCD');
    expect(channelIdOf('C0123ABCD')).toBe('C0123ABCD');
    expect(channelIdOf('#ops')).toBeUndefined();
  });
});

describe('parseSmsCommand', () => {
  it('reads send: recipients first (comma, semicolon or space separated), then options and variables', () => {
    expect(
      parseSmsCommand(
        'send oncall;13800000000 13900000000 template=ST_0002 group=7384ed01 service=api message="a b"',
      ),
    ).toEqual({
      kind: 'send',
      recipients: ['oncall', '13800000000', '13900000000'],
      templateId: 'ST_0002',
      subAccount: '7384ed01',
      params: { service: 'api', message: 'a b' },
    });
    expect(parseSmsCommand('  ')).toEqual({ kind: 'help' });
  });

  it('names the wrong part of a send', () => {
    expect(issueOf('send template=ST_0001').field).toBe('recipients');
    expect(issueOf('send 13800000000').field).toBe('template');
    expect(issueOf('send 13800000000 template=ST_0001 code=1 13900000000').message).toContain(
      'put all recipients first',
    );
    expect(issueOf('send 13800000000 template=ST_0001 code=').field).toBe('code');
    expect(issueOf('send 13800000000 template=ST_0001 code=1 code=2').message).toContain('given twice');
  });

  it('reads stats windows and filters', () => {
    expect(parseSmsCommand('stats')).toEqual({
      kind: 'stats',
      window: { kind: 'relative', length: '24h' },
      filters: {},
    });
    expect(parseSmsCommand('stats 7d group=7384ed01 type=CN_OTP')).toEqual({
      kind: 'stats',
      window: { kind: 'relative', length: '7d' },
      filters: { subAccount: '7384ed01', channelType: 'CN_OTP' },
    });
    expect(parseSmsCommand('stats 2026-11-01 2026-11-08 template=ST_0001')).toMatchObject({
      window: { kind: 'range', from: '2026-11-01', to: '2026-11-08' },
      filters: { templateId: 'ST_0001' },
    });
    expect(issueOf('stats 7d colour=red').field).toBe('colour');
    expect(issueOf('stats a b c').field).toBe('window');
  });

  it('reads schedules: daily HH:MM or cron, a channel, a window and filters', () => {
    expect(parseSmsCommand('schedule add daily 9:05 <#C0123ABCD|ops> 7d template=ST_0001')).toEqual({
      kind: 'schedule-add',
      timing: { kind: 'daily', time: '09:05', cron: '5 9 * * *' },
      channelId: 'C0123ABCD',
      window: '7d',
      filters: { templateId: 'ST_0001' },
    });
    expect(parseSmsCommand('schedule add cron "0 8 * * 1-5" <#C0123ABCD>')).toMatchObject({
      timing: { kind: 'cron', cron: '0 8 * * 1-5' },
      window: '24h',
    });
    expect(parseSmsCommand('schedule list')).toEqual({ kind: 'schedule-list' });
    expect(parseSmsCommand('schedule remove sch_1')).toEqual({ kind: 'schedule-remove', id: 'sch_1' });
    expect(issueOf('schedule add daily 9am <#C0123ABCD>').field).toBe('time');
    expect(issueOf('schedule add 0 8 * * <#C0123ABCD>').field).toBe('cron');
    expect(issueOf('schedule add daily 09:00 #ops').field).toBe('channel');
    expect(issueOf('schedule add daily 09:00 <#C0123ABCD> 2026-01-01 2026-01-02').field).toBe('window');
    expect(issueOf('schedule pause x').field).toBe('schedule');
  });

  it('reads log, lists and audit, and refuses unknown subcommands', () => {
    expect(parseSmsCommand('log 13800000000')).toEqual({ kind: 'log', query: '13800000000' });
    expect(parseSmsCommand('TEMPLATES')).toEqual({ kind: 'templates' });
    expect(parseSmsCommand('audit 5')).toEqual({ kind: 'audit', limit: 5 });
    expect(issueOf('audit 500').field).toBe('audit');
    expect(issueOf('groups extra').field).toBe('groups');
    expect(issueOf('delete everything').field).toBe('subcommand');
  });
});
