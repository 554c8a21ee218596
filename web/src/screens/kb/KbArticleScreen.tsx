import { useState } from 'react';
import { Alert, Segmented, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useKbArticle } from '../../api/kb.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { ErrorPage, ForbiddenPage, LoadingBlock, NotFoundPage } from '../../app/StatusPages.tsx';
import { ArticleActions } from './ArticleActions.tsx';
import { ArticleBody, latestRevision } from './ArticleBody.tsx';
import { ArticleFiles } from './ArticleFiles.tsx';
import { RevisionsPanel, UsagePanel } from './RevisionsPanel.tsx';
import { useStatusLabel } from './parts.tsx';
import { useText } from './text.ts';

/**
 * `/kb/articles/:id`: one article as readers see it (the approved revision while a newer working copy waits
 * for review, with a switch to the working copy), the workflow actions its abilities allow, its revisions with
 * their differences, and how it served callers.
 */
export default function KbArticleScreen() {
  const t = useText();
  const id = Number(useParams().id) || null;
  const article = useKbArticle(id);
  const statusLabel = useStatusLabel();
  const [showWorking, setShowWorking] = useState(false);
  useShortcut({ keys: 'Alt+R', label: t('reload'), run: () => void article.refetch() });

  if (article.isLoading) return <LoadingBlock />;
  if (article.error instanceof ApiError && !article.data) {
    if (article.error.status === 403) return <ForbiddenPage detail={article.error.message} />;
    if (article.error.status === 404) return <NotFoundPage detail={article.error.message} />;
    return <ErrorPage detail={article.error.message} onRetry={() => void article.refetch()} />;
  }
  const data = article.data;
  if (!data) return null;
  const live = data.revisions.find((r) => r.version === data.publishedVersion);
  const working = latestRevision(data);
  const hasNewerWork = live !== undefined && working !== undefined && working.version !== live.version;
  const shown = hasNewerWork && !showWorking ? live : (working ?? live);

  return (
    <div style={{ padding: '8px 16px', display: 'flex', gap: 16, height: '100%', minHeight: 0 }}>
      <main style={{ flex: 1, minWidth: 0, overflowY: 'auto' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8, flexWrap: 'wrap' }}>
          <Link to="/kb">← {t('title')}</Link>
          <span style={{ flex: 1 }} />
          <ArticleActions t={t} article={data} />
        </div>
        {data.reviewComment && (data.status === 'draft' || data.status === 'withdrawn') ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={`${t('reviewComment')}：${data.reviewComment}`}
          />
        ) : null}
        {hasNewerWork ? (
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
            <Segmented
              size="small"
              value={showWorking ? 'working' : 'live'}
              onChange={(value) => setShowWorking(value === 'working')}
              options={[
                { value: 'live', label: t('liveVersion', { version: live.version }) },
                {
                  value: 'working',
                  label: t('workingCopy', { version: working.version, status: statusLabel(data.status) }),
                },
              ]}
            />
          </div>
        ) : null}
        <ArticleBody t={t} article={data} revision={shown} />
        {data.internalNote ? (
          <Alert type="info" style={{ marginTop: 12 }} title={`${t('internalNote')}：${data.internalNote}`} />
        ) : null}
      </main>
      <aside
        style={{
          width: 400,
          flex: '0 0 400px',
          display: 'flex',
          flexDirection: 'column',
          gap: 12,
          overflowY: 'auto',
          borderLeft: '1px solid #f0f0f0',
          paddingLeft: 12,
        }}
      >
        <UsagePanel t={t} id={data.id} />
        <ArticleFiles id={data.id} title={t('attachments')} canEdit={data.abilities.edit} />
        <RevisionsPanel t={t} article={data} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('compareHint')}
        </Typography.Text>
      </aside>
    </div>
  );
}
