import { createRollupSlices } from './rollup-slices.repository.ts';
import type { Executor } from '../../db/executor.ts';
import { isUnitRole } from '../../domain/access/roles.ts';
import {
  parseScheme,
  scoreUnit,
  type ScoreBreakdown,
  type ScoringScheme,
} from '../../domain/scoring/index.ts';
import { addCalendarDays, localDate, startOfLocalDate } from '../../domain/time.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { CallsService } from '../calls/index.ts';
import type { KbService } from '../kb/index.ts';
import type { TicketFacts } from '../tickets/index.ts';
import type { UnitsService } from '../units/index.ts';
import { costlyTickets, type CostlyTicket } from './score-explanation.ts';
import { createRollupsRepository, type RollupSums } from './rollups.repository.ts';
import { figureRulesOf } from './schemes.ts';
import type { SchemesService } from './schemes.service.ts';
import type { Period, PeriodFigures } from './period-figures.ts';
import { compareRankings, rankByPeerGroup, type RankChange, type RankedGroup } from './rankings.ts';
import { indicatorsOf, unitRow, type ScoredUnit } from './scored-unit.ts';
import { ratio, unitFigures, type FigureRules, type UnitFigureSet } from './unit-figures.ts';

export type { Period, PeriodFigures } from './period-figures.ts';

export interface ScoreExplanationQuery {
  /** 'YYYY-MM-DD', first and last day of registration */
  from: string;
  to: string;
  /** Defaults to now */
  asOf?: Date | undefined;
  scheme?: string | undefined;
  /** How many of the costly tickets to list */
  limit: number;
}

export interface ScoreExplanation {
  unit: { code: string; name: string };
  scheme: { id: string; version: number };
  figures: ScoredUnit;
  breakdown: ScoreBreakdown | null;
  tickets: { tickets: CostlyTicket[]; total: number };
}

export interface RankingsQuery {
  from: string;
  to: string;
  asOf?: Date | undefined;
  scheme?: string | undefined;
}

export interface Rankings {
  period: { from: string; to: string };
  /** ISO 8601 */
  asOf: string;
  scheme: { id: string; version: number; name: string };
  groups: RankedGroup[];
}

export interface SchemePreview {
  period: { from: string; to: string };
  asOf: string;
  current: { id: string; version: number; name: string };
  draft: { id: string; version: number; name: string };
  groups: { key: string; label: string; rows: RankChange[] }[];
}

function assertPeriod(from: string, to: string) {
  if (from > to) throw new AppError('VALIDATION_FAILED', '起始日期晚于结束日期', { field: 'from' });
}

export function createEvaluationService(deps: {
  db: Executor;
  clock: Clock;
  units: UnitsService;
  schemes: SchemesService;
  calls: CallsService;
  kb: KbService;
  ticketFacts: TicketFacts;
}) {
  async function rankingsUnder(period: Period, scheme: ScoringScheme): Promise<RankedGroup[]> {
    const figures = await periodFigures(period, figureRulesOf(scheme));
    return rankByPeerGroup((await deps.units.directory()).all(), figures, scheme);
  }

  function assertCentre(actor: Actor) {
    if (isUnitRole(actor.role)) throw new AppError('FORBIDDEN', '承办单位只能查看本单位的得分说明');
  }

  return {
    periodFigures,

    /** The months with registered tickets, latest first (at most three years): where period screens open. */
    async dataMonths(): Promise<{ months: string[] }> {
      return { months: await createRollupSlices(deps.db).registeredMonths(36) };
    },

    /**
     * Every peer group's ranking for a period (the bulletin's tables in full). They compare every unit with its
     * peers: the centre's roles read them; a unit reads its own score explanation.
     */
    async rankings(actor: Actor, query: RankingsQuery): Promise<Rankings> {
      assertCentre(actor);
      assertPeriod(query.from, query.to);
      const asOf = query.asOf ?? deps.clock.now();
      const scheme = await deps.schemes.resolve(query.scheme);
      return {
        period: { from: query.from, to: query.to },
        asOf: asOf.toISOString(),
        scheme: { id: scheme.id, version: scheme.version, name: scheme.name },
        groups: await rankingsUnder({ from: query.from, to: query.to, asOf }, scheme),
      };
    },

    /**
     * How a draft scheme would rank the units of a period, beside the version in force of the same id (or the
     * default scheme for a new id): nothing is saved. An invalid draft is refused naming each offending field.
     */
    async previewScheme(
      actor: Actor,
      query: { scheme: unknown; from: string; to: string; asOf?: Date | undefined },
    ): Promise<SchemePreview> {
      assertCentre(actor);
      assertPeriod(query.from, query.to);
      const draft = parseScheme(query.scheme);
      const current =
        (await deps.schemes.list()).find((scheme) => scheme.id === draft.id) ??
        (await deps.schemes.resolve());
      const period = { from: query.from, to: query.to, asOf: query.asOf ?? deps.clock.now() };
      const draftGroups = await rankingsUnder(period, draft);
      const currentGroups = await rankingsUnder(period, current);
      const name = (s: ScoringScheme) => ({ id: s.id, version: s.version, name: s.name });
      return {
        period: { from: query.from, to: query.to },
        asOf: period.asOf.toISOString(),
        current: name(current),
        draft: name(draft),
        groups: compareRankings(currentGroups, draftGroups),
      };
    },

    /**
     * 单位得分说明: a unit's figures, its score indicator by indicator, and the tickets that lost it points. A
     * unit's people may read their own unit's and those of the units below it.
     */
    async explainScore(actor: Actor, code: string, query: ScoreExplanationQuery): Promise<ScoreExplanation> {
      const directory = await deps.units.directory();
      const unit = directory.get(code);
      if (!unit) throw new AppError('UNIT_NOT_FOUND', `单位 ${code} 不存在`, { field: 'code' });
      if (isUnitRole(actor.role) && !directory.isWithin(unit.code, actor.unitCode)) {
        throw new AppError('FORBIDDEN', '只能查看本单位及下级单位的得分');
      }
      const asOf = query.asOf ?? deps.clock.now();
      const scheme = await deps.schemes.resolve(query.scheme);
      const figures = await periodFigures({ from: query.from, to: query.to, asOf }, figureRulesOf(scheme));
      const row = unitRow(unit, figures, scheme);
      const figure = figures.units.get(unit.code);
      const outcomes = await deps.ticketFacts.assignmentOutcomes({
        unitCodes: directory.subtreeCodes(unit.code),
        fromIso: startOfLocalDate(query.from).toISOString(),
        toIso: startOfLocalDate(addCalendarDays(query.to, 1)).toISOString(),
      });
      return {
        unit: { code: unit.code, name: unit.name },
        scheme: { id: scheme.id, version: scheme.version },
        figures: row,
        breakdown: figure ? scoreUnit(scheme, indicatorsOf(figure, row.kbUpdates)) : null,
        tickets: costlyTickets(outcomes, asOf, query.limit),
      };
    },
  };

  /**
   * All units' figures for tickets registered in the period, from the rollups: the cost depends on the number
   * of units and days, not on the number of tickets.
   */
  async function periodFigures(period: Period, rules: FigureRules): Promise<PeriodFigures> {
    // The as-of moment counts whole days: rollups know the day of each event, not its hour.
    const asOfDay = localDate(period.asOf);
    const rollups = createRollupsRepository(deps.db);
    const range = { from: period.from, to: period.to, asOfDay };
    const sums = rules.hasExclusions ? await rollups.sums(range) : await rollups.unitSums(range);
    const byUnit = new Map<string, RollupSums[]>();
    for (const row of sums) {
      const list = byUnit.get(row.unitCode) ?? [];
      list.push(row);
      byUnit.set(row.unitCode, list);
    }
    const units = new Map<string, UnitFigureSet>();
    for (const [unitCode, rows] of byUnit) units.set(unitCode, unitFigures(unitCode, rows, rules));

    const directory = await deps.units.directory();
    const own = await deps.kb.revisionCountsByUnit(
      startOfLocalDate(period.from),
      new Date(
        Math.min(startOfLocalDate(addCalendarDays(period.to, 1)).getTime(), period.asOf.getTime() + 1),
      ),
    );
    // A subtree's KB updates are its own and those of every unit below it.
    const kbUpdates = new Map<string, number>();
    for (const [unitCode, count] of own) {
      const path = directory.get(unitCode)?.path ?? `/${unitCode}/`;
      for (const ancestor of path.split('/').filter(Boolean))
        kbUpdates.set(ancestor, (kbUpdates.get(ancestor) ?? 0) + count);
    }
    const lastCallDay = localDate(period.asOf) < period.to ? localDate(period.asOf) : period.to;
    const calls = { offered: 0, answered: 0, answeredWithin15s: 0 };
    for (const day of await deps.calls.listDays(period.from, lastCallDay)) {
      calls.offered += day.offered;
      calls.answered += day.answered;
      calls.answeredWithin15s += day.answeredWithin15s;
    }
    return {
      period,
      units,
      kbUpdates,
      calls: {
        answer: ratio(calls.answered, calls.offered),
        answerWithin15s: ratio(calls.answeredWithin15s, calls.answered),
      },
    };
  }
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
