import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { errorDocument, toJson, toXml, type GeoDocument } from './georeport-format.ts';
import { checkAttributeAnswers, type ServiceAttribute } from './service-attributes.ts';

const parser = new XMLParser({
  parseTagValue: false,
  isArray: (name) => name === 'request' || name === 'error',
});

describe('GeoReport documents', () => {
  const requests: GeoDocument = {
    root: 'service_requests',
    value: [
      {
        service_request_id: '2023030100000001',
        description: '<script>alert("x")</script> & 路灯',
        lat: 31.5,
        zipcode: null,
      },
      { service_request_id: '2023030100000002', description: 'a\u0001b\uD800c', lat: null, zipcode: null },
    ],
  };

  it('writes XML with the UTF-8 declaration, escaped text and the same values as the JSON', () => {
    const xml = toXml(requests);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<service_requests><request>')).toBe(true);
    expect(xml).not.toContain('<script>');
    const parsed = parser.parse(xml) as { service_requests: { request: Record<string, string>[] } };
    const [first, second] = parsed.service_requests.request;
    expect(first!.description).toBe('<script>alert("x")</script> & 路灯');
    expect(first!.lat).toBe('31.5');
    expect(first!.zipcode).toBe('');
    // Characters XML 1.0 cannot hold are dropped rather than breaking the document.
    expect(second!.description).toBe('abc');
    expect(JSON.parse(toJson(requests))).toEqual(requests.value);
  });

  it('writes an empty list as an empty element and an error array in both formats', () => {
    expect(toXml({ root: 'services', value: [] })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<services/>',
    );
    const errors = errorDocument(400, ['lat：应为十进制度数', 'phone：格式有误']);
    expect(toXml(errors)).toContain(
      '<errors><error><code>400</code><description>lat：应为十进制度数</description></error>',
    );
    expect(JSON.parse(toJson(errors))).toEqual([
      { code: 400, description: 'lat：应为十进制度数' },
      { code: 400, description: 'phone：格式有误' },
    ]);
  });
});

describe('service attribute answers', () => {
  const attribute = (
    code: string,
    datatype: ServiceAttribute['datatype'],
    required = false,
  ): ServiceAttribute => ({
    code,
    datatype,
    required,
    description: code,
    datatypeDescription: null,
    order: 1,
    values: [
      { key: 'a', name: '甲' },
      { key: 'b', name: '乙' },
    ],
  });
  const questions = [
    attribute('count', 'number', true),
    attribute('seen_at', 'datetime'),
    attribute('kinds', 'multivaluelist'),
    attribute('one', 'singlevaluelist'),
  ];

  it('keeps answers that fit and names every one that does not', () => {
    expect(
      checkAttributeAnswers(questions, {
        count: '3',
        seen_at: '2023-03-01T08:00:00+08:00',
        kinds: ['a', 'b'],
      }),
    ).toEqual({
      kept: { count: '3', seen_at: '2023-03-01T08:00:00+08:00', kinds: ['a', 'b'] },
      problems: [],
    });
    const { problems } = checkAttributeAnswers(questions, {
      seen_at: 'yesterday',
      kinds: ['a', 'z'],
      one: ['a', 'b'],
      extra: 'x',
    });
    expect(problems).toEqual([
      'attribute[extra]：该服务没有这一属性',
      'attribute[count]：必填',
      'attribute[seen_at]：应为含时区的 ISO 8601 时间，如 2023-03-01T09:00:00+08:00',
      'attribute[kinds]：“z”不在可选值中（a、b）',
      'attribute[one]：只能有一个值',
    ]);
  });
});
