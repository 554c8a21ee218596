import { Tooltip } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import type { Unit } from '../../api/reference.ts';
import { DeadlineText, StateTag, UrgencyTag } from '../../components/TicketTags.tsx';
import { formatShortTime, formatTime } from '../../components/format.ts';
import type { Row } from './queue-query.ts';
import type { useText } from './text.ts';

type T = ReturnType<typeof useText>;

const CLOSED = new Set(['answered', 'rejected', 'transferred', 'merged', 'completed', 'archived']);

/**
 * The queue's columns, sized to fit 1366×768 beside the navigation without scrolling sideways. Sortable where
 * the server sorts (receivedAt, dueAt, urgency, number), from `sort=key:direction`.
 */
export function queueColumns(options: {
  t: T;
  unitsByCode: Map<string, Unit>;
  sort: string | undefined;
  sortable: boolean;
  showAssignee: boolean;
}): ColumnsType<Row> {
  const { t, unitsByCode, sort, sortable, showAssignee } = options;
  const [sortKey, sortDirection] = (sort ?? '').split(':');
  const order = (key: string): SortOrder | undefined =>
    sortKey === key ? (sortDirection === 'asc' ? 'ascend' : 'descend') : null;
  const sorter = (key: string) => (sortable ? { sorter: true, sortOrder: order(key), key } : { key });
  const unitName = (code: string | null) => (code ? (unitsByCode.get(code)?.name ?? code) : '');

  const columns: ColumnsType<Row> = [
    {
      title: t('number'),
      dataIndex: 'number',
      width: 140,
      ...sorter('number'),
      render: (number: string) => <Link to={`/tickets/${encodeURIComponent(number)}`}>{number}</Link>,
    },
    {
      title: t('title'),
      dataIndex: 'title',
      ellipsis: { showTitle: true },
    },
    {
      title: t('state'),
      dataIndex: 'state',
      width: 74,
      render: (_, row) => <StateTag state={row.state} label={row.stateLabel} />,
    },
    {
      title: t('urgencyShort'),
      dataIndex: 'urgency',
      width: 58,
      ...sorter('urgency'),
      render: (urgency: string) => <UrgencyTag urgency={urgency} />,
    },
    {
      title: t('category'),
      dataIndex: 'category',
      width: 118,
      ellipsis: true,
      render: (category: string) => <Tooltip title={category}>{category.split('/').slice(-1)[0]}</Tooltip>,
    },
    {
      title: t('district'),
      dataIndex: 'districtCode',
      width: 62,
      ellipsis: true,
      render: (code: string | null) => unitName(code),
    },
    {
      title: t('leadUnit'),
      dataIndex: 'leadUnitCode',
      width: 112,
      ellipsis: true,
      render: (code: string | null) => unitName(code),
    },
    {
      title: t('caller'),
      key: 'caller',
      width: 112,
      ellipsis: true,
      render: (_, row) =>
        row.callerHidden ? (
          <span style={{ color: '#999' }}>{t('confidential')}</span>
        ) : (
          <span title={[row.callerName, row.callerPhone].filter(Boolean).join(' ')}>
            {row.callerPhone ?? row.callerName ?? ''}
          </span>
        ),
    },
    {
      title: t('received'),
      dataIndex: 'receivedAt',
      width: 100,
      ...sorter('receivedAt'),
      render: (at: string) => <span title={formatTime(at)}>{formatShortTime(at)}</span>,
    },
    {
      title: t('due'),
      dataIndex: 'dueAt',
      width: 116,
      ...sorter('dueAt'),
      // A unit sees its own next deadline (签收 or 反馈), which may come before the lead unit's.
      render: (_, row) => <DeadlineText due={row.unitDueAt ?? row.dueAt} done={CLOSED.has(row.state)} />,
    },
    {
      title: t('marks'),
      key: 'marks',
      width: 58,
      render: (_, row) => (
        <span style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
          {row.urgeCount > 0 ? (
            <span style={{ color: '#d46b08' }}>{t('urged', { count: row.urgeCount })} </span>
          ) : null}
          {row.supervised ? <span style={{ color: '#cf1322' }}>{t('supervised')} </span> : null}
          {row.confidential ? <span style={{ color: '#c41d7f' }}>{t('confidential')}</span> : null}
        </span>
      ),
    },
  ];
  if (showAssignee) {
    columns.splice(columns.length - 1, 0, {
      title: t('assignee'),
      key: 'assignee',
      width: 80,
      ellipsis: true,
      render: (_, row) => row.revisitAssignee?.name ?? '',
    });
  }
  return columns;
}
