import { describe, expect, it } from 'vitest';
import { referenceBulletin } from './fixtures/reference-bulletin.ts';
import { escapeHtml, renderHtml } from './html.ts';

describe('renderHtml', () => {
  const html = renderHtml(referenceBulletin);

  it('is one self-contained page: inline CSS and SVG, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).not.toMatch(/<script|<link|\bsrc=|url\((?!#)/);
    expect(html).not.toMatch(/href="(?!#)/);
  });

  it('prints as an A4 official document', () => {
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toMatch(/body \{[^}]*"仿宋_GB2312", "仿宋", FangSong, STFangsong/);
    expect(html).toMatch(/h1 \{[^}]*"方正小标宋简体"[^}]*font-size: 22pt/);
    expect(html).toContain('thead { display: table-header-group; }');
  });

  it('carries the title, paragraphs, tables and captions', () => {
    expect(html).toContain('<h1>关于盘锦市12345政务服务便民热线平台<br>1-4月份诉求办理情况的通报</h1>');
    expect(html).toContain(`<p>${referenceBulletin.headline.text}</p>`);
    expect(html).toContain(
      '<p><span class="run-in">（一）各地区办理情况。</span>各县区、经济区共受理诉求1.56万件',
    );
    expect(html).toContain('<td class="left">辽滨沿海经济技术开发区</td><td>268</td><td>99.25%</td>');
    expect(html).toContain('<figcaption>受理诉求数量排名前十的市直部门</figcaption>');
    expect(html).toContain('<h2>三、群众好评典型件</h2>');
  });

  it('escapes text taken from the data', () => {
    const hostile = { ...referenceBulletin, title: '<script>alert(1)</script>' };
    expect(renderHtml(hostile)).not.toContain('<script>');
    expect(escapeHtml(`a&b<"'>`)).toBe('a&#38;b&#60;&#34;&#39;&#62;');
  });
});
