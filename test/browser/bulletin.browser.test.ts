import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { formatLocalTime, parseLocalTime } from '../../src/domain/time.ts';
import { SYSTEM, type TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;
let ticketNumber = '';
const WAIT = { timeout: 30_000 };
/** Where the downloaded documents are opened; removed afterwards. */
const scratch = mkdtempSync(join(tmpdir(), 'hotline-bulletin-'));

/** The screen opens on the last whole month: the tickets are registered on its second day. */
function lastMonthSecondDay(): { at: Date; month: number } {
  const now = new Date(Date.now() + 8 * 3600_000); // Asia/Shanghai wall clock
  const year = now.getUTCMonth() === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const month = now.getUTCMonth() === 0 ? 12 : now.getUTCMonth();
  return { at: parseLocalTime(`${year}-${String(month).padStart(2, '0')}-02 10:00:00`), month };
}
const { at: SEEDED_AT, month: MONTH } = lastMonthSecondDay();
const HEADING = `关于测试市12345政务服务便民热线平台${MONTH}月份诉求办理情况的通报`;

async function seed(ctx: TestContext) {
  const now = ctx.clock.now();
  ctx.clock.set(SEEDED_AT);
  const id = await makeTicket(ctx, 'completed');
  await makeTicket(ctx, 'completed');
  await makeTicket(ctx, 'inProgress');
  await makeTicket(ctx, 'answered', { appealType: 'consult' });
  ticketNumber = (await ctx.services.ticketQueries.getTicket(SYSTEM, id)).number;
  ctx.clock.set(now);
}

/** A PDF literal string (pdfkit writes the document information uncompressed), decoded from UTF-16BE. */
function pdfInfo(pdf: Buffer, key: string): string | null {
  const text = pdf.toString('latin1');
  // The entry holds the string itself or refers to an object holding it: `/Title 33 0 R` … `33 0 obj (…)`.
  const entry = new RegExp(`/${key} (?:\\(|(\\d+) 0 R)`).exec(text);
  if (!entry) return null;
  const start = entry[1]
    ? text.indexOf(`\n${entry[1]} 0 obj\n(`) + `\n${entry[1]} 0 obj\n(`.length
    : entry.index + entry[0].length;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let i = start; i < pdf.length; i += 1) {
    const c = pdf[i]!;
    if (c === 0x29) break;
    if (c !== 0x5c) {
      bytes.push(c);
      continue;
    }
    const next = String.fromCharCode(pdf[++i]!);
    if (/[0-7]/.test(next)) {
      const octal = pdf
        .subarray(i, i + 3)
        .toString('latin1')
        .match(/^[0-7]{1,3}/)![0];
      bytes.push(parseInt(octal, 8));
      i += octal.length - 1;
    } else bytes.push(escapes[next] ?? next.charCodeAt(0));
  }
  const raw = Buffer.from(bytes);
  return raw[0] === 0xfe && raw[1] === 0xff
    ? raw.subarray(2).swap16().toString('utf16le')
    : raw.toString('latin1');
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ bytes: Buffer; name: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download', WAIT), click()])) as [Download, void];
  const path = await download.path();
  return { bytes: readFileSync(path), name: download.suggestedFilename() };
}

function checkDocx(bytes: Buffer, path: string) {
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml']).toString('utf8');
  // The title is printed on two centred lines; the first section heading is a known Chinese heading.
  for (const text of [
    '关于测试市12345政务服务便民热线平台',
    `${MONTH}月份诉求办理情况的通报`,
    '一、总体情况',
  ])
    expect(xml.includes(text), text).toBe(true);
}

function checkPdf(bytes: Buffer) {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfInfo(bytes, 'Title')).toBe(HEADING);
  const pages = bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(bytes.length).toBeGreaterThan(10_000);
}

describeInBrowser('the bulletin screen', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  }, 120_000);
  afterAll(async () => {
    await h.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('previews the bulletin as the document reads, with an edited 典型件, and downloads DOCX and PDF that open', async () => {
    const page = await h.login('supervisor');
    await page.goto('/bulletin');
    const frame = page.frameLocator('iframe[title="通报预览"]').first();
    await frame.getByText(HEADING).waitFor(WAIT);
    await expect.poll(() => frame.getByText('一、总体情况').count(), WAIT).toBeGreaterThan(0);

    await page.getByLabel('输入工单编号添加典型件').fill(ticketNumber);
    await page.getByRole('button', { name: '添加' }).click();
    const title = page.getByLabel('标题 1');
    await expect.poll(() => title.inputValue(), WAIT).toContain('幸福小区室温不达标');
    await title.fill('东区供暖室温问题当日解决');
    await page
      .getByLabel('正文 1')
      .fill('群众反映幸福小区室温不达标，东区当日协调供暖公司解决，群众致电表示感谢。');
    await page.getByText('参数或典型件已修改，预览尚未刷新').waitFor(WAIT);
    await page.getByRole('button', { name: '刷新预览' }).click();
    await frame.getByText('三、群众好评典型件').first().waitFor(WAIT);
    await frame
      .getByText(/东区供暖室温问题当日解决/)
      .first()
      .waitFor(WAIT);
    await h.screenshot(page, 'bulletin-preview');

    const docx = await downloaded(page, () => page.getByRole('button', { name: 'DOCX' }).click());
    const docxPath = join(scratch, 'draft.docx');
    writeFileSync(docxPath, docx.bytes);
    checkDocx(docx.bytes, docxPath);
    expect(docx.name).toBe(`${HEADING}.docx`);
    // The draft carries the wording as edited here, not the ticket's default.
    const draftXml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml']).toString('utf8');
    expect(draftXml.includes('东区供暖室温问题当日解决')).toBe(true);
    const pdf = await downloaded(page, () => page.getByRole('button', { name: 'PDF' }).click());
    checkPdf(pdf.bytes);

    // Issued, the bulletin prints the edited wording: its DOCX from the history says so.
    await page.getByRole('button', { name: '出具通报' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText(/已出具通报（第 \d+ 号）/).waitFor(WAIT);
    const row = page.getByRole('row', { name: new RegExp(HEADING) }).first();
    const issued = await downloaded(page, () => row.getByRole('button', { name: /DOCX/ }).click());
    const issuedPath = join(scratch, 'edited.docx');
    writeFileSync(issuedPath, issued.bytes);
    const xml = execFileSync('unzip', ['-p', issuedPath, 'word/document.xml']).toString('utf8');
    expect(xml.includes('东区供暖室温问题当日解决')).toBe(true);
  });

  it('issues the bulletin and reproduces it from the history, downloads included', async () => {
    const page = await h.login('supervisor');
    await page.goto('/bulletin');
    await page.frameLocator('iframe[title="通报预览"]').first().getByText(HEADING).waitFor(WAIT);
    await page.getByRole('button', { name: '出具通报' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText(/已出具通报（第 \d+ 号）/).waitFor(WAIT);
    const row = page.getByRole('row', { name: new RegExp(HEADING) }).first();
    await row.waitFor(WAIT);
    const yesterdayEnd = formatLocalTime(
      new Date(parseLocalTime(`${formatLocalTime(new Date()).slice(0, 10)} 00:00:00`).getTime() - 1000),
    ).slice(0, 16);
    await expect.poll(() => row.textContent(), WAIT).toContain(yesterdayEnd);
    await expect.poll(() => row.textContent(), WAIT).toContain('panjin-2023 第1版');
    await h.screenshot(page, 'bulletin-history');

    const docx = await downloaded(page, () => row.getByRole('button', { name: /DOCX/ }).click());
    const docxPath = join(scratch, 'issued.docx');
    writeFileSync(docxPath, docx.bytes);
    checkDocx(docx.bytes, docxPath);
    checkPdf((await downloaded(page, () => row.getByRole('button', { name: /PDF/ }).click())).bytes);

    await row.getByRole('button', { name: '重现' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.frameLocator('iframe').getByText(HEADING).waitFor(WAIT);
  });

  it('is not offered to a unit', async () => {
    const page = await h.login('D1');
    await page.goto('/bulletin');
    await page.getByText('无权查看', { exact: true }).waitFor(WAIT);
  });
});
