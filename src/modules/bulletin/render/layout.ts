import type { Bulletin, BulletinTable, ChartSpec } from '../bulletin.schema.ts';

// The bulletin as a flat sequence of blocks in reading order. HTML, DOCX and PDF draw the same
// blocks, so the three documents cannot drift apart in content or order.

export type Block =
  | { kind: 'title'; text: string }
  /** 一、总体情况 — first-level heading on its own line (黑体) */
  | { kind: 'heading'; text: string }
  /** Body paragraph; `runIn` is a second-level heading printed at its start (楷体), as the reference does */
  | { kind: 'paragraph'; runIn: string | null; text: string }
  | { kind: 'tableCaption'; text: string }
  | { kind: 'table'; table: BulletinTable }
  /** A chart with its caption beneath */
  | { kind: 'chart'; chart: ChartSpec }
  /** 发文机关署名 and 成文日期 at the end (GB/T 9704-2012 §7.3.5) */
  | { kind: 'signature'; organ: string; date: string };

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三: heading numerals up to 99. */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** '2023-06-09' → '2023年6月9日': 成文日期 in Arabic numerals without leading zeros (GB/T 9704-2012 §7.3.5.1). */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

function highlightBlocks(bulletin: Bulletin): Block[] {
  if (bulletin.highlights.length === 0) return [];
  const heading = `${chineseOrdinal(bulletin.sections.length + 1)}、群众好评典型件`;
  const single = bulletin.highlights.length === 1;
  return [
    { kind: 'heading', text: heading },
    ...bulletin.highlights.map((highlight, index): Block =>
      // One case reads as the reference prints it, its title leading the paragraph; several are numbered.
      single
        ? { kind: 'paragraph', runIn: null, text: `${highlight.title}${highlight.text}` }
        : {
            kind: 'paragraph',
            runIn: `（${chineseOrdinal(index + 1)}）${highlight.title}`,
            text: highlight.text,
          },
    ),
  ];
}

/** The bulletin in reading order: title, opening paragraph, sections, highlights, signature. */
export function layoutBulletin(bulletin: Bulletin): Block[] {
  const blocks: Block[] = [
    { kind: 'title', text: bulletin.title },
    { kind: 'paragraph', runIn: null, text: bulletin.headline.text },
  ];
  for (const section of bulletin.sections) {
    blocks.push({ kind: 'heading', text: section.heading });
    for (const part of section.parts) {
      const [first, ...rest] = part.paragraphs;
      if (part.heading !== null) blocks.push({ kind: 'paragraph', runIn: part.heading, text: first ?? '' });
      else if (first !== undefined) blocks.push({ kind: 'paragraph', runIn: null, text: first });
      for (const text of rest) blocks.push({ kind: 'paragraph', runIn: null, text });
      if (part.table !== null) {
        if (part.table.caption !== null) blocks.push({ kind: 'tableCaption', text: part.table.caption });
        blocks.push({ kind: 'table', table: part.table });
      }
      for (const chart of part.charts) blocks.push({ kind: 'chart', chart });
    }
  }
  blocks.push(...highlightBlocks(bulletin));
  blocks.push({ kind: 'signature', organ: bulletin.centreName, date: chineseDate(bulletin.publishedOn) });
  return blocks;
}

/**
 * Width of a line in em (full-width characters count 1, digits and Latin ½), to centre 署名 over 日期
 * without measuring fonts.
 */
export function widthInEm(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/**
 * Right indents in em of 署名 and 日期 for an unsealed document (GB/T 9704-2012 §7.3.5.2): the longer
 * line sits two characters from the right margin and the shorter is centred under or over it.
 */
export function signatureIndents(organ: string, date: string): { organ: number; date: number } {
  const organWidth = widthInEm(organ);
  const dateWidth = widthInEm(date);
  const longer = Math.max(organWidth, dateWidth);
  return { organ: 2 + (longer - organWidth) / 2, date: 2 + (longer - dateWidth) / 2 };
}
