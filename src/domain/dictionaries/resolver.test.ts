import { describe, expect, it } from 'vitest';
import { defaultAliasList, DEFAULT_ALIASES } from './default-aliases.ts';
import { DICTIONARY_ENTRIES, DICTIONARY_KEYS, normalizeTerm, type DictionaryKey } from './dictionaries.ts';
import { createDictionaryResolver } from './resolver.ts';

const resolver = createDictionaryResolver(defaultAliasList());

describe('normalizeTerm', () => {
  it('folds full-width to half-width, lower-cases and drops every white space', () => {
    expect(normalizeTerm('ＮＯＲＭＡＬ')).toBe('normal');
    expect(normalizeTerm(' 特\u3000急 ')).toBe('特急');
    expect(normalizeTerm('１２３４５ 热线')).toBe('12345热线');
  });
});

describe('the dictionary resolver', () => {
  it('finds a code by its code, its label or an alias, whatever the width, case or spacing', () => {
    const urgency = [
      'normal',
      '一般',
      '普通',
      'ＮＯＲＭＡＬ',
      'Normal',
      '一般件',
      '加急',
      'URGENT',
      ' 特 急 ',
      '特急件',
    ];
    expect(urgency.map((text) => resolver.find('urgency', text))).toEqual([
      'normal',
      'normal',
      'normal',
      'normal',
      'normal',
      'normal',
      'urgent',
      'urgent',
      'critical',
      'critical',
    ]);
    expect(resolver.find('channel', '１２３４５热线')).toBe('phone');
    expect(resolver.find('channel', '市长信箱')).toBe('mailbox');
    expect(resolver.find('channel', '上级交办')).toBe('upper');
    expect(resolver.find('channel', '110')).toBe('line110');
    expect(resolver.find('appealType', '感谢')).toBe('thanks');
    expect(resolver.find('satisfaction', '比较满意')).toBe('basic');
  });

  it('keeps each dictionary apart and knows nothing it was not told', () => {
    expect(resolver.find('urgency', '满意')).toBeUndefined();
    expect(resolver.find('satisfaction', '紧急')).toBeUndefined();
    // Left out of the defaults on purpose (see default-aliases.ts): the city decides what 一般 means.
    expect(resolver.find('satisfaction', '一般')).toBeUndefined();
    expect(resolver.find('urgency', '特特急')).toBeUndefined();
    expect(resolver.find('urgency', '')).toBeUndefined();
  });

  it('lists the labels a file may use, for error messages', () => {
    expect(resolver.accepted('urgency')).toBe('一般、紧急、特急');
    expect(resolver.accepted('satisfaction')).toBe('满意、基本满意、不满意');
  });

  it('takes aliases as data, and never lets one take a code’s own name', () => {
    const custom = createDictionaryResolver([
      { dictionary: 'urgency', alias: '十万火急', code: 'critical' },
      { dictionary: 'urgency', alias: '紧急', code: 'normal' },
      { dictionary: 'urgency', alias: '过时', code: 'no-such-code' },
    ]);
    expect(custom.find('urgency', '十万火急')).toBe('critical');
    expect(custom.find('urgency', '紧急')).toBe('urgent');
    expect(custom.find('urgency', '过时')).toBeUndefined();
    expect(custom.find('urgency', '普通')).toBeUndefined();
  });

  it('says why an alias cannot be stored', () => {
    expect(resolver.aliasProblem('urgency', '１万火急', 'critical')).toBeUndefined();
    expect(resolver.aliasProblem('urgency', ' 紧 急 ', 'critical')).toEqual({
      kind: 'conflict',
      code: 'urgent',
      label: '紧急',
    });
    expect(resolver.aliasProblem('urgency', 'URGENT', 'urgent')).toEqual({
      kind: 'own',
      code: 'urgent',
      label: '紧急',
    });
    expect(resolver.aliasProblem('urgency', '\u3000', 'urgent')).toEqual({ kind: 'empty' });
    // 一般 is urgency's label, but the satisfaction dictionary is another list.
    expect(resolver.aliasProblem('satisfaction', '一般', 'basic')).toBeUndefined();
  });

  it('shows each entry with the aliases that point at it', () => {
    expect(resolver.entries('urgency')).toEqual([
      { code: 'normal', label: '一般', aliases: ['普通', '一般件'] },
      { code: 'urgent', label: '紧急', aliases: ['加急', '急件', '紧急件'] },
      { code: 'critical', label: '特急', aliases: ['特急件', '特别紧急', '非常紧急'] },
    ]);
  });
});

describe('the default aliases', () => {
  it('name real codes, and never a code’s own name or one spelling twice in a dictionary', () => {
    const bare = createDictionaryResolver([]);
    for (const dictionary of DICTIONARY_KEYS) {
      const aliases = Object.entries(DEFAULT_ALIASES[dictionary] as Record<string, string>);
      const codes = DICTIONARY_ENTRIES[dictionary as DictionaryKey].map((entry) => entry.code as string);
      const terms = aliases.map(([alias]) => normalizeTerm(alias));
      expect(new Set(terms).size, dictionary).toBe(terms.length);
      for (const [alias, code] of aliases) {
        expect(codes, `${dictionary} ${alias}`).toContain(code);
        expect(bare.aliasProblem(dictionary, alias, code), `${dictionary} ${alias}`).toBeUndefined();
      }
    }
  });
});
