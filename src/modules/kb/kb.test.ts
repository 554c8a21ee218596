import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { parseLocalTime } from '../../domain/time.ts';

const HEATING_FEE = {
  title: '供暖收费标准',
  content: '居民供暖费按建筑面积每平方米25元收取，供暖期为每年11月1日至次年3月31日。',
  categoryCode: '010103',
  keywords: ['供暖费', '收费标准'],
};

describe('the knowledge base: drafts, review, revisions, search and answers', () => {
  let ctx: TestContext;
  const as = (user: string) => ctx.auth(user);
  const call = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    ctx.app.inject({ method, url, headers: as(user), ...(payload ? { payload } : {}) });
  const act = (user: string, id: number, action: string, version: number, comment?: string) =>
    call(user, 'POST', `/api/kb/articles/${id}/${action}`, { version, comment: comment ?? null });

  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
  });
  afterAll(async () => ctx.close());

  /** A unit's article taken through review to publication; returns its id and version. */
  async function publish(
    user: string,
    input: object,
  ): Promise<{ id: number; version: number; number: string }> {
    const created = await call(user, 'POST', '/api/kb/articles', input);
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json();
    const submitted = (await act(user, id, 'submit', version)).json();
    const approved = await act('reviewer', id, 'approve', submitted.version);
    expect(approved.statusCode, approved.body).toBe(200);
    return { id, version: approved.json().version, number: approved.json().number };
  }

  it('takes a unit’s draft through review: returned with a reason, revised, approved, then searchable', async () => {
    const created = await call('D1-G1', 'POST', '/api/kb/articles', HEATING_FEE);
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({
      status: 'draft',
      unitCode: 'D1-G1',
      number: expect.stringMatching(/^ZSK\d{6}$/),
    });
    expect(draft.abilities).toMatchObject({ edit: true, submit: true, approve: false });
    // Not live yet: agents find nothing.
    expect((await call('agent', 'GET', '/api/kb/search?q=供暖费')).json()).toEqual([]);

    const submitted = (await act('D1-G1', draft.id, 'submit', draft.version)).json();
    expect(submitted.status).toBe('pendingReview');
    expect((await act('D1-G1', draft.id, 'approve', submitted.version)).statusCode).toBe(403);
    const noReason = await act('reviewer', draft.id, 'return', submitted.version);
    expect(noReason.json().error.details.field).toBe('comment');
    const returned = (await act('reviewer', draft.id, 'return', submitted.version, '请注明收费依据')).json();
    expect(returned).toMatchObject({ status: 'draft', reviewComment: '请注明收费依据' });

    const revised = await call('D1-G1', 'PUT', `/api/kb/articles/${draft.id}`, {
      ...HEATING_FEE,
      content: `${HEATING_FEE.content}收费依据为市发改委2022年第3号文件。`,
      changeNote: '补充收费依据',
      version: returned.version,
    });
    expect(revised.statusCode, revised.body).toBe(200);
    const resubmitted = (await act('D1-G1', draft.id, 'submit', revised.json().version)).json();
    const approved = (await act('reviewer', draft.id, 'approve', resubmitted.version)).json();
    expect(approved).toMatchObject({ status: 'published', publishedVersion: 2, reviewDueOn: '2024-02-29' });

    const hits = (await call('agent', 'GET', '/api/kb/search?q=暖气费多少钱一平')).json();
    expect(hits[0]).toMatchObject({ number: draft.number, title: '供暖收费标准' });
    expect(hits[0].highlights.snippet).toContain('<mark>');

    const diff = (await call('agent', 'GET', `/api/kb/articles/${draft.id}/diff?from=1&to=2`)).json();
    expect(diff.fields).toHaveLength(1);
    expect(diff.fields[0]).toMatchObject({ field: 'content', label: '正文' });
    expect(diff.fields[0].parts).toContainEqual({
      kind: 'added',
      text: '收费依据为市发改委2022年第3号文件。',
    });
  });

  it('keeps the live revision searchable while a new working copy waits for review', async () => {
    const { id, version } = await publish('M1', {
      title: '停暖报修电话',
      content: '市供暖办24小时报修电话0427-1234567。',
      categoryCode: '010102',
    });
    const edit = await call('M1', 'PUT', `/api/kb/articles/${id}`, {
      title: '停暖报修电话（新）',
      content: '报修电话已改为0427-7654321。',
      categoryCode: '010102',
      version,
    });
    expect(edit.json()).toMatchObject({ status: 'draft', publishedVersion: 1 });
    const hits = (await call('agent', 'GET', '/api/kb/search?q=停暖报修电话')).json();
    expect(hits.find((hit: { id: number }) => hit.id === id)?.title).toBeDefined();
    const faq = (await ctx.app.inject({ url: '/api/public/faq?q=停暖报修' })).json();
    expect(faq[0]).toMatchObject({ title: '停暖报修电话', content: '市供暖办24小时报修电话0427-1234567。' });
    expect(JSON.stringify(faq)).not.toContain('7654321');
  });

  it('lets any unit open a published article that search shows it, but not another unit’s draft', async () => {
    const published = await publish('M1', { ...HEATING_FEE, title: '供暖投诉受理渠道' });
    const read = await call('D2', 'GET', `/api/kb/articles/${published.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().abilities).toMatchObject({ edit: false, withdraw: false });
    expect((await call('D2', 'GET', `/api/kb/articles/${published.id}/attachments`)).statusCode).toBe(200);
    const draft = (
      await call('M1', 'POST', '/api/kb/articles', { ...HEATING_FEE, title: '未发布的草稿' })
    ).json();
    expect((await call('D2', 'GET', `/api/kb/articles/${draft.id}`)).statusCode).toBe(403);
  });

  it('lets a unit see and edit only its subtree’s articles, and refuses a stale version', async () => {
    const mine = (await call('D1', 'GET', '/api/kb/articles')).json();
    expect(mine.items.every((a: { unitCode: string }) => a.unitCode.startsWith('D1'))).toBe(true);
    expect(mine.items.length).toBeGreaterThan(0);
    const theirs = (await call('admin', 'GET', '/api/kb/articles?unitCode=M1'))
      .json()
      .items.find((article: { status: string }) => article.status !== 'published');
    expect((await call('D1', 'GET', `/api/kb/articles/${theirs.id}`)).statusCode).toBe(403);
    expect((await call('D2', 'GET', '/api/kb/articles?unitCode=D1')).statusCode).toBe(403);
    const forOther = await call('D1-G1', 'POST', '/api/kb/articles', { ...HEATING_FEE, unitCode: 'M1' });
    expect(forOther.statusCode).toBe(403);

    const url = `/api/kb/articles/${theirs.id}`;
    expect((await call('M1', 'PUT', url, { ...HEATING_FEE, version: theirs.version })).statusCode).toBe(200);
    const stale = await call('M1', 'PUT', url, { ...HEATING_FEE, version: theirs.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const bad = await call('D1', 'POST', '/api/kb/articles', { ...HEATING_FEE, districtCodes: ['M1'] });
    expect(bad.json().error.details.field).toBe('districtCodes');
  });

  it('counts every creation and revision as a 知识库更新 of the owning unit, as imported revisions count', async () => {
    const from = parseLocalTime('2023-03-01 00:00:00');
    const to = parseLocalTime('2023-04-01 00:00:00');
    const before = (await ctx.services.kb.revisionCountsByUnit(from, to)).get('D2') ?? 0;
    const created = (
      await call('D2', 'POST', '/api/kb/articles', { ...HEATING_FEE, title: '西区供暖' })
    ).json();
    await call('D2', 'PUT', `/api/kb/articles/${created.id}`, {
      ...HEATING_FEE,
      title: '西区供暖费',
      version: 1,
    });
    await ctx.services.imports.importKb(
      ctx.actors.admin!,
      Buffer.from('知识编号,标题,内容,维护单位,更新时间\nOLD-1,旧知识,旧内容,D2,2023-03-05 10:00:00'),
      'kb.csv',
    );
    expect((await ctx.services.kb.revisionCountsByUnit(from, to)).get('D2')).toBe(before + 3);
    // The imported article was live in the old system: it is published and found.
    const hits = (await call('agent', 'GET', '/api/kb/search?q=旧知识')).json();
    expect(hits[0]?.number).toBe('OLD-1');
  });

  it('keeps an article’s category, keywords and expiry when an imported revision of it goes live', async () => {
    const article = await publish('M1', {
      ...HEATING_FEE,
      title: '市供暖办收费说明',
      keywords: ['热费'],
      expiresOn: '2030-01-01',
    });
    await ctx.services.imports.importKb(
      ctx.actors.admin!,
      Buffer.from(
        `知识编号,标题,内容,维护单位,更新时间\n${article.number},市供暖办收费说明,每平方米27元。,M1,2023-03-20 10:00:00`,
      ),
      'kb.csv',
    );
    const detail = (await call('M1', 'GET', `/api/kb/articles/${article.id}`)).json();
    expect(detail.content).toBe('每平方米27元。');
    expect(detail).toMatchObject({ categoryCode: '010103', keywords: ['热费'], expiresOn: '2030-01-01' });
    const hits = (
      await call('agent', 'GET', `/api/kb/search?q=${encodeURIComponent('热费')}&categoryCode=010103`)
    ).json();
    expect(hits.map((hit: { number: string }) => hit.number)).toContain(article.number);
  });

  it('answers a caller with an article, counts its use, and refuses a draft as an answer', async () => {
    const { number } = await publish('D1-G2', {
      title: '居住证办理',
      content: '在本市居住半年以上可申领居住证，携带身份证到社区警务室办理。',
      categoryCode: '050000',
    });
    const answered = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: as('agent'),
      payload: {
        channel: 'phone',
        appealType: 'consult',
        category: '050000',
        title: '咨询居住证',
        content: '怎么办居住证',
        disposition: { type: 'directAnswer', answer: '已按知识答复', articleNumbers: [number] },
      },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const article = (await call('admin', 'GET', `/api/kb/articles?q=${number}`)).json().items[0];
    expect((await call('agent', 'GET', `/api/kb/articles/${article.id}/usage`)).json()).toMatchObject({
      answered: 1,
      revisited: 0,
    });
    const byUnit = (await call('D1', 'GET', '/api/kb/usage?from=2023-03-01&to=2023-03-31')).json();
    expect(byUnit).toEqual([{ unitCode: 'D1-G2', answered: 1 }]);
    const drafted = (
      await call('D1-G2', 'POST', '/api/kb/articles', { ...HEATING_FEE, title: '未发布' })
    ).json();
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: as('agent'),
      payload: {
        channel: 'phone',
        appealType: 'consult',
        category: '050000',
        title: '咨询',
        content: '咨询',
        disposition: { type: 'directAnswer', answer: '答复', articleNumbers: [drafted.number] },
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.field).toBe('articleNumbers');
    // Nothing half-written: the refused intake left no ticket.
    const list = (await call('agent', 'GET', '/api/tickets?q=咨询&pageSize=50')).json();
    expect(list.items.some((t: { title: string }) => t.title === '咨询')).toBe(false);
  });

  it('turns a unit’s accepted feedback into a draft article in one step', async () => {
    const ticketId = await makeTicket(ctx, 'completed');
    const draft = await call('D1', 'POST', `/api/kb/articles/from-ticket/${ticketId}`);
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'draft', unitCode: 'D1', categoryCode: '010101' });
    const open = await makeTicket(ctx, 'inProgress');
    expect((await call('D1', 'POST', `/api/kb/articles/from-ticket/${open}`)).statusCode).toBe(409);
  });

  it('lists articles due for review or expiry, and the public FAQ shows only live, unexpired text', async () => {
    const { id } = await publish('M1', {
      title: '2023年春节期间燃气安全提示',
      content: '春节期间请注意燃气安全，燃气泄漏请拨打抢修电话。',
      categoryCode: '020000',
      expiresOn: '2023-03-20',
    });
    const due = (await call('M1', 'GET', '/api/kb/articles/due?days=30')).json();
    expect(due.map((a: { id: number }) => a.id)).toContain(id);
    expect((await ctx.app.inject({ url: '/api/public/faq?q=燃气安全' })).json()[0]?.title).toBe(
      '2023年春节期间燃气安全提示',
    );
    ctx.clock.set(parseLocalTime('2023-03-21 09:00:00'));
    const faq = (await ctx.app.inject({ url: '/api/public/faq?q=燃气安全' })).json();
    expect(faq.some((a: { title: string }) => a.title.includes('春节'))).toBe(false);
    const publicShape = (await ctx.app.inject({ url: '/api/public/faq?q=供暖' })).json()[0];
    expect(Object.keys(publicShape).sort()).toEqual(
      ['categoryCode', 'content', 'districtCodes', 'highlights', 'number', 'title', 'updatedAt'].sort(),
    );
  });

  it('lets the centre edit the synonym table: a new rule works at once, units may not edit, bad rules name the field', async () => {
    await publish('D1-G2', {
      title: '小区电动车充电桩安装',
      content: '业主可向物业申请在小区内安装电动车充电桩，由街道协调供电公司勘察。',
      keywords: ['充电桩'],
    });
    const search = async (q: string) =>
      (await call('agent', 'GET', `/api/kb/search?q=${encodeURIComponent(q)}`)).json() as { title: string }[];
    expect((await search('电驴')).map((hit) => hit.title)).not.toContain('小区电动车充电桩安装');

    expect(
      (await call('D1', 'POST', '/api/kb/synonyms', { kind: 'oneWay', from: '电驴', terms: ['电动车'] }))
        .statusCode,
    ).toBe(403);
    const bad = await call('reviewer', 'POST', '/api/kb/synonyms', { kind: 'equivalent', terms: ['电驴'] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error)).toContain('terms');
    const sameAfterNormalising = await call('reviewer', 'POST', '/api/kb/synonyms', {
      kind: 'equivalent',
      terms: ['電驢', '电驴'],
    });
    expect(sameAfterNormalising.statusCode).toBe(400);

    const added = await call('reviewer', 'POST', '/api/kb/synonyms', {
      kind: 'oneWay',
      from: '电驴',
      terms: ['电动车'],
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().reindexAdvised).toBe(true);
    expect(added.json().newWords).toContain('电驴');
    expect((await search('电驴')).map((hit) => hit.title)).toContain('小区电动车充电桩安装');

    const reindexed = await call('admin', 'POST', '/api/kb/search/reindex');
    expect(reindexed.statusCode, reindexed.body).toBe(200);
    expect(reindexed.json().indexed).toBeGreaterThan(0);
    expect((await search('电驴')).map((hit) => hit.title)).toContain('小区电动车充电桩安装');

    const id = added.json().rule.id;
    const changed = await call('reviewer', 'PUT', `/api/kb/synonyms/${id}`, {
      kind: 'oneWay',
      from: '电驴',
      terms: ['电动自行车'],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().rule.terms).toEqual(['电动自行车']);
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/kb/synonyms/${id}`,
      headers: as('admin'),
    });
    expect(removed.statusCode).toBe(200);
    expect(
      (await call('reviewer', 'GET', '/api/kb/synonyms')).json().some((r: { id: number }) => r.id === id),
    ).toBe(false);
    const audit = (await call('admin', 'GET', '/api/audit?action=kb.synonymDeleted')).json();
    expect(JSON.stringify(audit)).toContain('电驴');
  });
});
