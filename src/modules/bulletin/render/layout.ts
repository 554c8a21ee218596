import type { Bulletin, BulletinTable, ChartSpec } from '../../../contracts/bulletin-document.ts';

// The bulletin as a flat sequence of blocks in reading order. HTML, DOCX and PDF draw the same
// blocks, so the three documents cannot drift apart in content or order.

export type Block =
  /** The title broken into lines by meaning (GB/T 9704-2012 §7.3.1: 回行时，要做到词意完整，排列对称) */
  | { kind: 'title'; lines: string[] }
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

/** 2号 (22 pt) characters in the 156 mm 版心 (442 pt): 20 a line. */
export const TITLE_LINE_EM = 20;
/** Characters that close a phrase in a notice title: an organ or place (平台, 中心, 市, 局) or a particle. */
const PHRASE_ENDINGS = new Set([
  '台',
  '心',
  '局',
  '委',
  '府',
  '市',
  '县',
  '区',
  '于',
  '的',
  '况',
  '度',
  '份',
]);
/** Cost, in em of imbalance, of breaking after a character that does not close a phrase. */
const MID_PHRASE_COST = 6;

/**
 * Breaks a long title into two lines of similar width, preferring a break after a phrase ending and
 * never inside a run of digits or Latin letters (1-4, 12345). Titles up to one line stay whole; titles
 * longer than two lines are left to the renderer's own wrapping.
 */
export function splitTitle(title: string): string[] {
  const characters = Array.from(title);
  const total = widthInEm(title);
  if (total <= TITLE_LINE_EM || total > 2 * TITLE_LINE_EM) return [title];
  const isNarrow = (character: string | undefined): boolean =>
    character !== undefined && (character.codePointAt(0) ?? 0) < 0x2e80;
  let best: { index: number; cost: number } | null = null;
  let left = 0;
  for (let index = 1; index < characters.length; index += 1) {
    const previous = characters[index - 1] ?? '';
    left += widthInEm(previous);
    if (isNarrow(previous) && isNarrow(characters[index])) continue;
    if (left > TITLE_LINE_EM || total - left > TITLE_LINE_EM) continue;
    const cost = Math.abs(total - 2 * left) + (PHRASE_ENDINGS.has(previous) ? 0 : MID_PHRASE_COST);
    if (best === null || cost < best.cost) best = { index, cost };
  }
  if (best === null) return [title];
  return [characters.slice(0, best.index).join(''), characters.slice(best.index).join('')];
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
    { kind: 'title', lines: splitTitle(bulletin.title) },
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
 * Width of a line in em without measuring fonts: full-width (CJK) characters count 1, others `narrowEm`
 * (½ for the half-width digits of Chinese fonts and Times New Roman).
 */
export function widthInEm(text: string, narrowEm = 0.5): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) < 0x2e80 ? narrowEm : 1;
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
