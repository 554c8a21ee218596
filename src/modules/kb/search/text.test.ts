import { describe, expect, it } from 'vitest';
import { escapeHtml, normalizeText, plainTextOf } from './text.ts';

describe('normalizeText', () => {
  it('folds traditional characters, full-width forms and case', () => {
    expect(normalizeText('醫保卡掛失')).toBe('医保卡挂失');
    expect(normalizeText('不動產登記')).toBe('不动产登记');
    expect(normalizeText('１２３４５熱線')).toBe('12345热线');
    expect(normalizeText('ＡＰＰ下載')).toBe('app下载');
  });

  it('leaves simplified text as it is', () => {
    expect(normalizeText('住房公积金提取')).toBe('住房公积金提取');
  });
});

describe('plainTextOf', () => {
  it('turns sanitised HTML into text', () => {
    expect(plainTextOf('<p>供暖费&amp;物业费</p><p>每平方米&nbsp;24元</p>')).toBe(
      '供暖费&物业费\n每平方米 24元',
    );
    expect(plainTextOf('<script>alert(1)</script>正文<br>下一行')).toBe('正文\n下一行');
  });

  it('drops Markdown marks and link targets', () => {
    expect(plainTextOf('## 办理流程\n- **携带**身份证\n[网上办理](https://example.org/x)')).toBe(
      '办理流程\n携带身份证\n网上办理',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
