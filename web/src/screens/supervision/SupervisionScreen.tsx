import { useState } from 'react';
import { Breadcrumb, Button, Typography } from 'antd';
import { ApartmentOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { SupervisionMeasure } from '../../../../src/contracts/supervision.schemas.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { ErrorPage, LoadingBlock } from '../../app/StatusPages.tsx';
import { ApiError } from '../../api/client.ts';
import { useUnits } from '../../api/reference.ts';
import { formatTime } from '../../components/format.ts';
import { CellDrawer } from './CellDrawer.tsx';
import { CountsTable, type CountsRow } from './CountsTable.tsx';
import { boardKey, fetchBoard, type Board, type Cell } from './supervision-api.ts';
import { useText } from './text.ts';

/**
 * `/supervision` (督办看板): near-due, overdue and supervised tickets per unit and per level-1 category, within
 * what the viewer may see — the whole city for the centre, its own subtree for a unit admin. A unit row opens
 * the units below it (`?unit=`); a number opens its tickets.
 */
export default function SupervisionScreen() {
  const t = useText();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit');
  const [cell, setCell] = useState<Cell | null>(null);
  const { units } = useUnits();
  const rootCode = units.find((u) => u.parentCode === null)?.code;

  const board = useQuery({
    queryKey: boardKey(unit),
    queryFn: () => fetchBoard(unit),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  useShortcut({ keys: 'Alt+R', label: t('refresh'), run: () => void board.refetch() });

  if (board.error instanceof ApiError && !board.data)
    return <ErrorPage detail={board.error.message} onRetry={() => void board.refetch()} />;
  if (!board.data) return <LoadingBlock />;
  const data: Board = board.data;
  const open = (scopeUnit: string | null) => setParams(scopeUnit ? { unit: scopeUnit } : {});
  // A unit admin's own board: the top of what it may see is its unit, not the city.
  const isUnitBoard = !data.scope.wholeCity && data.trail.length === 0;
  const cityName = (code: string, name: string) => (code === rootCode ? t('wholeCity') : name);
  const scopeName = data.scope.wholeCity ? t('wholeCity') : data.scope.name;

  const unitRows: CountsRow[] = data.units.map((row) => ({
    key: `${row.unitCode}${row.own ? ':own' : ''}`,
    label: row.own ? t('ownRow', { name: row.unitName }) : row.unitName,
    counts: row.counts,
    name: row.own ? (
      <Typography.Text type="secondary">{t('ownRow', { name: row.unitName })}</Typography.Text>
    ) : row.hasChildren ? (
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto' }}
        icon={<ApartmentOutlined />}
        iconPlacement="end"
        title={t('openBelow')}
        onClick={() => open(row.unitCode)}
      >
        {row.unitName}
      </Button>
    ) : (
      row.unitName
    ),
  }));
  const categoryRows: CountsRow[] = data.categories.map((row) => ({
    key: row.code,
    label: row.name,
    name: row.name,
    counts: row.counts,
  }));

  const openUnitCell = (row: { key: string | null; label: string }, measure: SupervisionMeasure) => {
    const base = { measure, scope: data.scope.code, label: row.label };
    if (row.key === null) return setCell({ ...base, label: scopeName });
    const [code, own] = row.key.split(':');
    setCell({ ...base, unitCode: code!, own: own === 'own' });
  };
  const openCategoryCell = (row: { key: string | null; label: string }, measure: SupervisionMeasure) =>
    setCell({
      measure,
      scope: data.scope.code,
      label: row.key === null ? scopeName : row.label,
      ...(row.key ? { categoryCode: row.key } : {}),
    });

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {isUnitBoard ? t('ownTitle') : t('title')}
        </Typography.Title>
        <Breadcrumb
          items={[
            ...data.trail.map((step, index) => ({
              key: step.code,
              title: (
                <a
                  href={`?unit=${step.code}`}
                  onClick={(event) => {
                    event.preventDefault();
                    open(index === 0 ? null : step.code);
                  }}
                >
                  {cityName(step.code, step.name)}
                </a>
              ),
            })),
            { key: data.scope.code, title: scopeName },
          ]}
        />
        <span style={{ flex: 1 }} />
        <Typography.Text type="secondary">
          {t('countedAt', { time: formatTime(data.countedAt) })}
        </Typography.Text>
        <Button
          icon={<ReloadOutlined />}
          aria-label={t('refresh')}
          loading={board.isFetching}
          onClick={() => void board.refetch()}
        />
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 7fr) minmax(0, 5fr)', gap: 16 }}>
        <section>
          <Typography.Text strong>{t('byUnit')}</Typography.Text>
          <CountsTable
            ariaLabel={t('byUnit')}
            nameTitle={t('unit')}
            rows={unitRows}
            total={{
              label: t('total'),
              counts: data.total,
              ...(data.scope.wholeCity ? { hint: t('totalHint') } : {}),
            }}
            onOpen={openUnitCell}
          />
        </section>
        <section>
          <Typography.Text strong>{t('byCategory')}</Typography.Text>
          {categoryRows.length > 0 ? (
            <CountsTable
              ariaLabel={t('byCategory')}
              nameTitle={t('category')}
              rows={categoryRows}
              onOpen={openCategoryCell}
            />
          ) : (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('noCategories')}
            </Typography.Paragraph>
          )}
        </section>
      </div>
      <CellDrawer cell={cell} bulkActions={data.bulkActions} onClose={() => setCell(null)} />
    </div>
  );
}
