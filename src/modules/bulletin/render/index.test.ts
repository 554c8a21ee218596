import { describe, expect, it } from 'vitest';
import { Bulletin } from '../../../contracts/bulletin-document.ts';
import { referenceBulletin } from './fixtures/reference-bulletin.ts';
import { BULLETIN_FORMATS, renderBulletin } from './index.ts';

describe('renderBulletin', () => {
  it('renders every format with its content type and extension', async () => {
    const results = await Promise.all(
      BULLETIN_FORMATS.map((format) => renderBulletin(referenceBulletin, format)),
    );
    expect(results.map(({ contentType, extension }) => [extension, contentType])).toEqual([
      ['json', 'application/json; charset=utf-8'],
      ['html', 'text/html; charset=utf-8'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['pdf', 'application/pdf'],
    ]);
    const magic = results.map(({ body }) => body.subarray(0, 4).toString('latin1'));
    expect(magic).toEqual(['{\n  ', '<!do', 'PK\u0003\u0004', 'PK\u0003\u0004', '%PDF']);
  });

  it('gives the bulletin data itself as JSON', async () => {
    const { body } = await renderBulletin(referenceBulletin, 'json');
    expect(Bulletin.parse(JSON.parse(body.toString('utf8')))).toEqual(referenceBulletin);
  });
});
