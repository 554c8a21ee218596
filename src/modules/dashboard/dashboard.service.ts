import { isUnitRole } from '../../domain/access/roles.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { APPEAL_TYPE_LABELS, CHANNEL_LABELS } from '../../domain/lifecycle/states.ts';
import type { Counter } from '../../domain/metrics/counters.ts';
import type { ScoringScheme } from '../../domain/scoring/index.ts';
import { addCalendarDays, isLocalDate, localDate, startOfLocalDate } from '../../domain/time.ts';
import type { LineFigures } from '../../contracts/lines.schemas.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type {
  ChannelMix,
  ChannelQuery,
  DashboardView,
  DrillPage,
  DrillQuery,
  DrillTicket,
  DrillTarget,
  DashboardQuery,
  DashboardExportQuery,
} from '../../contracts/dashboard.schemas.ts';
import { writeTableFile } from '../../shared/table-file.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { CategoriesService } from '../categories/index.ts';
import {
  figureRulesOf,
  type EvaluationService,
  type FigureRules,
  type IndicatorName,
  type SchemesService,
} from '../evaluation/index.ts';
import type { TicketFacts } from '../tickets/index.ts';
import type { UnitDirectory, UnitRecord, UnitsService } from '../units/index.ts';
import { amountInFigure, asOfDayOf, candidateHints, type FigureSelection } from './dashboard-drill.ts';
import { dashboardKpis, districtRows, leagueTables } from './dashboard-figures.ts';
import { daysBetween, MAX_DAYS, previousPeriod } from './dashboard-periods.ts';
import { createRollupSlices, type KeyedSums } from '../evaluation/index.ts';
import { trendPoints, unitPeriodFigures } from './dashboard-trend.ts';
import { channelTable, dashboardTable, drillTable, type PlainTable } from './dashboard-tables.ts';

/** A drill-down reads its candidate tickets one by one: beyond this many it asks for a narrower choice. */
export const MAX_DRILL_CANDIDATES = 600_000;

export interface DashboardDeps {
  clock: Clock;
  db: Parameters<typeof createRollupSlices>[0];
  units: UnitsService;
  schemes: SchemesService;
  evaluation: EvaluationService;
  categories: CategoriesService;
  ticketFacts: TicketFacts;
  audit: AuditRecorder;
  /** 转出 and 转入 of the other lines in [from, to), handed in by the composition root (lines module) */
  lineFigures?: (from: Date, to: Date) => Promise<LineFigures>;
}

interface Scope {
  directory: UnitDirectory;
  unit: UnitRecord;
  isCentre: boolean;
  from: string;
  to: string;
  asOf: Date;
  scheme: ScoringScheme;
  rules: FigureRules;
}

export function createDashboardService(deps: DashboardDeps) {
  /** Checks the period and the unit, and narrows a unit's people to their own subtree. */
  async function scopeOf(
    actor: Actor,
    query: {
      from: string;
      to: string;
      unit?: string | undefined;
      asOf?: Date | undefined;
      scheme?: string | undefined;
    },
  ): Promise<Scope> {
    for (const field of ['from', 'to'] as const) {
      if (!isLocalDate(query[field]))
        throw new AppError('VALIDATION_FAILED', `${field} 应为有效的 YYYY-MM-DD 日期`, { field });
    }
    if (query.from > query.to)
      throw new AppError('VALIDATION_FAILED', '起始日期晚于结束日期', { field: 'from' });
    if (daysBetween(query.from, query.to) > MAX_DAYS.month)
      throw new AppError('VALIDATION_FAILED', '时段不能超过十年', { field: 'from' });
    const directory = await deps.units.directory();
    const root = directory.root();
    if (!root) throw new AppError('UNIT_NOT_FOUND', '尚未建立组织机构', { field: 'unit' });
    const code = query.unit ?? (isUnitRole(actor.role) ? actor.unitCode : root.code);
    const unit = directory.get(code);
    if (!unit) throw new AppError('UNIT_NOT_FOUND', `单位 ${code} 不存在`, { field: 'unit' });
    if (isUnitRole(actor.role) && !directory.isWithin(unit.code, actor.unitCode))
      throw new AppError('FORBIDDEN', '只能查看本单位及下级单位的数据');
    const scheme = await deps.schemes.resolve(query.scheme);
    return {
      directory,
      unit,
      isCentre: unit.code === root.code,
      from: query.from,
      to: query.to,
      asOf: query.asOf ?? deps.clock.now(),
      scheme,
      rules: figureRulesOf(scheme),
    };
  }

  const rangeOf = (from: string, to: string) => ({
    fromIso: startOfLocalDate(from).toISOString(),
    toIso: startOfLocalDate(addCalendarDays(to, 1)).toISOString(),
  });

  /** What the mixes count: 受理量 (直接答复 + 转办) at the centre, 交办量 for a unit's subtree. */
  const volumeCounters = (isCentre: boolean): Counter[] =>
    isCentre ? ['answered', 'dispatched'] : ['assigned'];
  const volumeOf = (row: KeyedSums, isCentre: boolean) =>
    volumeCounters(isCentre).reduce((sum, counter) => sum + row.counters[counter], 0);

  async function categoryNames(actor: Actor): Promise<Map<string, string>> {
    const list = await deps.categories.list(actor, { includeRetired: true });
    return new Map(list.map((category) => [category.code, category.name]));
  }

  const service = {
    /** The dashboard of one period and one unit subtree: every figure from the rollups the bulletin reads. */
    async overview(actor: Actor, query: DashboardQuery): Promise<DashboardView> {
      const scope = await scopeOf(actor, query);
      const { unit, isCentre, from, to, asOf, scheme, rules, directory } = scope;
      if (daysBetween(from, to) > MAX_DAYS[query.granularity]) {
        throw new AppError(
          'VALIDATION_FAILED',
          `按${{ day: '日', week: '周', month: '月' }[query.granularity]}的趋势最多 ${MAX_DAYS[query.granularity]} 天，请选择更粗的粒度`,
          { field: 'granularity' },
        );
      }
      const previous = previousPeriod(from, to);
      const asOfDay = asOfDayOf(asOf);
      const rollups = createRollupSlices(deps.db);
      const [figures, previousFigures, kinds, previousKinds, names] = await Promise.all([
        deps.evaluation.periodFigures({ from, to, asOf }, rules),
        unitPeriodFigures(rollups, { unitCode: unit.code, ...previous, asOfDay, rules }),
        rollups.byKind(unit.code, { from, to, asOfDay }),
        rollups.byKind(unit.code, { ...previous, asOfDay }),
        categoryNames(actor),
      ]);
      const trend = await trendPoints(rollups, {
        unitCode: unit.code,
        isCentre,
        from,
        to,
        asOfDay,
        granularity: query.granularity,
        rules,
      });

      const byType = new Map<string, number>();
      const byCategory = new Map<string, number>();
      for (const row of kinds) {
        byType.set(row.appealType, (byType.get(row.appealType) ?? 0) + volumeOf(row, isCentre));
        byCategory.set(row.categoryL1, (byCategory.get(row.categoryL1) ?? 0) + volumeOf(row, isCentre));
      }
      const before = new Map<string, number>();
      for (const row of previousKinds)
        before.set(row.categoryL1, (before.get(row.categoryL1) ?? 0) + volumeOf(row, isCentre));
      const total = [...byType.values()].reduce((a, b) => a + b, 0);
      const counters = volumeCounters(isCentre);
      const target = (extra: Partial<DrillTarget>): DrillTarget => ({ counters, indicator: null, ...extra });

      return {
        period: { from, to, asOf: asOf.toISOString(), previous },
        unit: { code: unit.code, name: unit.name, isCentre },
        scheme: { id: scheme.id, version: scheme.version },
        kpis: dashboardKpis(unit.code, isCentre, figures, previousFigures),
        trend: { granularity: query.granularity, points: trend },
        appealTypes: [...byType]
          .filter(([, count]) => count > 0)
          .sort((a, b) => b[1] - a[1])
          .map(([key, count]) => ({
            key,
            label: APPEAL_TYPE_LABELS[key as keyof typeof APPEAL_TYPE_LABELS] ?? key,
            count,
            share: total ? count / total : null,
            drill: target({ appealType: key }),
          })),
        hotspots: [...byCategory]
          .filter(([, count]) => count > 0)
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, 10)
          .map(([code, count]) => {
            const earlier = before.get(code) ?? 0;
            return {
              categoryCode: code,
              name: names.get(code) ?? code,
              count,
              previous: earlier,
              change: earlier ? (count - earlier) / earlier : null,
              drill: target({ category: code }),
            };
          }),
        districts: districtRows(directory, unit, isCentre, figures, scheme),
        leagues: leagueTables(directory, unit, figures, scheme),
        // Transfers never reach a unit: only the centre's view counts them.
        ...(isCentre && deps.lineFigures
          ? {
              lines: await deps.lineFigures(startOfLocalDate(from), startOfLocalDate(addCalendarDays(to, 1))),
            }
          : {}),
      };
    },

    /**
     * The tickets behind one count. Candidates are the tickets registered in the period (and, below the centre,
     * assigned within the subtree); a ticket is listed with the amount its rollup contributions add to the
     * figure, so the listed total is the figure itself.
     */
    async drill(actor: Actor, query: DrillQuery): Promise<DrillPage> {
      const scope = await scopeOf(actor, query);
      const selection: FigureSelection = {
        unitCode: scope.unit.code,
        counters: query.counters,
        from: scope.from,
        to: scope.to,
        asOfDay: asOfDayOf(scope.asOf),
        indicator: (query.indicator as IndicatorName | undefined) ?? null,
        appealType: query.appealType ?? null,
        categoryL1: query.category ?? null,
      };
      const first = (query.page - 1) * query.pageSize;
      const rows: DrillTicket[] = [];
      let total = 0;
      let tickets = 0;
      let scanned = 0;
      const candidates = deps.ticketFacts.registeredTickets({
        ...rangeOf(scope.from, scope.to),
        ...(scope.isCentre ? {} : { unitCodes: scope.directory.subtreeCodes(scope.unit.code) }),
        ...candidateHints(query.counters),
      });
      for await (const batch of candidates) {
        scanned += batch.length;
        if (scanned > MAX_DRILL_CANDIDATES)
          throw new AppError(
            'VALIDATION_FAILED',
            `时段内待查工单超过 ${MAX_DRILL_CANDIDATES.toLocaleString()} 张，请缩短时段或选择下级单位`,
            { field: 'from' },
          );
        for (const listed of batch) {
          const amount = amountInFigure(listed, selection, scope.directory, scope.rules);
          if (amount === 0) continue;
          if (tickets >= first && rows.length < query.pageSize) {
            const { ticket } = listed;
            rows.push({
              id: ticket.id,
              number: listed.number,
              title: listed.title,
              state: ticket.state,
              channel: listed.channel,
              appealType: ticket.appealType,
              category: ticket.category,
              receivedAt: ticket.receivedAt.toISOString(),
              completedAt: ticket.completedAt?.toISOString() ?? null,
              satisfaction: ticket.revisit?.satisfaction ?? null,
              amount,
            });
          }
          tickets += 1;
          total += amount;
        }
      }
      return { total, tickets, page: query.page, pageSize: query.pageSize, rows };
    },

    /** 来源渠道 of the tickets registered in the period (below the centre: those assigned within the subtree). */
    async channels(actor: Actor, query: ChannelQuery): Promise<ChannelMix> {
      const scope = await scopeOf(actor, query);
      const counts = await createRollupSlices(deps.db).channels(scope.unit.code, scope);
      const total = counts.reduce((sum, row) => sum + row.count, 0);
      return {
        total,
        channels: counts
          .sort((a, b) => b.count - a.count)
          .map((row) => ({
            key: row.channel,
            label: CHANNEL_LABELS[row.channel as keyof typeof CHANNEL_LABELS] ?? row.channel,
            count: row.count,
            share: total ? row.count / total : null,
            drill: null,
          })),
      };
    },
  };

  return {
    ...service,

    /** One table of the dashboard (or a drill-down's tickets, up to 50,000) as XLSX; every export is audited. */
    async exportTable(actor: Actor, query: DashboardExportQuery) {
      let table: PlainTable;
      if (query.table === 'channels') table = channelTable(await service.channels(actor, query));
      else if (query.table === 'tickets') {
        if (!query.counters)
          throw new AppError('VALIDATION_FAILED', '导出工单需要指定计数项 counters', { field: 'counters' });
        const { table: _table, counters, ...rest } = query;
        table = drillTable(await service.drill(actor, { ...rest, counters, page: 1, pageSize: 50_000 }));
      } else table = dashboardTable(await service.overview(actor, query), query.table);
      const file = await writeTableFile({ ...table, freezeHeader: true }, 'xlsx');
      await deps.audit.recordRead(actor, {
        action: 'dashboard.exported',
        targetType: 'dashboard',
        targetId: `${query.from}_${query.to}`,
        details: { table: query.table, unit: query.unit ?? null, rows: table.rows.length },
      });
      return { ...file, fileName: `数据看板-${table.sheetName}-${query.from}_${query.to}.xlsx` };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;

/** Today's local date by the clock: the console's default period ends there. */
export const todayOf = (clock: Clock) => localDate(clock.now());
