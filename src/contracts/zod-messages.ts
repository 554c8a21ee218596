import { z } from 'zod';

// Validation messages in the words of the people reading them (zh-CN first): short, and with the field named by
// whoever shows them ("version：应为整数"). Issues these rules do not cover fall back to zod's zh-CN locale.

const TYPE_NAMES: Record<string, string> = {
  int: '整数',
  number: '数字',
  string: '文本',
  boolean: 'true 或 false',
  array: '数组',
  object: '对象',
  date: '时间',
  bigint: '整数',
};

const FORMAT_NAMES: Record<string, string> = {
  email: '电子邮箱地址',
  url: '网址',
  uuid: 'UUID',
  datetime: 'ISO 8601 时间',
  date: 'YYYY-MM-DD 日期',
};

type Issue = z.core.$ZodRawIssue;

const list = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join('、');

function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): string | undefined {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const exclusive = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      if (small && bound === 1) return '不能为空';
      return small ? `至少 ${bound} 个字符` : `不能超过 ${bound} 个字符`;
    case 'array':
    case 'set':
      if (small && bound === 1) return '至少需要 1 项';
      return small ? `至少 ${bound} 项` : `最多 ${bound} 项`;
    case 'number':
    case 'int':
    case 'bigint':
      if (small) return exclusive ? `应大于 ${bound}` : `不能小于 ${bound}`;
      return exclusive ? `应小于 ${bound}` : `不能大于 ${bound}`;
    default:
      return undefined;
  }
}

export function chineseMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '必填';
      const name = TYPE_NAMES[issue.expected];
      return name ? `应为${name}` : undefined;
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value':
      return issue.values.length === 1 ? `应为 ${list(issue.values)}` : `应为以下之一：${list(issue.values)}`;
    case 'invalid_format': {
      const name = FORMAT_NAMES[issue.format];
      return name ? `应为${name}` : '格式不正确';
    }
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return '取值不符合任何一种允许的形式';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    default:
      return undefined;
  }
}

let installed = false;

/** Makes every schema speak Chinese; called by the server and by any client that validates input. */
export function installChineseMessages(): void {
  if (installed) return;
  installed = true;
  const fallback = z.locales.zhCN().localeError;
  z.config({
    localeError: (issue) => chineseMessage(issue) ?? fallback(issue),
  });
}
