import type { Executor } from '../../db/executor.ts';
import { addCalendarDays, localDate, startOfLocalDate } from '../../domain/time.ts';
import type { UnitsService } from '../units/index.ts';
import { createEvaluationRepository } from './evaluation.repository.ts';
import { costlyTickets } from './score-explanation.ts';
import { createRollupsRepository, type RollupSums } from './rollups.repository.ts';
import { ratio, unitFigures, type FigureRules, type Ratio, type UnitFigureSet } from './unit-figures.ts';

export interface Period {
  /** 'YYYY-MM-DD', first and last day (Asia/Shanghai) of registration */
  from: string;
  to: string;
  /** Figures count what had happened by this moment. */
  asOf: Date;
}

export interface PeriodFigures {
  period: Period;
  /** Every unit subtree with tickets in the period, the centre (root) included */
  units: Map<string, UnitFigureSet>;
  /** 知识库更新数 by unit subtree */
  kbUpdates: Map<string, number>;
  calls: { answer: Ratio; answerWithin15s: Ratio };
}

export function createEvaluationService(deps: { db: Executor; units: UnitsService }) {
  return {
    /** The tickets behind a unit's lost points (see score-explanation.ts). */
    costlyTickets: (input: Parameters<typeof costlyTickets>[1]) => costlyTickets(deps.db, input),

    /**
     * All units' figures for tickets registered in the period, from the rollups: the cost depends on the number
     * of units and days, not on the number of tickets.
     */
    async periodFigures(period: Period, rules: FigureRules): Promise<PeriodFigures> {
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

      const repository = createEvaluationRepository(deps.db);
      const directory = await deps.units.directory();
      const own = await repository.kbRevisionsByUnit(
        startOfLocalDate(period.from).toISOString(),
        new Date(
          Math.min(startOfLocalDate(addCalendarDays(period.to, 1)).getTime(), period.asOf.getTime() + 1),
        ).toISOString(),
      );
      // A subtree's KB updates are its own and those of every unit below it.
      const kbUpdates = new Map<string, number>();
      for (const [unitCode, count] of own) {
        const path = directory.get(unitCode)?.path ?? `/${unitCode}/`;
        for (const ancestor of path.split('/').filter(Boolean))
          kbUpdates.set(ancestor, (kbUpdates.get(ancestor) ?? 0) + count);
      }
      const lastCallDay = localDate(period.asOf) < period.to ? localDate(period.asOf) : period.to;
      const calls = await repository.callTotals(period.from, lastCallDay);
      return {
        period,
        units,
        kbUpdates,
        calls: {
          answer: ratio(calls.answered, calls.offered),
          answerWithin15s: ratio(calls.answeredWithin15s, calls.answered),
        },
      };
    },
  };
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
