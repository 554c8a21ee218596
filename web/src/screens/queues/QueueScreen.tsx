import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Dropdown, Table, Typography, type InputRef } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { QueueViewKey } from '../../../../src/contracts/queues.schemas.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { queueLabel, useQueueViews } from '../../api/queues.ts';
import { useLang } from '../../i18n/index.tsx';
import { useUnits } from '../../api/reference.ts';
import { downloadFile } from '../../api/transport.ts';
import { useAbilities } from '../../api/session.ts';
import { BulkActions } from './BulkActions.tsx';
import { queueColumns } from './columns.tsx';
import { QueueFilters } from './QueueFilters.tsx';
import { ALL_VIEW, exportUrl, fetchPage, readFilter, type FilterText, type Row } from './queue-query.ts';
import { SavedFilters } from './SavedFilters.tsx';
import { useText } from './text.ts';

const PAGE_SIZES = [20, 50, 100, 200];

/**
 * `/queues/:view`: one work queue (or 全部工单), paged, sorted and filtered by the server; the state of the list
 * lives in the address bar so that a reload, a shared link or a saved filter shows the same rows.
 */
export default function QueueScreen() {
  const { view = ALL_VIEW } = useParams();
  const t = useText();
  const navigate = useNavigate();
  const can = useAbilities();
  const showError = useApiErrorHandler();
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<number[]>([]);
  const searchRef = useRef<InputRef>(null);
  const { byCode } = useUnits();
  const views = useQueueViews();

  const filter = useMemo(() => readFilter(params, view), [params, view]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 50;
  const isQueue = view !== ALL_VIEW;
  const { lang } = useLang();
  const current = views.data?.find((v) => v.key === view);
  const label = isQueue ? (current ? queueLabel(current, lang) : view) : t('allTickets');

  const list = useQuery({
    queryKey: queryKeys.queuePage(view, { ...filter, page, pageSize }),
    queryFn: () => fetchPage(view, filter, page, pageSize),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  useEffect(() => setSelected([]), [view, params]);

  const update = (next: FilterText, nextPage = 1, nextSize = pageSize) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    if (nextPage > 1) search.set('page', String(nextPage));
    if (nextSize !== 50) search.set('pageSize', String(nextSize));
    setParams(search);
  };

  const total = list.data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  useShortcut({ keys: '/', label: t('focusSearch'), run: () => searchRef.current?.focus() });
  useShortcut({ keys: ']', label: t('nextPage'), run: () => page < lastPage && update(filter, page + 1) });
  useShortcut({ keys: '[', label: t('previousPage'), run: () => page > 1 && update(filter, page - 1) });
  useShortcut({ keys: 'Alt+R', label: t('refresh'), run: () => void list.refetch() });
  useShortcut({
    keys: 'Alt+O',
    label: t('openFirst'),
    run: () => {
      const first = list.data?.items[0];
      if (first) navigate(`/tickets/${encodeURIComponent(first.number)}`);
    },
  });

  const columns = useMemo(
    () =>
      queueColumns({
        t,
        unitsByCode: byCode,
        sort: filter.sort,
        sortable: isQueue,
        showAssignee: view === 'toRevisit',
      }),
    [t, byCode, filter.sort, isQueue, view],
  );

  if (list.error instanceof ApiError && !list.data) {
    return <ErrorPage detail={list.error.message} onRetry={() => void list.refetch()} />;
  }

  const exportAs = (format: 'csv' | 'xlsx') =>
    downloadFile(exportUrl(view, filter, format), `${label}.${format}`).catch((error) => showError(error));

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {label}
        </Typography.Title>
        <Typography.Text type="secondary">{t('total', { total })}</Typography.Text>
        <span style={{ flex: 1 }} />
        {isQueue && selected.length > 0 ? (
          <Typography.Text>
            {t('selected', { count: selected.length })}
            <Button type="link" size="small" onClick={() => setSelected([])}>
              {t('clearSelection')}
            </Button>
          </Typography.Text>
        ) : null}
        {isQueue ? (
          <BulkActions
            view={view as QueueViewKey}
            filter={filter}
            selected={selected}
            total={total}
            onDone={() => setSelected([])}
          />
        ) : null}
        {isQueue ? (
          <SavedFilters view={view as QueueViewKey} filter={filter} onApply={(f) => update(f)} />
        ) : null}
        {isQueue && can('queues.exportView') ? (
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'xlsx', label: t('exportXlsx'), onClick: () => void exportAs('xlsx') },
                { key: 'csv', label: t('exportCsv'), onClick: () => void exportAs('csv') },
              ],
            }}
          >
            <Button icon={<DownloadOutlined />}>{t('export')}</Button>
          </Dropdown>
        ) : null}
        <Button icon={<ReloadOutlined />} aria-label={t('refresh')} onClick={() => void list.refetch()} />
      </div>
      <QueueFilters view={view} filter={filter} onChange={(next) => update(next)} searchRef={searchRef} />
      <Table<Row>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        loading={list.isFetching && !list.data}
        dataSource={list.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: t('empty') }}
        rowSelection={
          isQueue
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as number[]),
                columnWidth: 32,
              }
            : undefined
        }
        onRow={(row) => ({ onDoubleClick: () => navigate(`/tickets/${encodeURIComponent(row.number)}`) })}
        scroll={{ y: 'calc(100vh - 250px)' }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (count) => t('total', { total: count }),
          size: 'small',
        }}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort') {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const next = { ...filter };
            if (one?.order && one.columnKey)
              next.sort = `${String(one.columnKey)}:${one.order === 'ascend' ? 'asc' : 'desc'}`;
            else delete next.sort;
            update(next);
          } else if (extra.action === 'paginate') {
            update(filter, pagination.current ?? 1, pagination.pageSize ?? pageSize);
          }
        }}
      />
    </div>
  );
}
