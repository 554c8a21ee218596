import { Button, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { KB, kbKeys, type KbArticleView } from '../../api/kb.ts';
import { useUnits } from '../../api/reference.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { formatShortTime } from '../../components/format.ts';
import { useText } from './text.ts';

const PAGE_SIZE = 50;

/**
 * `/kb/review`: the articles units submitted (待审核), latest change first, for the centre's reviewers; a unit sees its
 * own submissions waiting. The article page approves or returns, with the reason.
 */
export default function KbReviewScreen() {
  const t = useText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { byCode } = useUnits();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { status: 'pendingReview', page, pageSize: PAGE_SIZE };
  const list = useQuery({
    queryKey: kbKeys.list(query),
    queryFn: () => api.call(KB.list, { query }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  const items = list.data?.items ?? [];
  useShortcut({ keys: 'Alt+R', label: t('reload'), run: () => void list.refetch() });
  useShortcut({
    keys: 'Alt+O',
    label: t('open'),
    run: () => items[0] && navigate(`/kb/articles/${items[0].id}`),
  });

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Link to="/kb">← {t('title')}</Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('queueTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('results', { count: list.data?.total ?? 0 })}</Typography.Text>
        <span style={{ flex: 1 }} />
        <Button icon={<ReloadOutlined />} loading={list.isFetching} onClick={() => void list.refetch()}>
          {t('reload')}
        </Button>
      </div>
      <Table<KbArticleView>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={items}
        locale={{ emptyText: list.error ? list.error.message : t('queueEmpty') }}
        onRow={(row) => ({ onDoubleClick: () => navigate(`/kb/articles/${row.id}`) })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: (next) => setParams(next > 1 ? { page: String(next) } : {}),
        }}
        columns={[
          {
            title: t('number'),
            dataIndex: 'number',
            width: 120,
            render: (number: string, row) => <Link to={`/kb/articles/${row.id}`}>{number}</Link>,
          },
          { title: t('articleTitle'), dataIndex: 'title', ellipsis: true },
          {
            title: t('unit'),
            dataIndex: 'unitCode',
            width: 200,
            ellipsis: true,
            render: (code: string) => byCode.get(code)?.name ?? code,
          },
          {
            title: t('publishedColumn'),
            dataIndex: 'publishedVersion',
            width: 96,
            render: (v: number | null) => (v ? `v${v}` : '—'),
          },
          { title: t('submittedAt'), dataIndex: 'updatedAt', width: 120, render: formatShortTime },
        ]}
      />
    </div>
  );
}
