import { describe, expect, it } from 'vitest';
import { DEMO_KB_ARTICLES } from '../../src/demo/data/kb/index.ts';
import { KB_QUERIES, KB_QUERY_KINDS } from './queries.ts';

const byNumber = new Map(DEMO_KB_ARTICLES.map((article) => [article.number, article]));

describe('the KB search-quality set', () => {
  it('expects only articles that exist and are published', () => {
    const wrong = KB_QUERIES.filter((q) => byNumber.get(q.expected)?.status !== 'published');
    expect(wrong.map((q) => `${q.query} → ${q.expected}`)).toEqual([]);
  });

  it('expects only open-ended articles, so that the set does not rot when a date passes', () => {
    const dated = KB_QUERIES.filter((q) => byNumber.get(q.expected)?.expiresAt !== null);
    expect(dated.map((q) => `${q.query} → ${q.expected}`)).toEqual([]);
  });

  it('has at least 120 queries, at least 15 of every kind', () => {
    expect(KB_QUERIES.length).toBeGreaterThanOrEqual(120);
    for (const kind of KB_QUERY_KINDS) {
      expect(KB_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
    }
  });

  it('asks each query once', () => {
    const texts = KB_QUERIES.map((q) => q.query);
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });

  it('keeps keyword queries to 2–4 characters and long ones to 60–200', () => {
    const length = (text: string) => [...text].length;
    const badKeywords = KB_QUERIES.filter(
      (q) => q.kind === 'keyword' && (length(q.query) < 2 || length(q.query) > 4),
    );
    const badLong = KB_QUERIES.filter(
      (q) => q.kind === 'long' && (length(q.query) < 60 || length(q.query) > 200),
    );
    expect([...badKeywords, ...badLong].map((q) => q.query)).toEqual([]);
  });

  it('exercises every near-duplicate group', () => {
    const groups = [
      ['ZSK010001', 'ZSK010002', 'ZSK010003', 'ZSK010004', 'ZSK010005', 'ZSK010006'],
      ['ZSK010201', 'ZSK010204', 'ZSK010207'],
      ['ZSK070001', 'ZSK070003', 'ZSK060011'],
      ['ZSK050001', 'ZSK050003', 'ZSK050004'],
      ['ZSK010101', 'ZSK010102', 'ZSK010103'],
      ['ZSK150001', 'ZSK150002', 'ZSK150003'],
      ['ZSK020001', 'ZSK020003', 'ZSK020005'],
    ];
    const expected = new Set(KB_QUERIES.map((q) => q.expected));
    const unasked = groups.flat().filter((number) => !expected.has(number));
    expect(unasked).toEqual([]);
  });
});
