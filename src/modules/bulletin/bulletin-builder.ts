import type { UnitKind } from '../../domain/organisation/unit-kind.ts';
import { rankUnits, type PeerGroup, type ScoringScheme } from '../../domain/scoring/index.ts';
import { formatLocalTime } from '../../domain/time.ts';
import { unitRow, type PeriodFigures } from '../evaluation/index.ts';
import type { UnitRecord } from '../units/index.ts';
import type {
  Bulletin,
  BulletinTable,
  ChartSpec,
  TableColumn,
  UnitFigures,
} from '../../contracts/bulletin-document.ts';
import {
  bulletinTitle,
  cityOf,
  groupShareText,
  groupWords,
  headlineText,
  PART_NUMBERS,
  periodLabel,
  ratingText,
  satisfactionTopText,
  SECTION_NUMBERS,
  volumeTopText,
} from './bulletin-text.ts';

export interface BulletinInput {
  figures: PeriodFigures;
  scheme: ScoringScheme;
  units: readonly UnitRecord[];
  publishedOn: string;
  highlights: Bulletin['highlights'];
  /** Defaults to the part of the centre's name before 12345 */
  city?: string;
}

const TOP = 10;

const COLUMNS: Record<string, TableColumn> = {
  rank: { key: 'rank', label: '序号', format: 'integer' },
  unitName: { key: 'unitName', label: '受理单位', format: 'text' },
  assigned: { key: 'assigned', label: '交办总量', format: 'integer' },
  completion: { key: 'completion', label: '办结率', format: 'percent' },
  satisfaction: { key: 'satisfaction', label: '满意率', format: 'percent' },
  onTimeFeedback: { key: 'onTimeFeedback', label: '按时反馈率', format: 'percent' },
  effectiveRevisit: { key: 'effectiveRevisit', label: '有效回访率', format: 'percent' },
  kbUpdates: { key: 'kbUpdates', label: '知识库更新总数目', format: 'integer' },
  score: { key: 'score', label: '评分', format: 'score' },
};
const c = (...keys: string[]) => keys.map((key) => COLUMNS[key]!);

function groupUnits(units: readonly UnitRecord[], group: PeerGroup): UnitRecord[] {
  return units.filter((unit) => group.unitKinds.includes(unit.kind as UnitKind));
}

function numbered(rows: Omit<UnitFigures, 'rank'>[]): UnitFigures[] {
  return rows.map((row, index) => ({ ...row, rank: index + 1 }));
}

/** Scored units by score, best first (ties: more tickets, then name); units without a score last. */
function byScore(rows: Omit<UnitFigures, 'rank'>[]): Omit<UnitFigures, 'rank'>[] {
  return rankUnits(rows).map(({ rank: _rank, ...row }) => row);
}

/** Assembles the bulletin from a period's figures (DESIGN §6; the structure of the reference). */
export function buildBulletin(input: BulletinInput): Bulletin {
  const { figures, scheme, units } = input;
  const root = units.find((unit) => unit.parentCode === null);
  if (!root) throw new Error('the organisation has no centre');
  const labels = periodLabel(figures.period.from, figures.period.to);
  const city = input.city ?? cityOf(root.name);
  const centre = figures.units.get(root.code);
  const directAnswered = centre?.totals.answered ?? 0;
  const dispatched = centre?.totals.dispatched ?? 0;
  const received = directAnswered + dispatched;
  const rate = (r: { numerator: number; denominator: number; value: number | null }) => ({ ...r });
  const ratio = (numerator: number, denominator: number) => ({
    numerator,
    denominator,
    value: denominator ? numerator / denominator : null,
  });
  const completion = centre ? rate(centre.completion) : ratio(0, 0);
  const satisfaction = centre ? rate(centre.satisfaction) : ratio(0, 0);
  const headline = {
    received,
    callAnswer: rate(figures.calls.answer),
    directAnswered,
    directAnswer: ratio(directAnswered, received),
    dispatched,
    completion,
    satisfaction,
    text: '',
  };
  headline.text = headlineText({
    period: labels.withYear,
    received,
    callAnswer: headline.callAnswer.value,
    directAnswered,
    directAnswer: headline.directAnswer.value,
    dispatched,
    completion: completion.value,
    satisfaction: satisfaction.value,
  });

  const overview: Bulletin['sections'][number]['parts'] = [];
  const ratings: Bulletin['sections'][number]['parts'] = [];
  for (const group of scheme.peerGroups) {
    const rows = groupUnits(units, group)
      .map((unit) => unitRow(unit, figures, scheme))
      .filter((row) => row.assigned > 0);
    if (group.best > 0 || group.worst > 0) {
      ratings.push(...ratingParts(group, rows));
      continue;
    }
    overview.push(overviewPart(group, rows, groupUnits(units, group), dispatched, scheme, overview.length));
  }
  const sections: Bulletin['sections'] = [];
  if (overview.length)
    sections.push({ heading: `${SECTION_NUMBERS[sections.length]}、总体情况`, parts: overview });
  if (ratings.length)
    sections.push({ heading: `${SECTION_NUMBERS[sections.length]}、“评优评差”情况`, parts: ratings });
  if (input.highlights.length) {
    sections.push({
      heading: `${SECTION_NUMBERS[sections.length]}、群众好评典型件`,
      parts: [
        {
          heading: null,
          paragraphs: input.highlights.map((h) => `${h.title}。${h.text}`),
          table: null,
          charts: [],
        },
      ],
    });
  }
  return {
    title: bulletinTitle(city, labels.months),
    city,
    centreName: root.name,
    period: { from: figures.period.from, to: figures.period.to, label: labels.withYear },
    asOf: figures.period.asOf.toISOString(),
    publishedOn: input.publishedOn,
    scheme: { id: scheme.id, version: scheme.version, name: scheme.name },
    headline,
    sections,
    highlights: input.highlights,
  };
}

function overviewPart(
  group: PeerGroup,
  rows: Omit<UnitFigures, 'rank'>[],
  members: UnitRecord[],
  dispatched: number,
  scheme: ScoringScheme,
  index: number,
): Bulletin['sections'][number]['parts'][number] {
  const total = rows.reduce((n, row) => n + row.assigned, 0);
  const words = groupWords(group.label);
  const isDistricts = group.unitKinds.includes('district') || group.unitKinds.includes('zone');
  // The reference lists 县区 before 经济区, each by score; other groups are listed by score alone.
  const kindOrder = (code: string) =>
    isDistricts ? group.unitKinds.indexOf(members.find((m) => m.code === code)?.kind as UnitKind) : 0;
  const ordered = byScore(rows).sort((a, b) => kindOrder(a.unitCode) - kindOrder(b.unitCode));
  const paragraphs = [
    `${PART_NUMBERS[index]}${groupHeading(group)}。${groupShareText(group.label, total, dispatched ? total / dispatched : null)}`,
  ];
  const charts: ChartSpec[] = [];
  if (isDistricts) {
    charts.push({
      id: `${group.key}-overview`,
      title: `${words}办理情况`,
      kind: 'barLine',
      categories: ordered.map((row) => row.unitName),
      series: [
        { name: '交办总量', unit: 'count', values: ordered.map((row) => row.assigned) },
        { name: '满意率', unit: 'rate', values: ordered.map((row) => row.satisfaction.value) },
      ],
    });
  } else {
    const byVolume = [...rows]
      .sort((a, b) => b.assigned - a.assigned || a.unitName.localeCompare(b.unitName, 'zh'))
      .slice(0, TOP);
    const threshold = scheme.minimumAssigned.forSatisfactionRanking;
    const bySatisfaction = rows
      .filter((row) => row.assigned >= threshold && row.satisfaction.value !== null)
      .sort((a, b) => b.satisfaction.value! - a.satisfaction.value! || b.assigned - a.assigned)
      .slice(0, TOP);
    paragraphs[0] += volumeTopText(byVolume.map((row) => row.unitName));
    paragraphs.push(
      satisfactionTopText(
        group.label,
        threshold,
        bySatisfaction.map((row) => row.unitName),
      ),
    );
    charts.push(
      {
        id: `${group.key}-volume-top`,
        title: `受理诉求数量排名前十的${words}`,
        kind: 'bar',
        categories: byVolume.map((row) => row.unitName),
        series: [{ name: '交办总量', unit: 'count', values: byVolume.map((row) => row.assigned) }],
      },
      {
        id: `${group.key}-satisfaction-top`,
        title: `满意率排名前十的${words}（诉求量${threshold}件以上）`,
        kind: 'bar',
        categories: bySatisfaction.map((row) => row.unitName),
        series: [
          { name: '满意率', unit: 'rate', values: bySatisfaction.map((row) => row.satisfaction.value) },
        ],
      },
    );
  }
  const table: BulletinTable = {
    caption: isDistricts ? `${words}分布情况` : `${words}办理情况`,
    columns: c(
      'rank',
      'unitName',
      'assigned',
      'completion',
      'satisfaction',
      'onTimeFeedback',
      'effectiveRevisit',
      'kbUpdates',
      'score',
    ),
    rows: numbered(ordered),
  };
  return { heading: null, paragraphs, table, charts };
}

function groupHeading(group: PeerGroup): string {
  if (group.unitKinds.includes('district')) return '各地区办理情况';
  return `${groupWords(group.label)}办理情况`;
}

function ratingParts(
  group: PeerGroup,
  rows: Omit<UnitFigures, 'rank'>[],
): Bulletin['sections'][number]['parts'] {
  const scored = byScore(rows.filter((row) => row.score !== null));
  const best = scored.slice(0, group.best);
  const worst = scored.slice(Math.max(group.best, scored.length - group.worst)).reverse();
  const columns = c(
    'rank',
    'unitName',
    'assigned',
    'completion',
    'satisfaction',
    'onTimeFeedback',
    'effectiveRevisit',
    'score',
  );
  const parts: Bulletin['sections'][number]['parts'] = [
    {
      heading: null,
      paragraphs: [
        ratingText({
          unitCount: rows.length,
          best: best.map((r) => r.unitName),
          worst: worst.map((r) => r.unitName),
        }),
      ],
      table: null,
      charts: [],
    },
  ];
  if (best.length)
    parts.push({
      heading: null,
      paragraphs: [],
      table: { caption: '表一：“十佳”基层承办单位', columns, rows: numbered(best) },
      charts: [],
    });
  if (worst.length)
    parts.push({
      heading: null,
      paragraphs: [],
      table: { caption: '表二：“较差”基层承办单位', columns, rows: numbered(worst) },
      charts: [],
    });
  return parts;
}

/** For logs and file names: the as-of moment in local time. */
export function asOfLabel(bulletin: Bulletin): string {
  return formatLocalTime(new Date(bulletin.asOf));
}
