import { useMemo, type CSSProperties } from 'react';
import { Tag, TreeSelect } from 'antd';
import { useCategories, type Category } from '../../api/reference.ts';
import type { KbShownStatus } from '../../api/kb.ts';
import { useLang } from '../../i18n/index.tsx';

// Small pieces the knowledge-base screens share.

const STATUS: Record<KbShownStatus, { 'zh-CN': string; en: string; color: string }> = {
  draft: { 'zh-CN': '草稿', en: 'Draft', color: 'default' },
  pendingReview: { 'zh-CN': '待审核', en: 'Pending review', color: 'processing' },
  published: { 'zh-CN': '已发布', en: 'Published', color: 'success' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn', color: 'default' },
  expired: { 'zh-CN': '已失效', en: 'Expired', color: 'warning' },
};
export const KB_STATUS_CODES = ['published', 'pendingReview', 'draft', 'withdrawn'] as const;

export function useStatusLabel(): (status: KbShownStatus) => string {
  const { lang } = useLang();
  return (status) => STATUS[status][lang];
}

export function StatusTag({ status }: { status: KbShownStatus }) {
  const label = useStatusLabel();
  return (
    <Tag color={STATUS[status].color} style={{ marginInlineEnd: 0 }}>
      {label(status)}
    </Tag>
  );
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

/**
 * A search highlight (HTML-escaped text with the matched words in <mark>) as elements: the marks become <mark>,
 * everything else is decoded and shown as text, so nothing of an article is ever parsed as HTML.
 */
export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {html.split(/(<mark>.*?<\/mark>)/g).map((part, index) =>
        part.startsWith('<mark>') ? (
          <mark key={index} style={{ background: '#fff1b8', padding: 0 }}>
            {decode(part.slice(6, -7))}
          </mark>
        ) : (
          decode(part)
        ),
      )}
    </>
  );
}

interface CategoryNode {
  value: string;
  title: string;
  search: string;
  children?: CategoryNode[];
}

function categoryTree(categories: readonly Category[]): CategoryNode[] {
  const byParent = new Map<string | null, Category[]>();
  for (const category of categories) {
    if (!category.active) continue;
    byParent.set(category.parentCode, [...(byParent.get(category.parentCode) ?? []), category]);
  }
  const build = (parent: string | null): CategoryNode[] =>
    (byParent.get(parent) ?? []).map((category) => {
      const children = build(category.code);
      return {
        value: category.code,
        title: category.name,
        search: `${category.path} ${category.aliases.join(' ')} ${category.code}`,
        ...(children.length ? { children } : {}),
      };
    });
  return build(null);
}

/** The category code list as a searchable tree (by name, alias or code); any level may be chosen. */
export function CategoryPicker(props: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const { categories, isLoading } = useCategories();
  const tree = useMemo(() => categoryTree(categories), [categories]);
  return (
    <TreeSelect
      id={props.id}
      value={props.value ?? undefined}
      onChange={(value) => props.onChange?.((value as string | undefined) ?? null)}
      treeData={tree}
      loading={isLoading}
      showSearch={{ treeNodeFilterProp: 'search' }}
      allowClear
      placeholder={props.placeholder}
      style={props.style}
      popupMatchSelectWidth={320}
    />
  );
}
