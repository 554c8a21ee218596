import { describe, expect, it } from 'vitest';
import { createSoundingVocabulary, fuzzyKeys, syllablesOf, wordPinyin } from './pinyin-keys.ts';

describe('pinyin keys', () => {
  it('give a word and its homophone the same key, without tones', () => {
    expect(wordPinyin('公积金')?.exact).toBe('gongjijin');
    expect(wordPinyin('公基金')?.exact).toBe('gongjijin');
    expect(wordPinyin('洛户')?.exact).toBe(wordPinyin('落户')?.exact);
  });

  it('write ü as v', () => {
    expect(syllablesOf('绿化')).toEqual(['lv', 'hua']);
  });

  it('blank one syllable at a time for words of three syllables or more', () => {
    expect(fuzzyKeys(['cai', 'nuan', 'fei'])).toEqual(['0nuanfei', 'cai0fei', 'cainuan0']);
    expect(wordPinyin('采缓费')?.fuzzy).toContain('cai0fei');
    expect(wordPinyin('供暖')?.fuzzy).toEqual([]);
  });

  it('have none for single characters, non-Han text and long names', () => {
    expect(wordPinyin('水')).toBeNull();
    expect(wordPinyin('12345')).toBeNull();
    expect(wordPinyin('盘锦市住房和城乡建设局')).toBeNull();
  });

  it('find known words by sound', () => {
    const vocabulary = createSoundingVocabulary(['采暖费', '公积金', '落户']);
    expect(vocabulary.wordsSounding('cai0fei')).toEqual(['采暖费']);
    expect(vocabulary.wordsSounding('luohu')).toEqual(['落户']);
    expect(vocabulary.wordsSounding('xxx')).toEqual([]);
  });
});
