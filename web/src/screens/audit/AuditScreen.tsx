import { useMemo } from 'react';
import { Button, Checkbox, DatePicker, Input, Select, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { AUDIT_ACTIONS } from '../../../../src/contracts/audit-actions.ts';
import { ROLE_LABELS, type Role } from '../../../../src/domain/access/roles.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { ApiError } from '../../api/client.ts';
import { useUnits } from '../../api/reference.ts';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { formatTime } from '../../components/format.ts';
import { actionLabel } from './action-labels.ts';
import { auditKey, fetchAudit, FILTER_KEYS, type AuditEntry, type AuditFilterText } from './audit-api.ts';
import { useText } from './text.ts';

const PAGE_SIZES = [20, 50, 100, 200];
const CONTACT_VIEWED = 'ticket.contactViewed';
const TIME = 'YYYY-MM-DD HH:mm:ss';

/**
 * `/audit` (审计日志, administrators): who did what and when, newest first, filtered and paged by the server;
 * the filter lives in the address bar. Viewing a caller's unmasked contact is one action among the others,
 * with a shortcut to it alone.
 */
export default function AuditScreen() {
  const t = useText();
  const [params, setParams] = useSearchParams();
  const { byCode } = useUnits();
  const filter = useMemo(() => {
    const read: AuditFilterText = {};
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) read[key] = value;
    }
    return read;
  }, [params]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 50;

  const list = useQuery({
    queryKey: auditKey(filter, page, pageSize),
    queryFn: () => fetchAudit(filter, page, pageSize),
    placeholderData: keepPreviousData,
    retry: false,
  });
  useShortcut({ keys: 'Alt+R', label: t('refresh'), run: () => void list.refetch() });

  const update = (next: AuditFilterText, nextPage = 1, nextSize = pageSize) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    if (nextPage > 1) search.set('page', String(nextPage));
    if (nextSize !== 50) search.set('pageSize', String(nextSize));
    setParams(search);
  };
  const set = (key: keyof AuditFilterText, value: string | undefined) => update({ ...filter, [key]: value });

  const actionOptions = useMemo(
    () =>
      AUDIT_ACTIONS.map((action) => ({
        value: action,
        label: actionLabel(action),
        search: `${actionLabel(action)} ${action}`,
      })),
    [],
  );
  const unitName = (code: string | null) => (code ? (byCode.get(code)?.name ?? code) : '');

  if (list.error instanceof ApiError && !list.data && list.error.status !== 404)
    return <ErrorPage detail={list.error.message} onRetry={() => void list.refetch()} />;
  const ticketMissing = list.error instanceof ApiError && list.error.status === 404;
  const total = ticketMissing ? 0 : (list.data?.total ?? 0);

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('total', { total })}</Typography.Text>
        <span style={{ flex: 1 }} />
        <Button icon={<ReloadOutlined />} aria-label={t('refresh')} onClick={() => void list.refetch()} />
      </div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <Input.Search
          key={`actor-${filter.actor ?? ''}`}
          defaultValue={filter.actor}
          placeholder={t('actor')}
          aria-label={t('actor')}
          allowClear
          style={{ width: 150 }}
          onSearch={(value) => set('actor', value.trim() || undefined)}
        />
        <UnitSelect
          value={filter.unit ?? null}
          onChange={(value) => set('unit', (value as string | undefined) || undefined)}
          placeholder={t('unit')}
          allowClear
          style={{ width: 200 }}
        />
        <Input.Search
          key={`ticket-${filter.ticket ?? ''}`}
          defaultValue={filter.ticket}
          placeholder={t('ticket')}
          aria-label={t('ticket')}
          allowClear
          style={{ width: 190 }}
          onSearch={(value) => set('ticket', value.trim() || undefined)}
        />
        <Select
          value={filter.action}
          placeholder={t('action')}
          aria-label={t('action')}
          allowClear
          showSearch={{ optionFilterProp: 'search' }}
          options={actionOptions}
          style={{ width: 180 }}
          onChange={(value: string | undefined) => set('action', value)}
        />
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          aria-label={t('range')}
          style={{ width: 300 }}
          value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
          onChange={(range) =>
            update({
              ...filter,
              from: range?.[0]?.format(TIME) || undefined,
              to: range?.[1]?.format(TIME) || undefined,
            })
          }
        />
        <Checkbox
          checked={filter.action === CONTACT_VIEWED}
          onChange={(event) => set('action', event.target.checked ? CONTACT_VIEWED : undefined)}
        >
          {t('contactOnly')}
        </Checkbox>
        {Object.keys(filter).length > 0 ? (
          <Button type="link" size="small" onClick={() => update({})}>
            {t('reset')}
          </Button>
        ) : null}
      </div>
      {ticketMissing ? (
        <Typography.Text type="danger">{t('ticketUnknown', { number: filter.ticket ?? '' })}</Typography.Text>
      ) : null}
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        loading={list.isFetching && !list.data}
        dataSource={ticketMissing ? [] : (list.data?.items ?? [])}
        locale={{ emptyText: t('empty') }}
        expandable={{
          expandedRowRender: (entry) => (
            <pre style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap' }}>
              {JSON.stringify(entry.details, null, 2)}
            </pre>
          ),
          rowExpandable: (entry) => Object.keys(entry.details).length > 0,
          columnWidth: 32,
        }}
        columns={[
          { title: t('at'), dataIndex: 'at', width: 136, render: (at: string) => formatTime(at) },
          { title: t('who'), dataIndex: 'actorUsername', width: 110, ellipsis: true },
          {
            title: t('role'),
            dataIndex: 'actorRole',
            width: 96,
            render: (role: string | null) => (role ? (ROLE_LABELS[role as Role] ?? role) : ''),
          },
          {
            title: t('actorUnit'),
            dataIndex: 'actorUnitCode',
            width: 130,
            ellipsis: true,
            render: (code: string | null) => unitName(code),
          },
          {
            title: t('action'),
            dataIndex: 'action',
            width: 140,
            ellipsis: true,
            render: (action: string) => (
              <span title={action} style={action === CONTACT_VIEWED ? { color: '#cf1322' } : undefined}>
                {actionLabel(action)}
              </span>
            ),
          },
          {
            title: t('target'),
            key: 'target',
            width: 170,
            ellipsis: true,
            render: (_, entry) => <Target entry={entry} />,
          },
          { title: t('address'), dataIndex: 'address', width: 110, ellipsis: true },
          {
            title: t('details'),
            dataIndex: 'details',
            ellipsis: true,
            render: (details: Record<string, unknown>) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {compact(details)}
              </Typography.Text>
            ),
          },
        ]}
        scroll={{ y: 'calc(100vh - 260px)' }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (count) => t('total', { total: count }),
          size: 'small',
          onChange: (next, size) => update(filter, size !== pageSize ? 1 : next, size),
        }}
      />
    </div>
  );
}

/** What an entry is about, in Chinese; other types show as recorded. */
const TARGET_TYPES: Record<string, string> = {
  ticket: '工单',
  user: '用户',
  token: '令牌',
  session: '会话',
  unit: '单位',
  category: '分类',
  policy: '时限规则',
  queue: '工作台',
  audit: '审计日志',
};

/** A ticket links to its page (by the number the entry recorded); anything else is named by type and id. */
function Target({ entry }: { entry: AuditEntry }) {
  const number = typeof entry.details.number === 'string' ? entry.details.number : null;
  if (entry.targetType === 'ticket' && number)
    return <Link to={`/tickets/${encodeURIComponent(number)}`}>{number}</Link>;
  const type = TARGET_TYPES[entry.targetType] ?? entry.targetType;
  return <span title={entry.targetType}>{entry.targetId ? `${type} ${entry.targetId}` : type}</span>;
}

/** The details on one line: `key: value` pairs, values as JSON. */
function compact(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('；');
}
