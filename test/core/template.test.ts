import { describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/errors/errors.ts';
import {
  compareTemplateParams,
  parseTemplateParam,
  renderTemplate,
  serializeTemplateParam,
  templateVariables,
} from '../../src/core/sending/template.ts';

describe('template variables and rendering', () => {
  it('lists each placeholder once, in order', () => {
    expect(templateVariables('服务${service}告警：${message}，再次${service}')).toEqual([
      'service',
      'message',
    ]);
    expect(templateVariables('部署已完成。')).toEqual([]);
  });

  it('fills known placeholders and leaves missing ones visible', () => {
    expect(renderTemplate('您的验证码是${code}，${ttl}分钟内有效。', { code: '1234' })).toBe(
      '您的验证码是1234，${ttl}分钟内有效。',
    );
  });

  it('reports missing and unused parameters', () => {
    expect(compareTemplateParams('服务${service}告警：${message}', { service: 'api', extra: 'x' })).toEqual({
      missing: ['message'],
      unused: ['extra'],
    });
  });
});

describe('parseTemplateParam', () => {
  it('parses a JSON object of strings and serialises it compactly', () => {
    const params = parseTemplateParam('{ "code": "1234", "name": "张三" }');
    expect(params).toEqual({ code: '1234', name: '张三' });
    expect(serializeTemplateParam(params)).toBe('{"code":"1234","name":"张三"}');
    expect(parseTemplateParam({ code: '1' })).toEqual({ code: '1' });
    expect(parseTemplateParam('  ')).toEqual({});
  });

  function issueOf(fn: () => unknown): { field: string; message: string } {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(SmsInputError);
      return (err as SmsInputError).issues[0] as { field: string; message: string };
    }
    throw new Error('expected SmsInputError');
  }

  it('tells to quote a number, naming the key and the type but never the value', () => {
    const issue = issueOf(() => parseTemplateParam('{"code":15987654321}'));
    expect(issue.field).toBe('template-param');
    expect(issue.message).toBe(
      'value of "code" is a number; quote it, as template values are strings: {"code":"…"}',
    );
    let error: SmsInputError | undefined;
    try {
      parseTemplateParam('{"ok":"1","flag":true,"pin":987654}');
    } catch (err) {
      error = err as SmsInputError;
    }
    expect(error?.message).toContain('"flag" is a boolean');
    for (const text of [error?.message, error?.hint, JSON.stringify(error?.issues)]) {
      expect(text).not.toMatch(/true|987654/);
    }
    expect(issueOf(() => parseTemplateParam('{"code":[138,0]}')).message).toBe(
      'value of "code" must be a string, not an array',
    );
  });

  it.each([
    ['{code:1}', 'not valid JSON'],
    ['[1,2]', 'JSON object'],
    ['"text"', 'JSON object'],
    ['null', 'JSON object'],
    ['{"a":{"b":"c"}}', 'must be a string'],
  ])('rejects %s', (value, part) => {
    expect(issueOf(() => parseTemplateParam(value)).message).toContain(part);
  });

  it('names the caller field', () => {
    expect(issueOf(() => parseTemplateParam('{', 'template_param')).field).toBe('template_param');
  });
});
