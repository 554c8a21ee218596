import { useMemo } from 'react';
import { Segmented, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { addCalendarDays, localDate } from '../../../../src/domain/time.ts';
import { api } from '../../api/client.ts';
import { KB, kbKeys, type KbArticleView } from '../../api/kb.ts';
import { useUnits } from '../../api/reference.ts';
import { useText, type KbText } from './text.ts';

const DAY_CHOICES = [30, 60, 90, 180] as const;

interface UnitRow {
  unitCode: string;
  due: number;
  answered: number;
}

/**
 * `/kb/due`: live articles whose 失效日期 or yearly review (定期复核) falls within the chosen days, for the
 * user's units, with a count per owning unit beside the use each unit's articles saw in the last 30 days.
 */
export default function KbDueScreen() {
  const t = useText();
  const [params, setParams] = useSearchParams();
  const { byCode } = useUnits();
  const days = DAY_CHOICES.find((d) => d === Number(params.get('days'))) ?? 30;
  const unit = params.get('unit');
  const due = useQuery({
    queryKey: kbKeys.due(days),
    queryFn: () => api.call(KB.due, { query: { days } }),
  });
  const today = localDate(new Date());
  const usage = useQuery({
    queryKey: ['kb', 'unit-usage', today],
    queryFn: () => api.call(KB.unitUsage, { query: { from: addCalendarDays(today, -29), to: today } }),
  });

  const perUnit = useMemo((): UnitRow[] => {
    const rows = new Map<string, UnitRow>();
    for (const article of due.data ?? []) {
      const row = rows.get(article.unitCode) ?? { unitCode: article.unitCode, due: 0, answered: 0 };
      row.due += 1;
      rows.set(article.unitCode, row);
    }
    for (const used of usage.data ?? []) {
      const row = rows.get(used.unitCode) ?? { unitCode: used.unitCode, due: 0, answered: 0 };
      row.answered = used.answered;
      rows.set(used.unitCode, row);
    }
    return [...rows.values()].sort((a, b) => b.due - a.due || a.unitCode.localeCompare(b.unitCode));
  }, [due.data, usage.data]);
  const items = (due.data ?? []).filter((article) => !unit || article.unitCode === unit);
  const unitName = (code: string) => byCode.get(code)?.name ?? code;
  const go = (next: { days?: number; unit?: string | null }) => {
    const search = new URLSearchParams();
    const nextDays = next.days ?? days;
    const nextUnit = 'unit' in next ? next.unit : unit;
    if (nextDays !== 30) search.set('days', String(nextDays));
    if (nextUnit) search.set('unit', nextUnit);
    setParams(search, { replace: true });
  };

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Link to="/kb">← {t('title')}</Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dueTitle')}
        </Typography.Title>
        <Segmented
          size="small"
          value={days}
          onChange={(value) => go({ days: Number(value) })}
          options={DAY_CHOICES.map((d) => ({ value: d, label: t('dueDays', { days: d }) }))}
        />
        <Typography.Text type="secondary">{t('results', { count: items.length })}</Typography.Text>
      </div>
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <div style={{ width: 340, flex: '0 0 340px' }}>
          <Table<UnitRow>
            size="small"
            rowKey="unitCode"
            pagination={false}
            dataSource={perUnit}
            loading={due.isLoading}
            scroll={{ y: 560 }}
            rowClassName={(row) => (row.unitCode === unit ? 'ant-table-row-selected' : '')}
            onRow={(row) => ({
              onClick: () => go({ unit: row.unitCode === unit ? null : row.unitCode }),
              style: { cursor: 'pointer' },
            })}
            columns={[
              { title: t('perUnit'), dataIndex: 'unitCode', ellipsis: true, render: unitName },
              { title: t('dueReason'), dataIndex: 'due', width: 72, align: 'right' },
              { title: t('answered'), dataIndex: 'answered', width: 80, align: 'right' },
            ]}
            footer={() => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('unitUsage')}
              </Typography.Text>
            )}
          />
        </div>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Table<KbArticleView>
            size="small"
            rowKey="id"
            loading={due.isLoading}
            dataSource={items}
            locale={{ emptyText: due.error ? due.error.message : t('dueEmpty', { days }) }}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              {
                title: t('number'),
                dataIndex: 'number',
                width: 110,
                render: (number: string, row) => <Link to={`/kb/articles/${row.id}`}>{number}</Link>,
              },
              { title: t('articleTitle'), dataIndex: 'title', ellipsis: true },
              { title: t('unit'), dataIndex: 'unitCode', width: 180, ellipsis: true, render: unitName },
              {
                title: t('dueReason'),
                key: 'reason',
                width: 250,
                render: (_, row) => <DueReasons t={t} article={row} today={today} />,
              },
            ]}
          />
        </div>
      </div>
    </div>
  );
}

/** Which dates bring the article here: its 失效日期, its yearly review, or both; past ones in red. */
function DueReasons({ t, article, today }: { t: KbText; article: KbArticleView; today: string }) {
  const tag = (date: string, text: string) => (
    <Tag key={text} color={date <= today ? 'red' : 'orange'} style={{ marginInlineEnd: 4 }}>
      {text}
    </Tag>
  );
  return (
    <>
      {article.expiresOn ? tag(article.expiresOn, t('dueExpires', { date: article.expiresOn })) : null}
      {article.reviewDueOn ? tag(article.reviewDueOn, t('dueReview', { date: article.reviewDueOn })) : null}
    </>
  );
}
