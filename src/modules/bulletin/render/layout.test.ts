import { describe, expect, it } from 'vitest';
import { referenceBulletin } from './fixtures/reference-bulletin.ts';
import {
  chineseDate,
  chineseOrdinal,
  layoutBulletin,
  signatureIndents,
  splitTitle,
  widthInEm,
} from './layout.ts';

describe('layoutBulletin', () => {
  const blocks = layoutBulletin(referenceBulletin);

  it('follows the reference order: title, opening, sections, highlight, signature', () => {
    const outline = blocks.map((block) => {
      if (block.kind === 'heading') return block.text;
      if (block.kind === 'chart') return `图：${block.chart.title}`;
      if (block.kind === 'tableCaption') return `表：${block.text}`;
      if (block.kind === 'paragraph') return block.runIn ?? '段落';
      return block.kind;
    });
    expect(outline).toEqual([
      'title',
      '段落',
      '一、总体情况',
      '（一）各地区办理情况。',
      '表：县区、经济区分布情况',
      'table',
      '图：县区、经济区办理情况',
      '（二）市直部门办理情况。',
      '图：受理诉求数量排名前十的市直部门',
      '段落',
      '图：满意率排名前十的市直部门（诉求量100件以上）',
      '二、“评优评差”情况',
      '段落',
      '表：表一：“十佳”基层承办单位',
      'table',
      '表：表二：“较差”基层承办单位',
      'table',
      '三、群众好评典型件',
      '段落',
      'signature',
    ]);
  });

  it('runs the second-level heading into its paragraph and closes with organ and date', () => {
    const first = blocks.find((block) => block.kind === 'paragraph' && block.runIn !== null);
    expect(first).toEqual({
      kind: 'paragraph',
      runIn: '（一）各地区办理情况。',
      text: '各县区、经济区共受理诉求1.56万件，占全市转办量的64.46%。',
    });
    expect(blocks.at(-1)).toEqual({
      kind: 'signature',
      organ: referenceBulletin.centreName,
      date: '2023年6月9日',
    });
  });

  it('numbers several highlights and leaves a single one as the reference prints it', () => {
    const two = {
      ...referenceBulletin,
      highlights: [
        { title: '甲。', text: '正文一', ticketNumber: null },
        { title: '乙。', text: '正文二', ticketNumber: null },
      ],
    };
    const paragraphs = layoutBulletin(two)
      .filter((block) => block.kind === 'paragraph')
      .slice(-2);
    expect(paragraphs).toEqual([
      { kind: 'paragraph', runIn: '（一）甲。', text: '正文一' },
      { kind: 'paragraph', runIn: '（二）乙。', text: '正文二' },
    ]);
    const single = blocks.filter((block) => block.kind === 'paragraph').at(-1);
    expect(single).toMatchObject({ runIn: null, text: expect.stringMatching(/^市自然资源局解决了20多年/) });
  });
});

describe('splitTitle', () => {
  it('breaks the reference title after 平台, keeping 1-4 whole', () => {
    expect(splitTitle(referenceBulletin.title)).toEqual([
      '关于盘锦市12345政务服务便民热线平台',
      '1-4月份诉求办理情况的通报',
    ]);
  });

  it('keeps a short title on one line', () => {
    expect(splitTitle('关于2023年1月诉求办理情况的通报')).toEqual(['关于2023年1月诉求办理情况的通报']);
  });
});

describe('numerals, dates and widths', () => {
  it('writes heading numerals and dates the official way', () => {
    expect([1, 3, 10, 12, 20, 23].map(chineseOrdinal)).toEqual(['一', '三', '十', '十二', '二十', '二十三']);
    expect(chineseDate('2023-06-09')).toBe('2023年6月9日');
    expect(chineseDate('2023-12-31T08:00:00+08:00')).toBe('2023年12月31日');
  });

  it('centres the shorter signature line on the longer, two characters from the margin', () => {
    expect(widthInEm('2023年6月9日')).toBe(6);
    const indents = signatureIndents('盘锦市营商环境建设局', '2023年6月9日');
    expect(indents).toEqual({ organ: 2, date: 4 });
  });
});
