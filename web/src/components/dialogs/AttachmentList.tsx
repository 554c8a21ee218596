import { List, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { formatTime } from '../format.ts';
import { formatBytes, useAttachments, type AttachmentView } from './attachments-api.ts';
import { useDialogText } from './text.ts';

/**
 * A ticket's (or an article's) files with their download links (`contentUrl`, read with the same session).
 * Reusable anywhere a ticket is shown: `<AttachmentList ticketId={ticket.id} />`, an article:
 * `<AttachmentList articleId={article.id} />`. Withdrawn files stay listed, struck through.
 */
export function AttachmentList({
  ticketId,
  articleId,
  emptyText,
}: { emptyText?: string } & (
  { ticketId: number; articleId?: never } | { articleId: number; ticketId?: never }
)) {
  const t = useDialogText();
  const list = useAttachments(
    articleId === undefined ? { kind: 'ticket', id: ticketId! } : { kind: 'kbArticle', id: articleId },
  );
  if (list.isLoading) return null;
  const items = list.data?.items ?? [];
  if (items.length === 0)
    return <Typography.Text type="secondary">{emptyText ?? t('noAttachments')}</Typography.Text>;
  return <AttachmentItems items={items} />;
}

export function AttachmentItems({ items }: { items: readonly AttachmentView[] }) {
  const t = useDialogText();
  return (
    <List
      size="small"
      split={false}
      dataSource={[...items]}
      aria-label={t('attachments')}
      renderItem={(item) => {
        const withdrawn = item.withdrawnAt !== null;
        return (
          <List.Item style={{ padding: '2px 0' }}>
            <span style={{ display: 'flex', gap: 6, alignItems: 'baseline', minWidth: 0, width: '100%' }}>
              <PaperClipOutlined style={{ color: '#8c8c8c' }} />
              <a
                href={item.contentUrl}
                target="_blank"
                rel="noreferrer"
                style={{
                  textDecoration: withdrawn ? 'line-through' : undefined,
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                }}
                title={item.note ?? item.fileName}
              >
                {item.fileName}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {formatBytes(item.sizeBytes)} ·{' '}
                {t('uploadedBy', { who: item.uploadedBy, at: formatTime(item.uploadedAt).slice(5) })}
                {withdrawn ? ` · ${t('withdrawn')}` : ''}
              </Typography.Text>
            </span>
          </List.Item>
        );
      }}
    />
  );
}
