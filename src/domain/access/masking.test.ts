import { describe, expect, it } from 'vitest';
import { maskContactsInText } from './masking.ts';

describe('contacts in free text', () => {
  it.each([
    ['请回电13812345678谢谢', '请回电138****5678谢谢'],
    ['电话 138-1234-5678', '电话 138******5678'],
    ['座机0427-2812345或042722812345', '座机042*****2345或042*****2345'],
    ['身份证211102198805061234', '身份证2111************34'],
    ['身份证21110219880506123X。', '身份证2111************3X。'],
    ['+86 13812345678', '+86********5678'],
  ])('%s', (text, masked) => {
    expect(maskContactsInText(text)).toBe(masked);
  });

  it('leaves 工单编号, dates, amounts and short numbers alone', () => {
    const text = '工单2023011900000042于2023-01-19受理，欠薪12000元，3号楼2单元，邮编124000';
    expect(maskContactsInText(text)).toBe(text);
  });
});
