import { useState } from 'react';
import { Alert, Button, Empty, Modal, Spin, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { KB, kbKeys, type KbArticle, type KbDiff, type KbRevision } from '../../api/kb.ts';
import { formatShortTime } from '../../components/format.ts';
import type { KbText } from './text.ts';

/**
 * Every save is a revision (a full snapshot). Tick two and compare: GET /api/kb/articles/:id/diff answers the
 * changed fields, character by character.
 */
export function RevisionsPanel({ t, article }: { t: KbText; article: KbArticle }) {
  const [picked, setPicked] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[number, number] | null>(null);
  const revisions = [...article.revisions].sort((a, b) => b.version - a.version);
  const pair = (): [number, number] | null => {
    const chosen = picked.length === 2 ? picked : revisions.slice(0, 2).map((r) => r.version);
    if (chosen.length < 2) return null;
    const [a, b] = chosen as [number, number];
    return a < b ? [a, b] : [b, a];
  };
  return (
    <section aria-label={t('revisions')}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 4 }}>
        <Typography.Text strong>{t('revisions')}</Typography.Text>
        <span style={{ flex: 1 }} />
        <Button size="small" disabled={pair() === null} onClick={() => setComparing(pair())}>
          {t('compare')}
        </Button>
      </div>
      <Table<KbRevision>
        size="small"
        rowKey="version"
        pagination={false}
        dataSource={revisions}
        scroll={{ y: 220 }}
        rowSelection={{
          selectedRowKeys: picked,
          hideSelectAll: true,
          onChange: (keys) => setPicked((keys as number[]).slice(-2)),
          getCheckboxProps: (row) => ({ 'aria-label': `v${row.version}` }),
        }}
        columns={[
          {
            title: t('version'),
            dataIndex: 'version',
            width: 56,
            render: (version: number) =>
              version === article.publishedVersion ? (
                <b title={t('liveVersion', { version })}>v{version}</b>
              ) : (
                `v${version}`
              ),
          },
          { title: t('revisedAt'), dataIndex: 'revisedAt', width: 96, render: formatShortTime },
          { title: t('changeNote'), dataIndex: 'changeNote', ellipsis: true, render: (note) => note ?? '—' },
        ]}
      />
      <Modal
        open={comparing !== null}
        width={900}
        footer={null}
        onCancel={() => setComparing(null)}
        title={comparing ? t('diffTitle', { from: comparing[0], to: comparing[1] }) : ''}
      >
        {comparing ? <DiffView t={t} id={article.id} from={comparing[0]} to={comparing[1]} /> : null}
      </Modal>
    </section>
  );
}

function DiffView(props: { t: KbText; id: number; from: number; to: number }) {
  const { t, id, from, to } = props;
  const diff = useQuery({
    queryKey: kbKeys.diff(id, from, to),
    queryFn: () => api.call(KB.diff, { params: { id }, query: { from, to } }),
  });
  if (diff.isLoading) return <Spin />;
  if (diff.error) return <Alert type="error" showIcon title={diff.error.message} />;
  if (!diff.data || diff.data.fields.length === 0) return <Empty description={t('noChange')} />;
  return (
    <div style={{ maxHeight: 520, overflowY: 'auto' }} aria-label={t('diffTitle', { from, to })}>
      {diff.data.fields.map((field) => (
        <FieldDiff key={field.field} field={field} />
      ))}
    </div>
  );
}

function FieldDiff({ field }: { field: KbDiff['fields'][number] }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong>{field.label}</Typography.Text>
      <div
        style={{
          whiteSpace: 'pre-wrap',
          border: '1px solid #f0f0f0',
          borderRadius: 4,
          padding: '6px 8px',
          marginTop: 4,
          lineHeight: 1.7,
        }}
      >
        {field.parts.map((part, index) =>
          part.kind === 'added' ? (
            <ins key={index} style={{ background: '#d9f7be', textDecoration: 'none' }}>
              {part.text}
            </ins>
          ) : part.kind === 'removed' ? (
            <del key={index} style={{ background: '#ffccc7', color: '#a8071a' }}>
              {part.text}
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </div>
    </div>
  );
}

/** How often the article answered a caller directly, and how those callers rated the answer at the revisit. */
export function UsagePanel({ t, id }: { t: KbText; id: number }) {
  const usage = useQuery({
    queryKey: kbKeys.usage(id),
    queryFn: () => api.call(KB.usage, { params: { id } }),
  });
  const data = usage.data;
  const rated = data ? data.satisfied + data.basic + data.dissatisfied : 0;
  // 满意率 as DESIGN §6 counts it: 满意 and 基本满意 weigh 1, 不满意 0, over the revisits with a rating.
  const rate = data && rated > 0 ? `${(((data.satisfied + data.basic) / rated) * 100).toFixed(1)}%` : '—';
  const cells: [string, number | string][] = data
    ? [
        [t('answered'), data.answered],
        [t('revisited'), data.revisited],
        [t('reached'), data.reached],
        [t('satisfied'), data.satisfied],
        [t('basic'), data.basic],
        [t('dissatisfied'), data.dissatisfied],
        [t('satisfaction'), rate],
      ]
    : [];
  return (
    <section aria-label={t('usage')}>
      <Typography.Text strong>{t('usage')}</Typography.Text>
      {usage.error ? <Alert type="warning" showIcon title={usage.error.message} /> : null}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 4, marginTop: 4 }}>
        {cells.map(([label, value]) => (
          <div key={label} style={{ border: '1px solid #f0f0f0', borderRadius: 4, padding: '2px 6px' }}>
            <div style={{ fontSize: 12, color: '#888' }}>{label}</div>
            <div style={{ fontSize: 16 }}>{value}</div>
          </div>
        ))}
      </div>
    </section>
  );
}
