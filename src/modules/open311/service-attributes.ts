import type { GeoObject } from './georeport-format.ts';
import type { Open311AttributeRow } from './open311.repository.ts';

// GeoReport v2 "service definition": the extra questions of a service and the checks on their answers.

export const ATTRIBUTE_DATATYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;
export type AttributeDatatype = (typeof ATTRIBUTE_DATATYPES)[number];

export interface ServiceAttribute {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  description: string;
  datatypeDescription: string | null;
  order: number;
  values: { key: string; name: string }[];
}

/** A submitted answer: one text, or several for multivaluelist (attribute[code][]=a&attribute[code][]=b). */
export type AttributeAnswer = string | string[];

const MAX_LENGTH: Partial<Record<AttributeDatatype, number>> = { string: 200, text: 4000 };
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function attributeOf(row: Open311AttributeRow): ServiceAttribute {
  return {
    code: row.code,
    datatype: row.datatype as AttributeDatatype,
    required: row.required === 1,
    description: row.description,
    datatypeDescription: row.datatype_description,
    order: row.sort_order,
    values: JSON.parse(row.values_json) as { key: string; name: string }[],
  };
}

/** An attribute as GeoReport writes it; every question here takes an answer (variable true). */
export function attributeDocument(attribute: ServiceAttribute): GeoObject {
  return {
    variable: true,
    code: attribute.code,
    datatype: attribute.datatype,
    required: attribute.required,
    datatype_description: attribute.datatypeDescription,
    order: attribute.order,
    description: attribute.description,
    values: attribute.values.map((value) => ({ key: value.key, name: value.name })),
  };
}

/**
 * Checks the answers against the service's questions: unknown codes, missing required answers, and answers
 * that do not fit the datatype are refused, each named (`attribute[code]`). Returns the answers kept.
 */
export function checkAttributeAnswers(
  attributes: readonly ServiceAttribute[],
  answers: Readonly<Record<string, AttributeAnswer>>,
): { kept: Record<string, AttributeAnswer>; problems: string[] } {
  const problems: string[] = [];
  const kept: Record<string, AttributeAnswer> = {};
  const byCode = new Map(attributes.map((attribute) => [attribute.code, attribute]));
  for (const code of Object.keys(answers)) {
    if (!byCode.has(code)) problems.push(`attribute[${code}]：该服务没有这一属性`);
  }
  for (const attribute of attributes) {
    const field = `attribute[${attribute.code}]`;
    const raw = answers[attribute.code];
    const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .map((v) => v.trim())
      .filter(Boolean);
    if (list.length === 0) {
      if (attribute.required) problems.push(`${field}：必填`);
      continue;
    }
    if (attribute.datatype !== 'multivaluelist' && list.length > 1) {
      problems.push(`${field}：只能有一个值`);
      continue;
    }
    const keys = new Set(attribute.values.map((value) => value.key));
    const problem = list
      .map((value) => answerProblem(attribute.datatype, value, keys))
      .find((text) => text !== null);
    if (problem) problems.push(`${field}：${problem}`);
    else kept[attribute.code] = attribute.datatype === 'multivaluelist' ? list : list[0]!;
  }
  return { kept, problems };
}

function answerProblem(datatype: AttributeDatatype, value: string, keys: ReadonlySet<string>): string | null {
  const max = MAX_LENGTH[datatype];
  if (max !== undefined && value.length > max) return `不能超过 ${max} 个字符`;
  switch (datatype) {
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? null : '应为数字';
    case 'datetime':
      return W3C_DATETIME.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : '应为含时区的 ISO 8601 时间，如 2023-03-01T09:00:00+08:00';
    case 'singlevaluelist':
    case 'multivaluelist':
      return keys.has(value) ? null : `“${value}”不在可选值中（${[...keys].join('、')}）`;
    default:
      return null;
  }
}

/** The answers as lines of the ticket's content, in the words of the questions. */
export function answerLines(
  attributes: readonly ServiceAttribute[],
  kept: Readonly<Record<string, AttributeAnswer>>,
): string[] {
  return attributes.flatMap((attribute) => {
    const answer = kept[attribute.code];
    if (answer === undefined) return [];
    const names = (Array.isArray(answer) ? answer : [answer]).map(
      (value) => attribute.values.find((option) => option.key === value)?.name ?? value,
    );
    return [`${attribute.description}：${names.join('、')}`];
  });
}
