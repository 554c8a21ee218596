import type { Bulletin } from '../bulletin.schema.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { renderPdf } from './pdf.ts';
import { renderXlsx } from './xlsx.ts';

// The rendering folder's surface: one bulletin, every output format of DESIGN §6.

export { renderChartPng, renderChartSvg } from './charts.ts';
export { renderDocx } from './docx.ts';
export { cjkFontFile } from './fonts.ts';
export { formatPercent, formatScore, formatWan } from './format.ts';
export { renderHtml } from './html.ts';
export { renderPdf } from './pdf.ts';
export { renderXlsx } from './xlsx.ts';

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
        body: Buffer.from(renderHtml(bulletin), 'utf8'),
        contentType: 'text/html; charset=utf-8',
        extension: 'html',
      };
    case 'docx':
      return {
        body: await renderDocx(bulletin),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    case 'xlsx':
      return {
        body: await renderXlsx(bulletin),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    case 'pdf':
      return { body: await renderPdf(bulletin), contentType: 'application/pdf', extension: 'pdf' };
  }
}
