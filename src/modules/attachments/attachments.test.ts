import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';

// The smallest valid PNG (1×1, transparent) and a PDF header: real signatures, so detection is exercised.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('attachments on tickets and knowledge-base articles', () => {
  let ctx: TestContext;
  let ticketId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    ticketId = await makeTicket(ctx, 'inProgress'); // lead unit D1, support M1
  });
  afterAll(async () => ctx.close());

  const upload = (user: string, url: string, body: Buffer, fileName: string | null, type = 'image/png') =>
    ctx.app.inject({
      method: 'POST',
      url: fileName === null ? url : `${url}?fileName=${encodeURIComponent(fileName)}`,
      headers: { ...ctx.auth(user), 'content-type': type },
      payload: body,
    });

  it('keeps a unit’s photo on its ticket: type read from the bytes, listed, downloaded intact, audited', async () => {
    const response = await upload(
      'D1',
      `/api/tickets/${ticketId}/attachments`,
      PNG,
      '现场照片.png',
      'application/octet-stream',
    );
    expect(response.statusCode, response.body).toBe(201);
    const saved = response.json();
    expect(saved).toMatchObject({
      ownerKind: 'ticket',
      ownerId: ticketId,
      fileName: '现场照片.png',
      mediaType: 'image/png',
      sizeBytes: PNG.length,
      uploaderUnitCode: 'D1',
      withdrawnAt: null,
    });
    const list = (
      await ctx.app.inject({ url: `/api/tickets/${ticketId}/attachments`, headers: ctx.auth('reviewer') })
    ).json();
    expect(list.items.map((a: { id: number }) => a.id)).toEqual([saved.id]);
    expect(list.limits.maxBytes).toBe(20 * 1024 * 1024);

    const content = await ctx.app.inject({ url: saved.contentUrl, headers: ctx.auth('dispatcher') });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(PNG)).toBe(true);
    expect(content.headers['content-type']).toBe('image/png');
    expect(content.headers['content-disposition']).toContain("filename*=UTF-8''%E7%8E%B0%E5%9C%BA");
    expect(content.headers['x-content-type-options']).toBe('nosniff');

    const audit = (
      await ctx.app.inject({ url: '/api/audit?action=attachment.added', headers: ctx.auth('admin') })
    ).json();
    expect(JSON.stringify(audit)).toContain('现场照片.png');
  });

  it('hides a ticket’s files from units outside it, by list, by upload and by guessing an id', async () => {
    const own = (await upload('M1', `/api/tickets/${ticketId}/attachments`, PDF, '协办说明.pdf')).json();
    expect(own.mediaType).toBe('application/pdf');
    const other = ctx.auth('D2');
    expect(
      (await ctx.app.inject({ url: `/api/tickets/${ticketId}/attachments`, headers: other })).statusCode,
    ).toBe(403);
    expect((await upload('D2', `/api/tickets/${ticketId}/attachments`, PNG, 'x.png')).statusCode).toBe(403);
    const guessed = await ctx.app.inject({ url: own.contentUrl, headers: other });
    expect(guessed.statusCode).toBe(404);
    expect(guessed.json().error.code).toBe('ATTACHMENT_NOT_FOUND');
  });

  it('refuses script disguised as an image, empty files, oversize files and a missing name, naming the field', async () => {
    const url = `/api/tickets/${ticketId}/attachments`;
    const html = await upload('D1', url, Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png');
    expect(html.statusCode).toBe(415);
    expect(html.json().error).toMatchObject({ code: 'ATTACHMENT_TYPE_REFUSED' });
    expect(html.json().error.message).toContain('可上传');

    const svg = await upload(
      'D1',
      url,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
      'a.svg',
      'image/svg+xml',
    );
    expect(svg.statusCode).toBe(415);

    const binaryText = await upload('D1', url, Buffer.from([0x41, 0x00, 0x42]), 'notes.txt', 'text/plain');
    expect(binaryText.statusCode).toBe(415);
    const text = await upload(
      'D1',
      url,
      Buffer.from('已电话联系市民，约定周三上门。'),
      '记录.txt',
      'text/plain',
    );
    expect(text.statusCode, text.body).toBe(201);
    expect(text.json().mediaType).toBe('text/plain; charset=utf-8');

    const noName = await upload('D1', url, PNG, null);
    expect(noName.statusCode).toBe(400);
    expect(JSON.stringify(noName.json().error)).toContain('fileName');

    const empty = await upload('D1', url, Buffer.alloc(0), 'empty.png');
    expect(empty.statusCode).toBe(400);

    const huge = Buffer.concat([PNG, Buffer.alloc(20 * 1024 * 1024)]);
    const tooLarge = await upload('D1', url, huge, 'big.png');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.code).toBe('PAYLOAD_TOO_LARGE');

    const names = (await ctx.app.inject({ url, headers: ctx.auth('D1') }))
      .json()
      .items.map((a: { fileName: string }) => a.fileName);
    expect(names).not.toContain('photo.png');
    expect(names).not.toContain('big.png');
  });

  it('lets only the uploader or an administrator withdraw a file, once, and keeps the record', async () => {
    const saved = (await upload('D1', `/api/tickets/${ticketId}/attachments`, PNG, '误传.png')).json();
    const withdraw = (user: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/attachments/${saved.id}/withdraw`,
        headers: ctx.auth(user),
        payload: { reason: '传错了文件' },
      });
    expect((await withdraw('reviewer')).statusCode).toBe(403);
    const done = await withdraw('D1');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().withdrawnAt).not.toBeNull();
    expect((await withdraw('D1')).json().error.code).toBe('ATTACHMENT_ALREADY_WITHDRAWN');
    // Still on record and readable for the audit trail.
    expect((await ctx.app.inject({ url: saved.contentUrl, headers: ctx.auth('admin') })).statusCode).toBe(
      200,
    );
  });

  it('keeps an article’s files for its authors; other units neither add nor read them', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/kb/articles',
      headers: ctx.auth('D1-G1'),
      payload: { title: '供暖收费标准', content: '按建筑面积每平方米25元收取。', keywords: ['供暖费'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const articleId = created.json().id;
    const url = `/api/kb/articles/${articleId}/attachments`;
    const saved = await upload('D1-G1', url, PDF, '收费文件.pdf');
    expect(saved.statusCode, saved.body).toBe(201);
    expect((await upload('D2', url, PDF, 'x.pdf')).statusCode).toBe(403);
    expect((await upload('agent', url, PDF, 'x.pdf')).statusCode).toBe(403);
    expect((await ctx.app.inject({ url, headers: ctx.auth('reviewer') })).json().items).toHaveLength(1);
    expect((await ctx.app.inject({ url: saved.json().contentUrl, headers: ctx.auth('D2') })).statusCode).toBe(
      404,
    );
  });
});
