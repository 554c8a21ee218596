import { escapeHtml, normalizeText } from './text.ts';

// Highlights mark the matched words in the article's own text. Words are found in the normalised text
// (traditional and full-width forms folded); normalisation keeps the length in all but rare cases, and then
// positions carry over to the original; otherwise the normalised text is shown.

/** Characters of body text around the best match. */
export const SNIPPET_LENGTH = 80;
/** How much of the snippet comes before its first match. */
const LEAD = 12;

interface Span {
  start: number;
  end: number;
}

export function highlightTitle(title: string, words: readonly string[]): string {
  const { shown, searchable } = comparable(title);
  return marked(shown, matches(searchable, words), 0, shown.length);
}

export function snippetOf(body: string, words: readonly string[]): string {
  const { shown, searchable } = comparable(body.replace(/\s+/g, ' ').trim());
  const spans = matches(searchable, words);
  let start = 0;
  if (spans.length > 0) {
    // The window holding the most distinct matched words wins; the earliest such one.
    let bestScore = -1;
    for (const span of spans) {
      const from = Math.max(0, span.start - LEAD);
      const inside = spans.filter((s) => s.start >= from && s.end <= from + SNIPPET_LENGTH);
      const score = new Set(inside.map((s) => searchable.slice(s.start, s.end))).size * 100 + inside.length;
      if (score > bestScore) {
        bestScore = score;
        start = from;
      }
    }
  }
  const end = Math.min(shown.length, start + SNIPPET_LENGTH);
  start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
  const inside = spans.filter((s) => s.start >= start && s.end <= end);
  return `${start > 0 ? '…' : ''}${marked(shown, inside, start, end)}${end < shown.length ? '…' : ''}`;
}

function comparable(text: string): { shown: string; searchable: string } {
  const searchable = normalizeText(text);
  return { shown: searchable.length === text.length ? text : searchable, searchable };
}

/** Every occurrence of the words, longest words first, without overlaps, in text order. */
function matches(text: string, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  for (const word of [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (taken.slice(at, at + word.length).some(Boolean)) continue;
      taken.fill(true, at, at + word.length);
      spans.push({ start: at, end: at + word.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The text between from and to, HTML-escaped, with <mark> around the spans; adjacent spans share one mark. */
function marked(text: string, spans: readonly Span[], from: number, to: number): string {
  let html = '';
  let at = from;
  let open = false;
  for (const span of spans) {
    if (span.start < at) continue;
    if (open && span.start > at) {
      html += '</mark>';
      open = false;
    }
    html += escapeHtml(text.slice(at, span.start));
    if (!open) html += '<mark>';
    open = true;
    html += escapeHtml(text.slice(span.start, span.end));
    at = span.end;
  }
  if (open) html += '</mark>';
  return html + escapeHtml(text.slice(at, to));
}
