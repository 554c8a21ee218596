import { createRequire } from 'node:module';
import path from 'node:path';

// A fresh server has no CJK system font: resvg then draws no text at all and PDF viewers show boxes.
// The font ships with npm (@embedpdf/fonts-sc, Noto Sans Hans under the SIL OFL) and is loaded by path.

/** Family name inside the OTF files (name table), used to select the font in SVG and PDF. */
export const CJK_FONT_FAMILY = 'Noto Sans S Chinese';

const FONT_FILES = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
} as const;

let fontDirectory: string | undefined;

function resolveFontDirectory(): string {
  if (fontDirectory === undefined) {
    // The package exports only its index, not the font files: find the package through its entry
    // point (dist/index.cjs) and step up to fonts/.
    const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
    fontDirectory = path.resolve(path.dirname(entry), '..', 'fonts');
  }
  return fontDirectory;
}

/** Absolute path of the Noto Sans Hans OTF of that weight. */
export function cjkFontFile(weight: 'regular' | 'bold' = 'regular'): string {
  return path.join(resolveFontDirectory(), FONT_FILES[weight]);
}
