import { Typography } from 'antd';
import { AttachmentList } from '../../components/dialogs/AttachmentList.tsx';
import { AttachmentUpload } from '../../components/dialogs/AttachmentUpload.tsx';
import { useAttachments } from '../../components/dialogs/attachments-api.ts';

/**
 * An article's files (forms to fill, notices, maps): listed for every reader, added by whoever may edit it — the
 * server decides that by the article's workflow, the button only follows `abilities.edit`.
 */
export function ArticleFiles({ id, title, canEdit }: { id: number; title: string; canEdit: boolean }) {
  const list = useAttachments({ kind: 'kbArticle', id });
  return (
    <section aria-label={title}>
      <Typography.Text strong>{title}</Typography.Text>
      <div style={{ marginTop: 4 }}>
        <AttachmentList articleId={id} />
      </div>
      {canEdit ? (
        <div style={{ marginTop: 6 }}>
          <AttachmentUpload
            owner={{ kind: 'kbArticle', id }}
            list={list.data}
            onBusyChange={() => undefined}
          />
        </div>
      ) : null}
    </section>
  );
}
