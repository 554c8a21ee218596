// The FAQ's answers are Markdown and its highlights are HTML-escaped text with <mark>: the portal shows both as
// plain text (React text nodes only), so nothing in an article can become markup or script on a citizen's phone.

export interface TextPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** 'a <mark>b</mark> c' → [a ][b, marked][ c]; any other tag is dropped, its text kept. */
export function highlightParts(escaped: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let match = pattern.exec(escaped); match; match = pattern.exec(escaped)) {
    if (match.index > last) parts.push({ text: escaped.slice(last, match.index), marked: false });
    parts.push({ text: match[1] ?? '', marked: true });
    last = match.index + match[0].length;
  }
  if (last < escaped.length) parts.push({ text: escaped.slice(last), marked: false });
  return parts
    .map((part) => ({ ...part, text: unescapeHtml(part.text.replace(/<[^>]*>/g, '')) }))
    .filter((part) => part.text !== '');
}

/** Markdown read as text: headings' hashes, emphasis marks and link syntax removed; line breaks kept. */
export function plainMarkdown(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1（$2）')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
