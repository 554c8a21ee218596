import { describe, expect, it } from 'vitest';
import { referenceBulletin } from './fixtures/reference-bulletin.ts';
import { renderPdf } from './pdf.ts';

describe('renderPdf', () => {
  it('writes an A4 PDF with both weights of the CJK font embedded', async () => {
    const pdf = await renderPdf(referenceBulletin);
    const bytes = pdf.toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    expect(bytes.trimEnd().endsWith('%%EOF')).toBe(true);
    // Embedded (subset) fonts: /BaseFont /ABCDEF+NotoSansHans-Regular, with a font program.
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Bold/);
    expect(bytes).toContain('/FontFile3');
    // Every page is A4 (595.28 × 841.89 pt), several pages, three chart images.
    const pages = bytes.match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const mediaBoxes = bytes.match(/\/MediaBox \[0 0 595\.28 841\.89\]/g) ?? [];
    expect(mediaBoxes).toHaveLength(pages.length);
    // RGBA PNGs become an image plus a soft mask each.
    const images = (bytes.match(/\/Subtype \/Image/g) ?? []).length;
    const masks = (bytes.match(/\/SMask \d+ 0 R/g) ?? []).length;
    expect(images - masks).toBe(3);
  });
});
