import type { Bulletin } from '../../../contracts/bulletin-document.ts';

// The rendering folder's surface: one bulletin, every output format of DESIGN §6. Each renderer (docx, pdfkit,
// exceljs, echarts and a CJK font) is loaded the first time its format is asked for, not when the server starts.

export const BULLETIN_FORMATS = ['json', 'html', 'docx', 'xlsx', 'pdf'] as const;
export type BulletinFormat = (typeof BULLETIN_FORMATS)[number];

export interface RenderedBulletin {
  body: Buffer;
  contentType: string;
  /** File extension without the dot, for Content-Disposition and saved files */
  extension: string;
}

/** The bulletin in the requested format; JSON is the bulletin data itself. */
export async function renderBulletin(bulletin: Bulletin, format: BulletinFormat): Promise<RenderedBulletin> {
  switch (format) {
    case 'json':
      return {
        body: Buffer.from(`${JSON.stringify(bulletin, null, 2)}\n`, 'utf8'),
        contentType: 'application/json; charset=utf-8',
        extension: 'json',
      };
    case 'html':
      return {
        body: Buffer.from((await import('./html.ts')).renderHtml(bulletin), 'utf8'),
        contentType: 'text/html; charset=utf-8',
        extension: 'html',
      };
    case 'docx':
      return {
        body: await (await import('./docx.ts')).renderDocx(bulletin),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    case 'xlsx':
      return {
        body: await (await import('./xlsx.ts')).renderXlsx(bulletin),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    case 'pdf':
      return {
        body: await (await import('./pdf.ts')).renderPdf(bulletin),
        contentType: 'application/pdf',
        extension: 'pdf',
      };
  }
}
