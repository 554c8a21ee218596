import { describe, expect, it } from 'vitest';
import { getSegmenter } from './segmenter.ts';

const segmenter = getSegmenter();

describe('the segmenter', () => {
  it('keeps two-character hotline words as tokens', () => {
    expect(segmenter.indexTokens('供暖')).toEqual(['供暖']);
    expect(segmenter.indexTokens('落户')).toEqual(['落户']);
    expect(segmenter.indexTokens('新生儿怎么落户')).toContain('落户');
  });

  it('keeps dictionary words whole, with their parts for search', () => {
    expect(segmenter.indexTokens('不动产登记')).toEqual(expect.arrayContaining(['不动产', '登记']));
    expect(segmenter.indexWords('办理不动产抵押')).toContain('不动产');
    expect(segmenter.indexWords('不动产登记中心')).toContain('不动产登记');
    const tokens = segmenter.indexTokens('住房公积金贷款');
    expect(tokens).toEqual(expect.arrayContaining(['住房', '公积金', '贷款']));
    expect(segmenter.indexWords('住房公积金贷款')).not.toContain('积金');
  });

  it('knows the project dictionary: hotline terms and the demo city’s places', () => {
    expect(segmenter.indexWords('室温不达标')).toEqual(['室温不达标']);
    expect(segmenter.indexWords('我要上户口')).toContain('上户口');
    expect(segmenter.indexWords('大洼区田家街道清河湾小区')).toEqual(
      expect.arrayContaining(['大洼区', '田家街道', '清河湾小区']),
    );
  });

  it('drops stop words, punctuation and single Han characters', () => {
    expect(segmenter.indexTokens('请问，我家的暖气怎么不热了？')).toEqual(['暖气', '不热']);
  });

  it('splits Han from Latin and digits, and keeps numbers', () => {
    expect(segmenter.indexTokens('拨打12345热线')).toEqual(expect.arrayContaining(['拨打', '12345', '热线']));
  });

  it('places words at their offsets', () => {
    const words = segmenter.words('公基金提取');
    for (const { word, start } of words) expect('公基金提取'.slice(start, start + word.length)).toBe(word);
  });

  it('learns words added at run time', () => {
    segmenter.addWords(['扯证']);
    expect(segmenter.indexWords('扯证需要带啥')).toContain('扯证');
  });
});
