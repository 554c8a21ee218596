import { Alert, Descriptions, Drawer, Spin, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  evaluationKeys,
  fetchScore,
  percent,
  score,
  type RankingsQuery,
  type ScoreExplanation,
} from './evaluation-api.ts';
import { useText } from './text.ts';

type Indicator = NonNullable<ScoreExplanation['breakdown']>['indicators'][number];
type Costly = ScoreExplanation['tickets']['tickets'][number];

const round = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

/**
 * 单位得分说明: the points each indicator lost and the tickets that cost them, each linked to its ticket page —
 * the numbers of the ranking traced back to tickets.
 */
export function ScoreDrawer(props: {
  unit: { code: string; name: string } | null;
  query: RankingsQuery;
  onClose: () => void;
}) {
  const t = useText();
  const { unit, query, onClose } = props;
  const explanation = useQuery({
    queryKey: evaluationKeys.score(unit?.code ?? '', query),
    queryFn: () => fetchScore(unit!.code, query),
    enabled: unit !== null,
  });
  const data = explanation.data;

  return (
    <Drawer
      open={unit !== null}
      onClose={onClose}
      size={620}
      title={unit ? t('explainTitle', { unit: unit.name }) : ''}
      styles={{ body: { padding: '8px 16px' } }}
    >
      {explanation.isLoading ? <Spin /> : null}
      {explanation.error ? <Alert type="error" showIcon title={explanation.error.message} /> : null}
      {data ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('score')}>{score(data.figures.score)}</Descriptions.Item>
            <Descriptions.Item label={t('assigned')}>{data.figures.assigned}</Descriptions.Item>
            <Descriptions.Item label={t('scheme')}>
              {data.scheme.id} 第{data.scheme.version}版
            </Descriptions.Item>
          </Descriptions>
          {data.breakdown ? (
            <>
              <Table<Indicator>
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={data.breakdown.indicators}
                columns={[
                  { key: 'label', title: t('indicator'), dataIndex: 'label' },
                  {
                    key: 'rate',
                    title: t('rate'),
                    align: 'right',
                    render: (_, row) => percent(row.rate),
                  },
                  {
                    key: 'weight',
                    title: t('weight'),
                    align: 'right',
                    render: (_, row) => round(row.weight),
                  },
                  {
                    key: 'points',
                    title: t('points'),
                    align: 'right',
                    render: (_, row) => round(row.points),
                  },
                  {
                    key: 'lost',
                    title: t('lost'),
                    align: 'right',
                    render: (_, row) =>
                      row.lost > 0.005 ? (
                        <Typography.Text type="danger">−{round(row.lost)}</Typography.Text>
                      ) : (
                        '0.00'
                      ),
                  },
                ]}
              />
              {data.breakdown.adjustments.length > 0 ? (
                <Descriptions size="small" column={2} title={t('adjustments')}>
                  {data.breakdown.adjustments.map((a) => (
                    <Descriptions.Item key={a.key} label={a.label}>
                      {t('count')} {a.count} · {a.points > 0 ? '+' : ''}
                      {round(a.points)}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              ) : null}
              {data.breakdown.notes.length > 0 ? (
                <ul style={{ margin: 0, paddingLeft: 18, color: '#555' }}>
                  {data.breakdown.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <Typography.Text type="secondary">{t('noBreakdown')}</Typography.Text>
          )}
          <div>
            <Typography.Text strong>{t('costly')}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {t('costlyTotal', { total: data.tickets.total, shown: data.tickets.tickets.length })}
            </Typography.Text>
          </div>
          <Table<Costly>
            size="small"
            rowKey="ticketId"
            dataSource={data.tickets.tickets}
            pagination={{ pageSize: 20, size: 'small', hideOnSinglePage: true }}
            columns={[
              {
                key: 'number',
                title: t('ticketNumber'),
                width: 150,
                render: (_, row) => (
                  <Link to={`/tickets/${encodeURIComponent(row.number)}`}>{row.number}</Link>
                ),
              },
              { key: 'title', title: t('ticketTitle'), dataIndex: 'title', ellipsis: true },
              {
                key: 'reasons',
                title: t('reasons'),
                width: 190,
                render: (_, row) =>
                  row.reasons.map((reason) => (
                    <Tag key={reason} color={reason === '不满意' || reason === '未办结' ? 'red' : 'orange'}>
                      {reason}
                    </Tag>
                  )),
              },
            ]}
          />
        </div>
      ) : null}
    </Drawer>
  );
}
