import { Button, Descriptions, Drawer, Spin, Typography } from 'antd';
import { useArticle } from './desk-api.ts';
import type { DeskText } from './text.ts';

/** One article's approved words beside the form, so the agent can read it to the caller without leaving. */
export function ArticleDrawer(props: {
  t: DeskText;
  id: number | null;
  onClose(): void;
  onUse(article: { number: string; content: string }): void;
}) {
  const { t } = props;
  const article = useArticle(props.id);
  const data = article.data;
  return (
    <Drawer
      open={props.id !== null}
      onClose={props.onClose}
      size={520}
      mask={false}
      title={data ? data.title : ' '}
      extra={
        data ? (
          <Button type="primary" onClick={() => props.onUse(data)}>
            {t('useAnswer')}
          </Button>
        ) : null
      }
    >
      {article.isLoading ? <Spin /> : null}
      {data ? (
        <>
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'number', label: t('articleNumber'), children: data.number },
              { key: 'unit', label: t('articleUnit'), children: data.unitCode },
              ...(data.expiresOn
                ? [{ key: 'expires', label: t('articleExpires'), children: data.expiresOn }]
                : []),
            ]}
          />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>
            {data.content}
          </Typography.Paragraph>
        </>
      ) : null}
    </Drawer>
  );
}
