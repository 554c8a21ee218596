import { describe, expect, it } from 'vitest';
import { highlightTitle, SNIPPET_LENGTH, snippetOf } from './highlight.ts';

describe('highlights', () => {
  it('mark matched words in the title and escape the rest', () => {
    expect(highlightTitle('供暖费<试行>&说明', ['供暖费'])).toBe('<mark>供暖费</mark>&lt;试行&gt;&amp;说明');
  });

  it('mark the original characters of a traditional or full-width title', () => {
    expect(highlightTitle('醫保卡掛失', ['医保卡'])).toBe('<mark>醫保卡</mark>掛失');
    expect(highlightTitle('室温低于18℃怎么办', ['室温'])).toBe('<mark>室温</mark>低于18℃怎么办');
  });

  it('join adjacent words into one mark and prefer the longest word', () => {
    expect(highlightTitle('住房公积金提取', ['公积金', '住房公积金', '提取'])).toBe(
      '<mark>住房公积金提取</mark>',
    );
  });

  it('cut a snippet of about 80 characters around the best match', () => {
    const body = `${'前言'.repeat(60)}办理异地就医备案后可直接结算${'后记'.repeat(60)}`;
    const snippet = snippetOf(body, ['异地就医', '备案']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>异地就医备案</mark>');
    expect(snippet.replace(/<\/?mark>|…/g, '').length).toBe(SNIPPET_LENGTH);
  });

  it('start at the beginning when nothing matches the body', () => {
    expect(snippetOf('短正文。', ['供暖'])).toBe('短正文。');
  });
});
