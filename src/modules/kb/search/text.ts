import * as OpenCC from 'opencc-js';

// Callers type traditional characters (醫保), full-width letters and digits (１２３４５) and mixed case; articles
// are stored as units wrote them. Index and query pass through the same normalisation so that they meet.

let toSimplified: ((text: string) => string) | undefined;

/** OpenCC's generic traditional → mainland simplified conversion (t2s), built on first use. */
function simplify(text: string): string {
  const convert = (toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

/** NFKC (full-width forms, compatibility characters), traditional → simplified, lower case. */
export function normalizeText(text: string): string {
  return simplify(text.normalize('NFKC')).toLowerCase();
}

const BLOCK_TAGS = /<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|article|pre)\b[^>]*>/gi;
const DROPPED_ELEMENTS = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * The readable text of an article body. Bodies are sanitised before storage (HTML) or written as Markdown or
 * plain text, so a small tag stripper suffices: block tags become line breaks, other tags vanish, entities
 * decode, and Markdown's link targets and emphasis marks go (a URL is not something a caller says).
 */
export function plainTextOf(body: string): string {
  const withoutTags = body
    .replace(DROPPED_ELEMENTS, ' ')
    .replace(BLOCK_TAGS, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
  const withoutMarkdown = withoutTags
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)/gm, '')
    .replace(/(\*\*|__|`+|~~)/g, '');
  return withoutMarkdown
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[name.toLowerCase()];
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const HAN = /\p{Script=Han}/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}
