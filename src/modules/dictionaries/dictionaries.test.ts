import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';

interface DictionaryBody {
  key: string;
  label: string;
  entries: { code: string; label: string; aliases: string[] }[];
}

describe('the dictionaries API', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  const request = (
    method: 'GET' | 'PUT' | 'DELETE',
    url: string,
    user: string,
    payload?: Record<string, string>,
  ) => ctx.app.inject({ method, url, headers: ctx.auth(user), ...(payload ? { payload } : {}) });
  const aliasesOf = (body: DictionaryBody, code: string) =>
    body.entries.find((entry) => entry.code === code)?.aliases;

  it('lists every dictionary with its codes, labels and the default aliases, to any signed-in user', async () => {
    const answer = await request('GET', '/api/dictionaries', 'D1');
    expect(answer.statusCode, answer.body).toBe(200);
    const body = answer.json<DictionaryBody[]>();
    expect(body.map((d) => [d.key, d.label])).toEqual([
      ['channel', '来源渠道'],
      ['appealType', '诉求类型'],
      ['urgency', '紧急程度'],
      ['satisfaction', '满意度'],
    ]);
    const urgency = body.find((d) => d.key === 'urgency')!;
    expect(urgency.entries.map((e) => [e.code, e.label])).toEqual([
      ['normal', '一般'],
      ['urgent', '紧急'],
      ['critical', '特急'],
    ]);
    expect(aliasesOf(urgency, 'normal')).toEqual(expect.arrayContaining(['普通']));
    const channel = body.find((d) => d.key === 'channel')!;
    expect(aliasesOf(channel, 'mailbox')).toEqual(expect.arrayContaining(['市长信箱', '书记信箱']));
    expect(channel.entries.find((e) => e.code === 'upper')?.label).toBe('上级交办');

    expect((await request('GET', '/api/dictionaries/urgency', 'agent')).json<DictionaryBody>().key).toBe(
      'urgency',
    );
    const unknown = await request('GET', '/api/dictionaries/colour', 'agent');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('DICTIONARY_NOT_FOUND');
  });

  it('lets an admin add an alias, audited; refuses other roles', async () => {
    const refused = await request('PUT', '/api/dictionaries/urgency/aliases', 'agent', {
      alias: '十万火急',
      code: 'critical',
    });
    expect(refused.statusCode).toBe(403);

    const added = await request('PUT', '/api/dictionaries/urgency/aliases', 'admin', {
      alias: '十万火急',
      code: 'critical',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(aliasesOf(added.json(), 'critical')).toContain('十万火急');

    const audit = await request(
      'GET',
      '/api/audit?action=dictionary.aliasSaved&targetType=dictionary&targetId=urgency',
      'admin',
    );
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        actorUsername: 'admin',
        action: 'dictionary.aliasSaved',
        details: { alias: '十万火急', code: 'critical', previousCode: null },
      }),
    ]);
  });

  it('re-points an alias spelled the same way, compared without width, case or spaces', async () => {
    const moved = await request('PUT', '/api/dictionaries/urgency/aliases', 'admin', {
      alias: '加 急',
      code: 'critical',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(aliasesOf(moved.json(), 'urgent')).not.toContain('加急');
    expect(aliasesOf(moved.json(), 'critical')).toContain('加 急');
    const back = await request('PUT', '/api/dictionaries/urgency/aliases', 'admin', {
      alias: '加急',
      code: 'urgent',
    });
    expect(aliasesOf(back.json(), 'urgent')).toContain('加急');
  });

  it('refuses an alias that is a code’s own name, naming the field alias, and an unknown code', async () => {
    for (const alias of ['紧急', 'ＵＲＧＥＮＴ', ' 一 般 ']) {
      const answer = await request('PUT', '/api/dictionaries/urgency/aliases', 'admin', {
        alias,
        code: 'critical',
      });
      expect(answer.statusCode, alias).toBe(400);
      expect(answer.json().error).toMatchObject({ code: 'ALIAS_CONFLICTS', details: { field: 'alias' } });
    }
    const own = await request('PUT', '/api/dictionaries/urgency/aliases', 'admin', {
      alias: '特急',
      code: 'critical',
    });
    expect(own.json().error).toMatchObject({ code: 'ALIAS_CONFLICTS', details: { field: 'alias' } });
    // The satisfaction dictionary is another list: urgency's 一般 is not in its way.
    const otherList = await request('PUT', '/api/dictionaries/satisfaction/aliases', 'admin', {
      alias: '一般',
      code: 'basic',
    });
    expect(otherList.statusCode, otherList.body).toBe(200);

    const badCode = await request('PUT', '/api/dictionaries/urgency/aliases', 'admin', {
      alias: '火速',
      code: 'fast',
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error).toMatchObject({
      code: 'UNKNOWN_DICTIONARY_CODE',
      details: { field: 'code' },
    });
    const empty = await request('PUT', '/api/dictionaries/urgency/aliases', 'admin', {
      alias: '',
      code: 'urgent',
    });
    expect(empty.statusCode).toBe(400);
  });

  it('deletes an alias named as typed, URL-encoded, and audits it', async () => {
    const url = `/api/dictionaries/urgency/aliases/${encodeURIComponent('十万 火急')}`;
    expect((await request('DELETE', url, 'agent')).statusCode).toBe(403);
    const deleted = await request('DELETE', url, 'admin');
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(aliasesOf(deleted.json(), 'critical')).not.toContain('十万火急');
    const again = await request('DELETE', url, 'admin');
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('ALIAS_NOT_FOUND');

    const rows = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['action', 'target_id', 'details'])
      .where('action', '=', 'dictionary.aliasDeleted')
      .execute();
    expect(rows.map((row) => [row.target_id, JSON.parse(row.details)])).toEqual([
      ['urgency', { alias: '十万火急', code: 'critical' }],
    ]);
  });
});
