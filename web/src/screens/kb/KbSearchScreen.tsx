import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Empty, Input, Select, Space, Spin, Table, Typography, type InputRef } from 'antd';
import { AuditOutlined, FieldTimeOutlined, PlusOutlined, TagsOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { KB, kbKeys, useKbArticle, useKbSearch, type KbSearchQuery } from '../../api/kb.ts';
import { useUnits } from '../../api/reference.ts';
import { useAbilities } from '../../api/session.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { formatShortTime } from '../../components/format.ts';
import { ArticleBody, liveRevision } from './ArticleBody.tsx';
import { CategoryPicker, Highlighted, KB_STATUS_CODES, StatusTag, useStatusLabel } from './parts.tsx';
import { useText, type KbText } from './text.ts';

const DISTRICT_KINDS = ['district', 'zone'] as const;
const PAGE_SIZE = 20;

interface Row {
  id: number;
  number: string;
  title: ReactNode;
  snippet: ReactNode;
  unitCode: string;
  status: ReactNode;
  when: string;
}

/**
 * `/kb`: the knowledge base's search — the same GET /api/kb/search the agent desk suggests from, with its
 * filters — and, before anything is typed, the articles by last change. The chosen article reads on the right.
 * The whole state is in the address bar, so a link or a reload shows the same list.
 */
export default function KbSearchScreen() {
  const t = useText();
  const can = useAbilities();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const searchRef = useRef<InputRef>(null);
  const { byCode } = useUnits();
  const statusLabel = useStatusLabel();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const selected = Number(params.get('id')) || null;
  const filters = {
    categoryCode: params.get('category') || undefined,
    unitCode: params.get('unit') || undefined,
    districtCode: params.get('district') || undefined,
    status: params.get('status') || undefined,
  };

  const set = (changes: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  const searching = q.trim().length >= 2;
  const searchQuery: KbSearchQuery | null = searching ? { q, limit: 50, ...filters } : null;
  const search = useKbSearch(searchQuery);
  const listQuery = { page, pageSize: PAGE_SIZE, ...filters, categoryCode: filters.categoryCode };
  const list = useQuery({
    queryKey: kbKeys.list(listQuery),
    queryFn: () => api.call(KB.list, { query: listQuery }),
    enabled: !searching,
    placeholderData: keepPreviousData,
  });

  useShortcut({ keys: '/', label: t('focusSearch'), run: () => searchRef.current?.focus() });

  const rows: Row[] = useMemo(() => {
    if (searching) {
      return (search.data ?? []).map((hit) => ({
        id: hit.id,
        number: hit.number,
        title: <Highlighted html={hit.highlights.title} />,
        snippet: <Highlighted html={hit.highlights.snippet} />,
        unitCode: hit.unitCode,
        status: hit.expired ? <StatusTag status="expired" /> : null,
        when: hit.expiresOn ?? '',
      }));
    }
    return (list.data?.items ?? []).map((article) => ({
      id: article.id,
      number: article.number,
      title: article.title,
      snippet: article.content.slice(0, 80),
      unitCode: article.unitCode,
      status: <StatusTag status={article.shownStatus} />,
      when: formatShortTime(article.updatedAt),
    }));
  }, [searching, search.data, list.data]);

  const error = searching ? search.error : list.error;
  const loading = searching ? search.isFetching : list.isFetching;

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8, height: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {searching ? t('results', { count: rows.length }) : t('results', { count: list.data?.total ?? 0 })}
        </Typography.Text>
        <span style={{ flex: 1 }} />
        {can('kb.articleAction') ? (
          <Button icon={<AuditOutlined />} onClick={() => navigate('/kb/review')}>
            {t('reviewQueue')}
          </Button>
        ) : null}
        {can('kb.dueArticles') ? (
          <Button icon={<FieldTimeOutlined />} onClick={() => navigate('/kb/due')}>
            {t('dueList')}
          </Button>
        ) : null}
        {can('kb.listSynonyms') ? (
          <Button icon={<TagsOutlined />} onClick={() => navigate('/kb/synonyms')}>
            {t('synonyms')}
          </Button>
        ) : null}
        {can('kb.createArticle') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/kb/articles/new')}>
            {t('newArticle')}
          </Button>
        ) : null}
      </div>
      <Space size={8} wrap>
        <Input.Search
          ref={searchRef}
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onSearch={(value) => set({ q: value.trim(), id: null })}
          enterButton={t('search')}
          allowClear
          autoFocus
          style={{ width: 340 }}
        />
        <CategoryPicker
          placeholder={t('category')}
          value={filters.categoryCode ?? null}
          onChange={(value) => set({ category: value })}
          style={{ width: 180 }}
        />
        <UnitSelect
          placeholder={t('unit')}
          value={filters.unitCode ?? null}
          onChange={(value) => set({ unit: value as string | undefined })}
          allowClear
          style={{ width: 180 }}
        />
        <UnitSelect
          placeholder={t('district')}
          kinds={DISTRICT_KINDS}
          value={filters.districtCode ?? null}
          onChange={(value) => set({ district: value as string | undefined })}
          allowClear
          style={{ width: 120 }}
        />
        <Select
          mode="multiple"
          aria-label={t('status')}
          placeholder={t('status')}
          value={filters.status ? filters.status.split(',') : []}
          onChange={(value: string[]) => set({ status: value.join(',') })}
          options={KB_STATUS_CODES.map((code) => ({ value: code, label: statusLabel(code) }))}
          maxTagCount="responsive"
          style={{ width: 180 }}
        />
      </Space>
      {error ? <Alert type="error" showIcon title={error.message || t('loadFailed')} /> : null}
      <div style={{ display: 'flex', gap: 12, flex: 1, minHeight: 0 }}>
        <div style={{ width: 560, flex: '0 0 560px', overflowY: 'auto' }}>
          <Table<Row>
            size="small"
            rowKey="id"
            loading={loading}
            dataSource={rows}
            showHeader={false}
            locale={{ emptyText: searching ? t('noResult') : t('listHint') }}
            rowClassName={(row) => (row.id === selected ? 'ant-table-row-selected' : '')}
            onRow={(row) => ({
              onClick: () => set({ id: String(row.id), page: page > 1 ? String(page) : null }),
              style: { cursor: 'pointer' },
            })}
            pagination={
              searching
                ? false
                : {
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: list.data?.total ?? 0,
                    showSizeChanger: false,
                    size: 'small',
                    onChange: (next) => set({ page: next > 1 ? String(next) : null }),
                  }
            }
            columns={[
              {
                key: 'article',
                render: (_, row) => (
                  <div style={{ minWidth: 0 }}>
                    <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                      <Typography.Text strong ellipsis style={{ flex: 1 }}>
                        {row.title}
                      </Typography.Text>
                      {row.status}
                    </div>
                    <div style={{ fontSize: 12, color: '#666', display: 'flex', gap: 8 }}>
                      <span>{row.number}</span>
                      <span>{byCode.get(row.unitCode)?.name ?? row.unitCode}</span>
                      <span>{row.when}</span>
                    </div>
                    <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block' }}>
                      {row.snippet}
                    </Typography.Text>
                  </div>
                ),
              },
            ]}
          />
        </div>
        <div
          role="region"
          aria-label={t('preview')}
          style={{
            flex: 1,
            minWidth: 0,
            overflowY: 'auto',
            borderLeft: '1px solid #f0f0f0',
            paddingLeft: 12,
          }}
        >
          <Preview t={t} id={selected} />
        </div>
      </div>
    </div>
  );
}

function Preview({ t, id }: { t: KbText; id: number | null }) {
  const article = useKbArticle(id);
  if (id === null) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pickOne')} />;
  if (article.isLoading) return <Spin />;
  if (article.error) return <Alert type="warning" showIcon title={article.error.message} />;
  if (!article.data) return null;
  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Link to={`/kb/articles/${article.data.id}`}>{t('open')}</Link>
      </div>
      <ArticleBody t={t} article={article.data} revision={liveRevision(article.data)} />
    </div>
  );
}
