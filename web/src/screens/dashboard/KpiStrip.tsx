import { Tooltip, Typography } from 'antd';
import type { DashboardKpi } from '../../../../src/contracts/dashboard.schemas.ts';
import { amount, integer, percent, type DrillRequest, type DrillTab } from './figures.tsx';
import type { T } from './text.ts';

/** The KPI strip: each figure with its numerator and denominator; a click opens the tickets behind it. */
export function KpiStrip({
  kpis,
  unit,
  onDrill,
  t,
}: {
  kpis: DashboardKpi[];
  unit: { code: string; name: string };
  onDrill: (request: DrillRequest) => void;
  t: T;
}) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: `repeat(${kpis.length}, minmax(0, 1fr))`, gap: 8 }}>
      {kpis.map((kpi) => {
        const tabs: DrillTab[] = [
          ...(kpi.parts ?? []).map((part) => ({ key: part.key, label: part.label, target: part.drill })),
          ...(kpi.numeratorDrill && !kpi.parts
            ? [{ key: 'numerator', label: kpi.numeratorLabel, target: kpi.numeratorDrill }]
            : []),
          ...(kpi.denominatorDrill
            ? [{ key: 'denominator', label: kpi.denominatorLabel, target: kpi.denominatorDrill }]
            : []),
        ];
        // 满意率 opens on 不满意: the tickets a leader asks about first.
        if (kpi.parts)
          tabs.sort((a, b) => (a.key === 'dissatisfied' ? -1 : b.key === 'dissatisfied' ? 1 : 0));
        const value = kpi.kind === 'rate' ? percent(kpi.value) : integer(kpi.value ?? 0);
        const previous =
          kpi.previousValue === null
            ? t('noPrevious')
            : t('previous', {
                value: kpi.kind === 'rate' ? percent(kpi.previousValue) : integer(kpi.previousValue),
              });
        const open = () => onDrill({ unitCode: unit.code, unitName: unit.name, figure: kpi.label, tabs });
        return (
          <button
            key={kpi.key}
            type="button"
            disabled={tabs.length === 0}
            onClick={open}
            aria-label={`${kpi.label} ${value}`}
            style={{
              textAlign: 'left',
              border: '1px solid #e5e7eb',
              borderRadius: 4,
              background: '#fff',
              padding: '6px 10px',
              cursor: tabs.length ? 'pointer' : 'default',
              minWidth: 0,
            }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {kpi.label}
            </Typography.Text>
            <div
              style={{
                fontSize: 20,
                fontWeight: 600,
                lineHeight: '28px',
                fontVariantNumeric: 'tabular-nums',
              }}
            >
              {value}
            </div>
            <Tooltip title={previous}>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} ellipsis>
                {kpi.kind === 'rate'
                  ? `${kpi.numeratorLabel} ${amount(kpi.numerator)} / ${kpi.denominatorLabel} ${integer(kpi.denominator)}`
                  : previous}
              </Typography.Text>
            </Tooltip>
          </button>
        );
      })}
    </div>
  );
}
