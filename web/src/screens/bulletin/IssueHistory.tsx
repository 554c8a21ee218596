import { useState } from 'react';
import { Button, Modal, Space, Table, Tooltip, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiErrorHandler } from '../../api/errors.ts';
import { downloadFile } from '../../api/transport.ts';
import { formatTime } from '../../components/format.ts';
import { bulletinKeys, fetchIssues, fetchIssueHtml, issueDocumentUrl } from './bulletin-api.ts';
import { useText } from './text.ts';

type Issue = Awaited<ReturnType<typeof fetchIssues>>['items'][number];
const PAGE_SIZE = 20;

/** 出具记录: every issued bulletin with what decided it; each can be drawn again and downloaded. */
export function IssueHistory() {
  const t = useText();
  const showError = useApiErrorHandler();
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<{ id: number; html: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useQuery({
    queryKey: bulletinKeys.issues(page),
    queryFn: () => fetchIssues(page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    try {
      await work();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };
  const reproduce = (issue: Issue) =>
    run(`${issue.id}-html`, async () => setShown({ id: issue.id, html: await fetchIssueHtml(issue.id) }));
  const download = (issue: Issue, format: 'docx' | 'pdf' | 'xlsx') =>
    run(`${issue.id}-${format}`, () =>
      downloadFile(issueDocumentUrl(issue.id, format), `${issue.title}.${format}`),
    );

  return (
    <>
      <Table<Issue>
        size="small"
        rowKey="id"
        loading={list.isFetching && !list.data}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('historyEmpty') }}
        scroll={{ y: 'calc(100vh - 300px)' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          size: 'small',
          showTotal: (total) => t('total', { total }),
        }}
        columns={[
          { key: 'id', title: t('number'), dataIndex: 'id', width: 56 },
          { key: 'title', title: t('docTitle'), dataIndex: 'title', ellipsis: true },
          {
            key: 'period',
            title: t('period'),
            width: 190,
            render: (_, issue) => `${issue.period.from} 至 ${issue.period.to}`,
          },
          { key: 'asOf', title: t('asOf'), width: 140, render: (_, issue) => formatTime(issue.asOf) },
          {
            key: 'scheme',
            title: t('schemeVersion'),
            width: 130,
            render: (_, issue) => `${issue.scheme.id} 第${issue.scheme.version}版`,
          },
          {
            key: 'highlights',
            title: t('highlights'),
            width: 60,
            align: 'right',
            render: (_, issue) => issue.highlights.length,
          },
          {
            key: 'issuedBy',
            title: t('issuedBy'),
            width: 130,
            render: (_, issue) => (
              <>
                {issue.issuedBy.name}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(issue.issuedAt)}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'digest',
            title: t('digest'),
            width: 100,
            render: (_, issue) => (
              <Tooltip title={issue.docxSha256}>
                <Typography.Text code style={{ fontSize: 12 }}>
                  {issue.docxSha256.slice(0, 10)}
                </Typography.Text>
              </Tooltip>
            ),
          },
          {
            key: 'actions',
            title: t('actions'),
            width: 210,
            render: (_, issue) => (
              <Space size={2}>
                <Button
                  size="small"
                  type="link"
                  loading={busy === `${issue.id}-html`}
                  onClick={() => void reproduce(issue)}
                >
                  {t('reproduce')}
                </Button>
                {(['docx', 'pdf', 'xlsx'] as const).map((format) => (
                  <Button
                    key={format}
                    size="small"
                    type="link"
                    aria-label={`${t('download')} ${issue.id} ${format.toUpperCase()}`}
                    loading={busy === `${issue.id}-${format}`}
                    onClick={() => void download(issue, format)}
                  >
                    {format.toUpperCase()}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={shown !== null}
        width={900}
        title={shown ? t('reproduceTitle', { id: shown.id }) : ''}
        onCancel={() => setShown(null)}
        footer={<Button onClick={() => setShown(null)}>{t('close')}</Button>}
        styles={{ body: { padding: 0 } }}
      >
        {shown ? (
          <iframe
            title={t('frameTitle')}
            sandbox=""
            srcDoc={shown.html}
            style={{ width: '100%', height: 'calc(100vh - 260px)', border: 0, background: '#f0f0f0' }}
          />
        ) : null}
      </Modal>
    </>
  );
}
