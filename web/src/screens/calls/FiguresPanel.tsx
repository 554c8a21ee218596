import { useMemo } from 'react';
import { Button, DatePicker, Flex, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorPage, LoadingBlock } from '../../app/StatusPages.tsx';
import { ApiError } from '../../api/client.ts';
import { CallsChart } from './CallsChart.tsx';
import { fetchFigures, figuresKey, type Figures, type FiguresBy } from './calls-api.ts';
import { useText } from './text.ts';

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/**
 * The figures of one view: by hour (one day), by day (one month) or by agent (a period). The same counts the
 * evaluation reads: 话务接通率 = answered / offered, 15秒接通率 = answered within 15 s / answered (DESIGN §6).
 */
export function FiguresPanel({
  by,
  from,
  to,
  onPeriod,
}: {
  by: FiguresBy;
  from: string;
  to: string;
  onPeriod: (from: string, to: string) => void;
}) {
  const t = useText();
  const figures = useQuery({
    queryKey: figuresKey(by, from, to),
    queryFn: () => fetchFigures(by, from, to),
    placeholderData: keepPreviousData,
    refetchInterval: by === 'hour' ? 60_000 : false,
  });
  const seconds = (value: number | null) => (value === null ? '—' : t('seconds', { value }));
  const keyLabel = (key: string) =>
    by === 'hour' ? `${key}:00` : by === 'day' ? key.slice(5) : key === '' ? t('noAgent') : key;

  const columns: ColumnsType<Figures> = [
    {
      title: by === 'hour' ? t('hour') : by === 'day' ? t('date') : t('agent'),
      dataIndex: 'key',
      width: 110,
      render: (key: string) => keyLabel(key),
    },
    { title: t('offered'), dataIndex: 'offered', align: 'right' },
    { title: t('answered'), dataIndex: 'answered', align: 'right' },
    { title: t('abandoned'), dataIndex: 'abandoned', align: 'right' },
    { title: t('answerRate'), dataIndex: 'answerRate', align: 'right', render: percent },
    { title: t('answeredWithin15s'), dataIndex: 'answeredWithin15s', align: 'right' },
    { title: t('promptRate'), dataIndex: 'promptRate', align: 'right', render: percent },
    { title: t('averageWait'), dataIndex: 'averageWaitSeconds', align: 'right', render: seconds },
    { title: t('averageTalk'), dataIndex: 'averageTalkSeconds', align: 'right', render: seconds },
  ];
  const data = figures.data;
  const labels = useMemo(() => (data ? data.buckets.map((b) => keyLabel(b.key)) : []), [data]);
  const chartNames = useMemo(
    () => ({ offered: t('offered'), answered: t('answered'), answerRate: t('answerRate') }),
    [t],
  );

  const picker =
    by === 'hour' ? (
      <DatePicker
        size="small"
        allowClear={false}
        aria-label={t('day')}
        value={dayjs(from)}
        onChange={(day: Dayjs | null) => day && onPeriod(day.format('YYYY-MM-DD'), day.format('YYYY-MM-DD'))}
      />
    ) : by === 'day' ? (
      <DatePicker
        size="small"
        picker="month"
        allowClear={false}
        aria-label={t('month')}
        value={dayjs(from)}
        onChange={(month: Dayjs | null) =>
          month &&
          onPeriod(month.startOf('month').format('YYYY-MM-DD'), month.endOf('month').format('YYYY-MM-DD'))
        }
      />
    ) : (
      <DatePicker.RangePicker
        size="small"
        allowClear={false}
        aria-label={t('range')}
        value={[dayjs(from), dayjs(to)]}
        onChange={(range) => {
          const [start, end] = range ?? [];
          if (start && end) onPeriod(start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD'));
        }}
      />
    );

  return (
    <div>
      <Flex gap="middle" align="center" wrap style={{ marginBottom: 8 }}>
        {picker}
        {by === 'hour' && (
          <Button
            size="small"
            onClick={() => onPeriod(dayjs().format('YYYY-MM-DD'), dayjs().format('YYYY-MM-DD'))}
          >
            {t('today')}
          </Button>
        )}
        <Button size="small" icon={<ReloadOutlined />} onClick={() => void figures.refetch()}>
          {t('refresh')}
        </Button>
      </Flex>
      {figures.error instanceof ApiError && !data ? (
        <ErrorPage detail={figures.error.message} onRetry={() => void figures.refetch()} />
      ) : !data ? (
        <LoadingBlock />
      ) : (
        <>
          <Flex gap={32} wrap style={{ marginBottom: 4 }}>
            <Statistic title={t('offered')} value={data.total.offered} />
            <Statistic title={t('answered')} value={data.total.answered} />
            <Statistic title={t('abandoned')} value={data.total.abandoned} />
            <Statistic title={t('answerRate')} value={percent(data.total.answerRate)} />
            <Statistic title={t('promptRate')} value={percent(data.total.promptRate)} />
            <Statistic title={t('averageWait')} value={seconds(data.total.averageWaitSeconds)} />
          </Flex>
          {by !== 'agent' && (
            <CallsChart
              buckets={data.buckets}
              labels={labels}
              names={chartNames}
              label={by === 'hour' ? t('chartHour') : t('chartDay')}
            />
          )}
          <Table<Figures>
            size="small"
            rowKey="key"
            columns={columns}
            dataSource={by === 'agent' ? data.buckets : data.buckets.filter((b) => b.offered > 0)}
            pagination={false}
            scroll={{ y: by === 'agent' ? 460 : 200 }}
            summary={() => (
              <Table.Summary fixed>
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{t('total')}</Typography.Text>
                  </Table.Summary.Cell>
                  {columns.slice(1).map((column, index) => {
                    const field = (column as { dataIndex: keyof Figures }).dataIndex;
                    const value = data.total[field];
                    const shown = column.render
                      ? (column.render as (v: unknown) => React.ReactNode)(value)
                      : value;
                    return (
                      <Table.Summary.Cell key={field} index={index + 1} align="right">
                        {shown}
                      </Table.Summary.Cell>
                    );
                  })}
                </Table.Summary.Row>
              </Table.Summary>
            )}
          />
        </>
      )}
    </div>
  );
}
