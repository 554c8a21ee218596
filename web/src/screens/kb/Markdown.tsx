import { createElement, Fragment, useMemo, type ReactNode } from 'react';
import MarkdownIt, { type Token } from 'markdown-it';

// An article's Markdown as React elements, built from markdown-it's token stream rather than from its HTML
// string: nothing is ever handed to innerHTML, so raw HTML in an article can only show as text (markdown-it with
// `html: false` turns it into text tokens) and no attribute reaches the page unless it is listed below.

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });

const TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  's',
  'a',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'br',
]);
/** Only these links open; markdown-it already refuses javascript:, vbscript:, file: and data: ones. */
const SAFE_HREF = /^(https?:|mailto:|tel:|\/|#)/i;

interface Node {
  tag: string;
  props: Record<string, unknown>;
  children: ReactNode[];
}

function propsOf(token: Token, key: number): Record<string, unknown> {
  const props: Record<string, unknown> = { key };
  const href = token.attrGet('href');
  if (token.tag === 'a' && href && SAFE_HREF.test(href)) {
    props.href = href;
    props.target = '_blank';
    props.rel = 'noopener noreferrer';
  }
  const start = token.attrGet('start');
  if (token.tag === 'ol' && start && /^\d+$/.test(start)) props.start = Number(start);
  const align = /text-align:(left|right|center)/.exec(token.attrGet('style') ?? '')?.[1];
  if (align) props.style = { textAlign: align };
  return props;
}

function render(tokens: Token[]): ReactNode[] {
  const root: Node = { tag: '', props: {}, children: [] };
  const stack: Node[] = [root];
  tokens.forEach((token, key) => {
    const parent = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      const node = {
        tag: TAGS.has(token.tag) ? token.tag : 'span',
        props: propsOf(token, key),
        children: [],
      };
      stack.push(node);
      return;
    }
    if (token.nesting === -1) {
      const node = stack.pop()!;
      stack[stack.length - 1]!.children.push(createElement(node.tag, node.props, ...node.children));
      return;
    }
    parent.children.push(leaf(token, key));
  });
  return root.children;
}

function leaf(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'inline':
      return createElement(Fragment, { key }, ...render(token.children ?? []));
    case 'text':
    case 'html_inline':
    case 'html_block':
      return token.content;
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return createElement('br', { key });
    case 'code_inline':
      return createElement('code', { key }, token.content);
    case 'fence':
    case 'code_block':
      return createElement('pre', { key }, createElement('code', null, token.content));
    case 'hr':
      return createElement('hr', { key });
    case 'image':
      // Pictures belong in the article's attachments; a remote image would tell its host who reads what.
      return `[${token.content || token.attrGet('src') || ''}]`;
    default:
      return token.content;
  }
}

export function Markdown({ source }: { source: string }) {
  const nodes = useMemo(() => render(md.parse(source, {})), [source]);
  return <div className="kb-markdown">{nodes}</div>;
}
