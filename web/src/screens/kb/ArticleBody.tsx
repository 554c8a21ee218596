import { Descriptions, Space, Typography } from 'antd';
import type { KbArticle, KbRevision } from '../../api/kb.ts';
import { useCategories, useUnits } from '../../api/reference.ts';
import { formatTime } from '../../components/format.ts';
import { Markdown } from './Markdown.tsx';
import { StatusTag } from './parts.tsx';
import type { KbText } from './text.ts';

/** The revision a reader should see: the approved one while a newer working copy waits, else the working copy. */
export function liveRevision(article: KbArticle): KbRevision | undefined {
  const published = article.revisions.find((r) => r.version === article.publishedVersion);
  return published ?? latestRevision(article);
}

/**
 * The working copy: the newest revision. Revisions are numbered 1, 2, 3 as saved; the article's own `version`
 * is the optimistic lock, which workflow actions raise too, so the two numbers differ.
 */
export function latestRevision(article: KbArticle): KbRevision | undefined {
  return article.revisions.reduce<KbRevision | undefined>(
    (latest, revision) => (!latest || revision.version > latest.version ? revision : latest),
    undefined,
  );
}

/** One revision of an article: its facts and its Markdown, rendered without ever running HTML. */
export function ArticleBody(props: { t: KbText; article: KbArticle; revision: KbRevision | undefined }) {
  const { t, article } = props;
  const { byCode } = useUnits();
  const { categories } = useCategories();
  const shown = props.revision ?? {
    ...article,
    revisedAt: article.updatedAt,
  };
  const unitName = (code: string) => byCode.get(code)?.name ?? code;
  return (
    <div>
      <Space size={8} align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {shown.title}
        </Typography.Title>
        <StatusTag status={article.shownStatus} />
        <Typography.Text type="secondary">{article.number}</Typography.Text>
      </Space>
      <Descriptions
        size="small"
        column={3}
        style={{ marginTop: 8 }}
        items={[
          { key: 'unit', label: t('unit'), children: unitName(shown.unitCode) },
          {
            key: 'category',
            label: t('category'),
            children:
              categories.find((c) => c.code === shown.categoryCode)?.path ?? shown.categoryCode ?? '—',
          },
          {
            key: 'districts',
            label: t('district'),
            children: shown.districtCodes.length
              ? shown.districtCodes.map(unitName).join('、')
              : t('allCity'),
          },
          { key: 'effective', label: t('effectiveFrom'), children: shown.effectiveFrom ?? '—' },
          { key: 'expires', label: t('expiresOn'), children: shown.expiresOn ?? '—' },
          { key: 'review', label: t('reviewDueOn'), children: article.reviewDueOn ?? '—' },
          {
            key: 'keywords',
            label: t('keywords'),
            span: 2,
            children: shown.keywords.length ? shown.keywords.join('、') : '—',
          },
          { key: 'updated', label: t('updatedAt'), children: formatTime(shown.revisedAt) },
        ]}
      />
      <Typography style={{ marginTop: 8, lineHeight: 1.7 }}>
        <Markdown source={shown.content} />
      </Typography>
    </div>
  );
}
