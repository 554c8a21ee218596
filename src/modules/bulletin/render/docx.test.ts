import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx.ts';
import { referenceBulletin } from './fixtures/reference-bulletin.ts';

describe('renderDocx', () => {
  let zip: JSZip;
  let document: string;

  beforeAll(async () => {
    const buffer = await renderDocx(referenceBulletin);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    zip = await JSZip.loadAsync(buffer);
    document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  });

  const read = async (path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';

  it('sets the title on two lines and the reference paragraphs word for word', () => {
    expect(document).toContain('关于盘锦市12345政务服务便民热线平台');
    expect(document).toContain('1-4月份诉求办理情况的通报');
    expect(document).toContain(referenceBulletin.headline.text);
    expect(document).toContain('（一）各地区办理情况。');
    expect(document).toContain('市自然资源局解决了20多年不动产证办理难问题。');
    expect(document).toContain('2023年6月9日');
  });

  it('is A4 with the GB/T 9704 margins in twips', () => {
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(document)?.[1] ?? '';
    // 37 mm, 35 mm, 28 mm, 26 mm
    expect(margins).toContain('w:top="2098"');
    expect(margins).toContain('w:bottom="1984"');
    expect(margins).toContain('w:left="1587"');
    expect(margins).toContain('w:right="1474"');
  });

  it('names the official fonts on every run, at their sizes', () => {
    expect(document).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/>(<[^>]*>)*<w:sz w:val="44"\/>/);
    expect(document).toContain('w:eastAsia="仿宋_GB2312"');
    expect(document).toContain('w:eastAsia="黑体"');
    expect(document).toContain('w:eastAsia="楷体_GB2312"');
    const runs = document.match(/<w:r>.*?<\/w:r>/g) ?? [];
    const textRuns = runs.filter((run) => run.includes('<w:t'));
    expect(textRuns.length).toBeGreaterThan(100);
    for (const run of textRuns) expect(run).toMatch(/w:eastAsia="[^"]+"/);
    // 3号 body on fixed 28.95 pt lines: 22 lines in the 225 mm 版心
    expect(document).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
  });

  it('lists substitutes for the official fonts in the font table', async () => {
    const fonts = await read('word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it('repeats table headers and embeds the three charts as PNG with their captions', async () => {
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(3);
    const pictures = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(pictures).toHaveLength(3);
    const first = await zip.file(pictures[0] ?? '')?.async('nodebuffer');
    expect(first?.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(document).toContain('满意率排名前十的市直部门（诉求量100件以上）');
  });

  it('numbers pages “— n —” in 宋体, odd pages right and even pages left', async () => {
    expect(await read('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map((name) => read(name)),
    );
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('— ');
      expect(footer).toContain('w:eastAsia="宋体"');
    }
    expect(footers.map((footer) => /<w:jc w:val="(\w+)"/.exec(footer)?.[1]).sort()).toEqual([
      'left',
      'right',
    ]);
  });
});
