import { escapeHtml, normalizeText } from './text.ts';

// Highlights mark the matched words in the article's own text. Words are found in the normalised text
// (traditional and full-width forms folded, ℃ spelt °c) and marked at the same place in the original, which is
// what is shown: each original character is normalised on its own so that positions map back.

/** Characters of body text around the best match. */
export const SNIPPET_LENGTH = 80;
/** How much of the snippet comes before its first match. */
const LEAD = 12;

interface Span {
  start: number;
  end: number;
  word: string;
}

export function highlightTitle(title: string, words: readonly string[]): string {
  return marked(title, matches(title, words), 0, title.length);
}

export function snippetOf(body: string, words: readonly string[]): string {
  const text = body.replace(/\s+/g, ' ').trim();
  const spans = matches(text, words);
  let start = 0;
  let bestScore = -1;
  // The window holding the most distinct matched words wins; the earliest such one.
  for (const span of spans) {
    const from = Math.max(0, span.start - LEAD);
    const inside = spans.filter((s) => s.start >= from && s.end <= from + SNIPPET_LENGTH);
    const score = new Set(inside.map((s) => s.word)).size * 100 + inside.length;
    if (score > bestScore) {
      bestScore = score;
      start = from;
    }
  }
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
  const inside = spans.filter((s) => s.start >= start && s.end <= end);
  return `${start > 0 ? '…' : ''}${marked(text, inside, start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * The text normalised for matching, with, for each of its positions, where the original character it came
 * from starts and ends. If traditional → simplified conversion changed the length (a rare phrase rule), the
 * positions are approximate and marks are dropped rather than misplaced.
 */
function searchable(text: string): { folded: string; from: number[]; to: number[] } | null {
  const from: number[] = [];
  const to: number[] = [];
  let compatible = '';
  let at = 0;
  for (const char of text) {
    const folded = char.normalize('NFKC');
    for (let i = 0; i < folded.length; i++) {
      from.push(at);
      to.push(at + char.length);
    }
    compatible += folded;
    at += char.length;
  }
  const folded = normalizeText(compatible);
  return folded.length === compatible.length ? { folded, from, to } : null;
}

/** Every occurrence of the words in original coordinates, longest words first, without overlaps, in order. */
function matches(text: string, words: readonly string[]): Span[] {
  const map = searchable(text);
  if (!map) return [];
  const spans: Span[] = [];
  const taken = new Array<boolean>(map.folded.length).fill(false);
  for (const word of [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length)) {
    for (let at = map.folded.indexOf(word); at >= 0; at = map.folded.indexOf(word, at + word.length)) {
      if (taken.slice(at, at + word.length).some(Boolean)) continue;
      taken.fill(true, at, at + word.length);
      spans.push({ start: map.from[at] ?? 0, end: map.to[at + word.length - 1] ?? 0, word });
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
