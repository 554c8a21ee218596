import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../db/connection.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { TEST_ARTICLES, TEST_NOW } from './kb-search.fixtures.ts';
import {
  addSynonymRule,
  createKbSearch,
  deleteSynonymRule,
  type KbSearch,
  type SearchFilters,
} from './index.ts';

describe('knowledge-base search', () => {
  let handle: DatabaseHandle;
  let engine: KbSearch;
  const ids = async (query: string, filters: SearchFilters = {}) =>
    (await engine.search(query, filters)).map((hit) => hit.articleId);

  beforeAll(async () => {
    handle = await createTestDatabase();
    engine = createKbSearch(handle.db, { now: () => TEST_NOW });
    await handle.db.transaction().execute(async (trx) => {
      for (const article of TEST_ARTICLES) await engine.index(trx, article);
    });
  });
  afterAll(async () => handle.close());

  it('answers a colloquial sentence with the article on its subject', async () => {
    expect((await ids('我家暖气一点都不热咋整'))[0]).toBe(2);
    expect((await ids('孩子刚生下来户口咋上'))[0]).toBe(8);
  });

  it('finds two-character keywords', async () => {
    expect(await ids('供暖')).toEqual(expect.arrayContaining([1, 2, 3]));
    expect((await ids('落户')).slice(0, 2).sort()).toEqual([8, 9]);
  });

  it('expands synonyms both ways for groups, one way for one-way rules', async () => {
    expect((await ids('采暖费多少钱一平'))[0]).toBe(1);
    expect((await ids('房产证丢了怎么补'))[0]).toBe(10);
    const fromColloquial = await engine.search('上户口');
    expect([8, 9]).toContain(fromColloquial[0]?.articleId);
    expect(fromColloquial[0]?.matched).toContain('落户');
  });

  it('uses synonym rules added at run time, and forgets deleted ones', async () => {
    expect(await ids('狗牌')).toEqual([]);
    const rule = await addSynonymRule(handle.db, { kind: 'equivalent', terms: ['狗牌', '养犬登记'] });
    expect(await ids('狗牌')).toEqual([22]);
    await deleteSynonymRule(handle.db, rule.id);
    expect(await ids('狗牌')).toEqual([]);
  });

  it('matches misheard words by their pinyin', async () => {
    const hits = await engine.search('公基金提取');
    expect(hits[0]?.articleId).toBe(4);
    expect(hits[0]?.matched).toContain('公积金');
    expect(hits[0]?.highlights.title).toMatch(/<mark>[^<]*公积金<\/mark>/);
    expect((await ids('洛户')).slice(0, 2).sort()).toEqual([8, 9]);
    expect(await ids('采缓费')).toContain(1);
  });

  it('folds traditional characters and full-width forms', async () => {
    expect((await ids('醫保卡掛失'))[0]).toBe(7);
    expect((await ids('異地就醫備案'))[0]).toBe(6);
  });

  it('finds the subject in a long, rambling description', async () => {
    const rambling =
      '是这样，我父亲今年刚退休，打算冬天去海南我妹妹那住半年，听人说在外地看病不提前弄个手续的话就不能直接结算，' +
      '这个医保的手续在哪办，手机上能弄不';
    expect((await ids(rambling))[0]).toBe(6);
  });

  it('filters by category subtree, unit, district and status', async () => {
    expect(await ids('收费标准', { categoryCode: '010000' })).toEqual(expect.arrayContaining([1, 11]));
    expect(await ids('收费标准', { categoryCode: '010100' })).not.toContain(11);
    expect(await ids('公积金', { unitCodes: ['PJ-GJJ'] })).toEqual(expect.arrayContaining([4, 5]));
    expect(await ids('公积金', { unitCodes: ['PJ-YB'] })).toEqual([]);
    expect(await ids('公积金', { unitCodes: [] })).toEqual([]);
    const inDawa = await ids('停水通知', { districtCode: 'PJ-DW' });
    expect(inDawa).toEqual(expect.arrayContaining([12, 13]));
    expect(inDawa).not.toContain(14);
    expect(await ids('供暖收费标准', { statuses: ['draft'] })).toEqual([16]);
  });

  it('hides expired and draft articles by default, and ranks expired ones last when asked for', async () => {
    const published = await ids('供暖收费标准');
    expect(published).not.toContain(15);
    expect(published).not.toContain(16);
    const withExpired = await engine.search('供暖收费标准', { statuses: ['published', 'expired'] });
    const expired = withExpired.filter((hit) => hit.expired).map((hit) => hit.articleId);
    expect(expired).toEqual(expect.arrayContaining([15, 21]));
    expect(withExpired.slice(-expired.length).every((hit) => hit.expired)).toBe(true);
    expect(withExpired[0]?.articleId).toBe(1);
  });

  it('marks matched words in the title and a snippet of the body, escaping the rest', async () => {
    const [hit] = await engine.search('室温不达标');
    expect(hit?.highlights.title).toBe('<mark>室温不达标</mark>的认定标准和处理流程');
    expect(hit?.highlights.snippet).toContain('&amp;');
    expect(hit?.highlights.snippet).not.toContain('<p>');
    expect(hit?.highlights.snippet).toMatch(/<mark>室温<\/mark>|<mark>暖气<\/mark>/);
  });

  it('finds words by their first character when the query is one character', async () => {
    expect(await ids('电')).toEqual(expect.arrayContaining([23, 24]));
  });

  it('returns nothing for an empty query and respects the limit', async () => {
    expect(await ids('  ，。 ')).toEqual([]);
    expect(await ids('供暖', { limit: 1 })).toHaveLength(1);
  });

  it('ranks an article used more often first, other things equal', async () => {
    expect((await ids('电费缴纳'))[0]).toBe(24);
    for (let i = 0; i < 3; i++) await engine.recordUse(handle.db, 23);
    expect((await ids('电费缴纳'))[0]).toBe(23);
  });

  it('replaces an entry on re-indexing, removes it, and writes only inside the caller’s transaction', async () => {
    const ninth = TEST_ARTICLES.find((article) => article.articleId === 9)!;
    await engine.index(handle.db, { ...ninth, title: '人才引进落户和集体户口' });
    expect((await engine.search('集体户口'))[0]?.articleId).toBe(9);
    await engine.remove(handle.db, 9);
    expect(await ids('人才落户')).not.toContain(9);
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await engine.index(trx, ninth);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await ids('人才落户')).not.toContain(9);
    await engine.index(handle.db, ninth);
    expect(await ids('人才落户')).toContain(9);
  });

  it('rebuilds the whole index, keeping usage counts', async () => {
    const count = await engine.reindexAll(
      handle.db,
      TEST_ARTICLES.map(({ usageCount: _usage, ...article }) => article),
    );
    expect(count).toBe(TEST_ARTICLES.length);
    expect((await ids('电费缴纳'))[0]).toBe(23);
    expect((await ids('公基金提取'))[0]).toBe(4);
  });
});
