// Fonts of a Chinese official document (GB/T 9704-2012 §7): the standard names them, and few readers
// have them all. Every run names the standard font for Chinese (eastAsia) and Times New Roman for digits
// and Latin (ascii, hAnsi), as official-document templates do: its narrow digits keep 100.00% on one line
// in a table cell. The font table tells Word what to substitute when a name is missing:
//
//   方正小标宋简体 → 宋体 (SimSun)      a Founder font few machines carry; 宋体 is on every Windows
//   仿宋_GB2312   → 仿宋 (FangSong)    Windows since Vista ships 仿宋_GB2312 renamed 仿宋; macOS has STFangsong
//   楷体_GB2312   → 楷体 (KaiTi)       likewise renamed; macOS has STKaiti
//   黑体          → SimHei             黑体 is SimHei's Chinese name; macOS has STHeiti
//   宋体          → SimSun             page numbers (4号半角宋体)
//
// Each entry also declares the GB2312 character set (charset 86), so that a consumer without the
// alternative still picks a Chinese font of the same family class rather than a Latin one.

export const DOCUMENT_FONTS = {
  /** 标题: 2号方正小标宋体字 (§7.3.1) */
  title: '方正小标宋简体',
  /** 正文: 3号仿宋体字 (§7.3.3) */
  body: '仿宋_GB2312',
  /** 一级标题 一、: 黑体 */
  heading: '黑体',
  /** 二级标题 （一）: 楷体 */
  subheading: '楷体_GB2312',
  /** 页码: 4号半角宋体 (§7.5) */
  pageNumber: '宋体',
} as const;

export type DocumentFont = (typeof DOCUMENT_FONTS)[keyof typeof DOCUMENT_FONTS];

interface FontTableEntry {
  name: DocumentFont;
  altName: string;
  /** ST_FontFamily: roman for serif-like 宋/仿宋/楷 faces, swiss for 黑体 */
  family: 'roman' | 'swiss';
}

const FONT_TABLE: readonly FontTableEntry[] = [
  { name: DOCUMENT_FONTS.title, altName: '宋体', family: 'roman' },
  { name: DOCUMENT_FONTS.body, altName: '仿宋', family: 'roman' },
  { name: DOCUMENT_FONTS.subheading, altName: '楷体', family: 'roman' },
  { name: DOCUMENT_FONTS.heading, altName: 'SimHei', family: 'swiss' },
  { name: DOCUMENT_FONTS.pageNumber, altName: 'SimSun', family: 'roman' },
];

/** word/fontTable.xml naming every font the document uses, with its substitute and character set. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (font) =>
      `<w:font w:name="${font.name}"><w:altName w:val="${font.altName}"/><w:charset w:val="86"/>` +
      `<w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${fonts}<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/>` +
    '<w:pitch w:val="variable"/></w:font></w:fonts>'
  );
}

/** Digits and Latin letters in running text and tables. */
export const LATIN_FONT = 'Times New Roman';

export interface RunFont {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
  hint: string;
}

/**
 * Run fonts: the Chinese font for East Asian text, `latin` for digits and Latin letters. Page numbers
 * pass their own 宋体, the standard's 半角宋体阿拉伯数字.
 */
export function runFont(name: DocumentFont, latin: string = LATIN_FONT): RunFont {
  return { ascii: latin, hAnsi: latin, eastAsia: name, cs: latin, hint: 'eastAsia' };
}
