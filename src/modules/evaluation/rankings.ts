import type { UnitKind } from '../../domain/organisation/unit-kind.ts';
import { rankUnits, type ScoringScheme } from '../../domain/scoring/index.ts';
import type { UnitRecord } from '../units/index.ts';
import type { PeriodFigures } from './period-figures.ts';
import { unitRow, type ScoredUnit } from './scored-unit.ts';

export type RankedUnit = ScoredUnit & { rank: number };

/** One peer group's full ranking: the table behind the bulletin's tables (十佳/较差 are its ends). */
export interface RankedGroup {
  key: string;
  label: string;
  best: number;
  worst: number;
  rows: RankedUnit[];
}

/**
 * Every peer group of the scheme ranked as the bulletin ranks it (rankUnits: score, then 交办总量, then name;
 * unscored units last). Units without a ticket in the period are left out, as the bulletin leaves them out.
 */
export function rankByPeerGroup(
  units: readonly UnitRecord[],
  figures: PeriodFigures,
  scheme: ScoringScheme,
): RankedGroup[] {
  return scheme.peerGroups.map((group) => ({
    key: group.key,
    label: group.label,
    best: group.best,
    worst: group.worst,
    rows: rankUnits(
      units
        .filter((unit) => group.unitKinds.includes(unit.kind as UnitKind))
        .map((unit) => unitRow(unit, figures, scheme))
        .filter((row) => row.assigned > 0),
    ),
  }));
}

export interface RankChange {
  unitCode: string;
  unitName: string;
  assigned: number;
  current: { rank: number; score: number | null; group: string } | null;
  draft: { rank: number; score: number | null; group: string } | null;
  /** Places moved up under the draft (positive: better); null when the unit is ranked under one only */
  rankChange: number | null;
  /** Draft score − current score; null when either is unscored */
  scoreChange: number | null;
}

/** How each unit's place would move from one scheme's rankings to another's, grouped as the draft groups. */
export function compareRankings(
  current: readonly RankedGroup[],
  draft: readonly RankedGroup[],
): { key: string; label: string; rows: RankChange[] }[] {
  const before = new Map<string, { row: RankedUnit; group: string }>();
  for (const group of current)
    for (const row of group.rows) before.set(row.unitCode, { row, group: group.key });
  return draft.map((group) => ({
    key: group.key,
    label: group.label,
    rows: group.rows.map((row) => {
      const was = before.get(row.unitCode);
      const sameGroup = was?.group === group.key;
      return {
        unitCode: row.unitCode,
        unitName: row.unitName,
        assigned: row.assigned,
        current: was ? { rank: was.row.rank, score: was.row.score, group: was.group } : null,
        draft: { rank: row.rank, score: row.score, group: group.key },
        rankChange: was && sameGroup ? was.row.rank - row.rank : null,
        scoreChange:
          was && was.row.score !== null && row.score !== null
            ? Math.round((row.score - was.row.score) * 100) / 100
            : null,
      };
    }),
  }));
}
