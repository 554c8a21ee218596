import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReferenceFiles,
  HIGHLIGHT_TICKET_NUMBER,
  REFERENCE_PERIOD,
  UNIT_CODES,
  type ReferenceFiles,
} from './build-reference-files.ts';
import {
  GOLDEN_HEADLINE_COUNTS,
  REFERENCE_BOTTOM5,
  REFERENCE_DEPARTMENT_SATISFACTION_TOP10,
  REFERENCE_DEPARTMENT_VOLUME_TOP10,
  REFERENCE_DISTRICTS,
  REFERENCE_GRASSROOTS_UNIT_COUNT,
  REFERENCE_GROUP_SHARES,
  REFERENCE_HEADLINE,
  REFERENCE_SATISFACTION_MIN_VOLUME,
  REFERENCE_TOP10,
  type GrassrootsRow,
} from './reference.ts';

// An aggregator written from the definitions alone (tickets of the period by 受理时间, figures as of the
// as-of time, a unit's figures over its subtree, each ticket once per subtree): it reads the files back
// and knows nothing of how they were generated.

type Row = Record<string, string>;

interface Tally {
  assigned: number;
  completed: number;
  rated: number;
  satisfiedWeight: number;
  revisits: number;
  reached: number;
  feedbackDue: number;
  feedbackOnTime: number;
  acknowledgeDue: number;
  acknowledgedOnTime: number;
  kbUpdates: number;
}

interface UnitFigures extends Tally {
  code: string;
  name: string;
  kind: string;
  parentCode: string;
  score: number;
}

const SATISFACTION_WEIGHT: Record<string, number> = { 满意: 1, 基本满意: 0.75, 不满意: 0 };
const ACKNOWLEDGE_LIMIT_MS = 24 * 3600 * 1000;

const ms = (time: string) => Date.parse(`${time.replace(' ', 'T')}Z`);
const inPeriod = (time: string) =>
  time.slice(0, 10) >= REFERENCE_PERIOD.from && time.slice(0, 10) <= REFERENCE_PERIOD.to;
const happened = (time: string) => time !== '' && time <= REFERENCE_PERIOD.asOf;

/** Two decimals, half up, from an exact fraction (numerators are multiples of 0.25). */
function percent(numerator: number, denominator: number): number {
  return Math.floor((numerator * 20000 + denominator) / (2 * denominator)) / 100;
}
const wan = (count: number) => (Math.floor((count + 50) / 100) / 100).toFixed(2);

function emptyTally(): Tally {
  return {
    assigned: 0,
    completed: 0,
    rated: 0,
    satisfiedWeight: 0,
    revisits: 0,
    reached: 0,
    feedbackDue: 0,
    feedbackOnTime: 0,
    acknowledgeDue: 0,
    acknowledgedOnTime: 0,
    kbUpdates: 0,
  };
}

function score(t: Tally): number {
  return (
    (20 * t.completed) / t.assigned +
    (30 * t.satisfiedWeight) / t.rated +
    (20 * t.feedbackOnTime) / t.feedbackDue +
    (20 * t.reached) / t.revisits +
    (10 * t.acknowledgedOnTime) / t.acknowledgeDue
  );
}

function aggregate(units: Row[], tickets: Row[], kb: Row[]): Map<string, UnitFigures> {
  const parentOf = new Map(units.map((u) => [u['单位编码'] as string, u['上级单位编码'] as string]));
  const subtreesOf = (code: string): string[] => {
    const chain: string[] = [];
    for (let at: string | undefined = code; at; at = parentOf.get(at)) chain.push(at);
    return chain;
  };
  const tallies = new Map(units.map((u) => [u['单位编码'] as string, emptyTally()]));
  const tallyOf = (code: string) => {
    const tally = tallies.get(code);
    if (!tally) throw new Error(`unknown unit ${code}`);
    return tally;
  };
  for (const ticket of tickets) {
    if (ticket['办理方式'] !== '转办' || !inPeriod(ticket['受理时间'] as string)) continue;
    const assignedTo = [ticket['承办单位'], ticket['二级承办单位']].filter((code): code is string => !!code);
    const involved = new Set(assignedTo.flatMap(subtreesOf));
    const dispatchedAt = ticket['派单时间'] as string;
    const acknowledgedAt = ticket['签收时间'] as string;
    const result = ticket['回访结果'] as string;
    for (const code of involved) {
      const t = tallyOf(code);
      t.assigned++;
      if (happened(ticket['办结时间'] as string)) t.completed++;
      if (happened(ticket['回访时间'] as string) && result !== '') {
        t.revisits++;
        if (result !== '未联系上') t.reached++;
        const weight = SATISFACTION_WEIGHT[result];
        if (weight !== undefined) {
          t.rated++;
          t.satisfiedWeight += weight;
        }
      }
      const feedbackDeadline = ticket['反馈时限'] as string;
      const feedbackAt = ticket['反馈时间'] as string;
      if (happened(feedbackDeadline) || happened(feedbackAt)) {
        t.feedbackDue++;
        if (happened(feedbackAt) && feedbackAt <= feedbackDeadline) t.feedbackOnTime++;
      }
      t.acknowledgeDue++;
      if (happened(acknowledgedAt) && ms(acknowledgedAt) - ms(dispatchedAt) <= ACKNOWLEDGE_LIMIT_MS) {
        t.acknowledgedOnTime++;
      }
    }
  }
  for (const revision of kb) {
    if (!inPeriod(revision['更新时间'] as string)) continue;
    for (const code of subtreesOf(revision['维护单位'] as string)) tallyOf(code).kbUpdates++;
  }
  return new Map(
    units.map((u) => {
      const code = u['单位编码'] as string;
      const t = tallyOf(code);
      const figures: UnitFigures = {
        ...t,
        code,
        name: u['单位名称'] as string,
        kind: u['单位类别'] as string,
        parentCode: u['上级单位编码'] as string,
        score: t.assigned > 0 ? score(t) : Number.NaN,
      };
      return [code, figures];
    }),
  );
}

const readCsv = (path: string): Row[] => parse(readFileSync(path), { bom: true, columns: true }) as Row[];

let dir = '';
let files: ReferenceFiles;
let tickets: Row[];
let calls: Row[];
let figures: Map<string, UnitFigures>;
/** Files that differed between two builds (compared before parsing, while the heap is small). */
let differingFiles: string[];
const byName = (name: string): UnitFigures => {
  const unit = figures.get(UNIT_CODES[name] ?? '');
  if (!unit) throw new Error(`no unit ${name}`);
  return unit;
};
const ofKinds = (...kinds: string[]) => [...figures.values()].filter((u) => kinds.includes(u.kind));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'golden-'));
  files = await buildReferenceFiles(join(dir, 'a'));
  const again = await buildReferenceFiles(join(dir, 'b'));
  const kinds = ['units', 'tickets', 'calls', 'kb'] as const;
  differingFiles = kinds.filter((kind) => !readFileSync(again[kind]).equals(readFileSync(files[kind])));
  const units = readCsv(files.units);
  tickets = readCsv(files.tickets);
  calls = readCsv(files.calls);
  figures = aggregate(units, tickets, readCsv(files.kb));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the golden files reproduce the reference bulletin', () => {
  it('writes UTF-8 CSV with a BOM and the Chinese headers of DESIGN §7, the tickets under 40 MB', () => {
    for (const path of Object.values(files))
      expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const header = (path: string) => readFileSync(path, 'utf8').slice(1).split('\r\n', 1)[0];
    expect(header(files.units)).toBe('单位编码,单位名称,上级单位编码,单位类别');
    expect(header(files.calls)).toBe('呼叫编号,呼入时间,应答时间,挂机时间,座席工号,主叫号码');
    expect(header(files.kb)).toBe('知识编号,标题,内容,维护单位,更新时间');
    expect(header(files.tickets)).toBe(
      '工单编号,受理时间,来源渠道,诉求类型,诉求分类,紧急程度,诉求标题,诉求内容,诉求人,联系电话,诉求地址,所属区县,是否保密,' +
        '办理方式,答复内容,承办单位,二级承办单位,派单时间,签收时间,反馈时限,反馈时间,办结时限,办结时间,回访时间,回访结果,是否解决',
    );
    expect(statSync(files.tickets).size).toBeLessThan(40 * 1024 * 1024);
  });

  it('gives the headline: 受理 9.67万, 直接答复 7.25万 (74.97%), 转办 2.42万, 办结率 97.48%, 满意率 96.75%, 接通率 96.14%', () => {
    const ofPeriod = tickets.filter((t) => inPeriod(t['受理时间'] as string));
    const direct = ofPeriod.filter((t) => t['办理方式'] === '直接答复').length;
    const dispatched = ofPeriod.filter((t) => t['办理方式'] === '转办').length;
    expect({ direct, dispatched }).toEqual({
      direct: GOLDEN_HEADLINE_COUNTS.directAnswers,
      dispatched: GOLDEN_HEADLINE_COUNTS.dispatched,
    });
    expect(ofPeriod.length).toBe(GOLDEN_HEADLINE_COUNTS.registered);
    expect(ofPeriod.length).toBe(direct + dispatched);
    expect(wan(ofPeriod.length)).toBe(REFERENCE_HEADLINE.registeredWan);
    expect(wan(direct)).toBe(REFERENCE_HEADLINE.directAnswersWan);
    expect(percent(direct, ofPeriod.length)).toBe(REFERENCE_HEADLINE.directAnswerRate);
    expect(wan(dispatched)).toBe(REFERENCE_HEADLINE.dispatchedWan);
    const city = byName('盘锦市12345政务服务便民热线中心');
    expect(city.assigned).toBe(dispatched);
    expect(city.completed).toBe(GOLDEN_HEADLINE_COUNTS.completed);
    expect(percent(city.completed, city.assigned)).toBe(REFERENCE_HEADLINE.completionRate);
    expect(percent(city.satisfiedWeight, city.rated)).toBe(REFERENCE_HEADLINE.satisfactionRate);
    const offered = calls.filter((c) => inPeriod(c['呼入时间'] as string));
    const answered = offered.filter((c) => c['应答时间'] !== '').length;
    expect([offered.length, answered]).toEqual([
      GOLDEN_HEADLINE_COUNTS.callsOffered,
      GOLDEN_HEADLINE_COUNTS.callsAnswered,
    ]);
    expect(percent(answered, offered.length)).toBe(REFERENCE_HEADLINE.callAnswerRate);
  });

  it('sends every 转办 ticket to exactly one peer group: 1.56万 districts, 0.86万 departments', () => {
    const volume = (kinds: string[]) => ofKinds(...kinds).reduce((sum, u) => sum + u.assigned, 0);
    const districts = volume(['县区', '经济区']);
    const departments = volume(['市直部门', '公共企事业单位']);
    expect(districts + departments).toBe(GOLDEN_HEADLINE_COUNTS.dispatched);
    const shares = REFERENCE_GROUP_SHARES;
    expect([wan(districts), wan(departments)]).toEqual([
      shares.districts.volumeWan,
      shares.departments.volumeWan,
    ]);
    expect(percent(districts, districts + departments)).toBe(shares.districts.goldenShare);
    expect(percent(departments, districts + departments)).toBe(shares.departments.goldenShare);
  });

  it('prints the 县区/经济区 table: every value, and each score within 0.05 of the printed one', () => {
    for (const row of REFERENCE_DISTRICTS) {
      const unit = byName(row.name);
      expect(unit.kind, row.name).toBe(row.kind);
      expect(
        {
          assigned: unit.assigned,
          completed: unit.completed,
          completionRate: percent(unit.completed, unit.assigned),
          satisfactionRate: percent(unit.satisfiedWeight, unit.rated),
          onTimeFeedbackRate: percent(unit.feedbackOnTime, unit.feedbackDue),
          effectiveRevisitRate: percent(unit.reached, unit.revisits),
          kbUpdates: unit.kbUpdates,
          score: Math.round(unit.score * 100) / 100,
        },
        row.name,
      ).toEqual({ ...pick(row), kbUpdates: row.kbUpdates, score: row.score });
      expect(Math.abs(unit.score - Number(row.printedScore)), row.name).toBeLessThanOrEqual(0.05);
    }
    const ranked = ['县区', '经济区'].flatMap((kind) =>
      ofKinds(kind)
        .sort((a, b) => b.score - a.score)
        .map((u) => u.name),
    );
    expect(ranked).toEqual(REFERENCE_DISTRICTS.map((row) => row.name));
  });

  it('ranks the 市直部门 by volume and, from 100 tickets up, by 满意率 as printed', () => {
    const departments = ofKinds('市直部门', '公共企事业单位');
    const byVolume = [...departments].sort((a, b) => b.assigned - a.assigned);
    expect(new Set(departments.map((u) => u.assigned)).size).toBe(departments.length);
    expect(byVolume.slice(0, 10).map((u) => u.name)).toEqual(REFERENCE_DEPARTMENT_VOLUME_TOP10);
    const rate = (u: UnitFigures) => u.satisfiedWeight / u.rated;
    const eligible = departments.filter((u) => u.assigned >= REFERENCE_SATISFACTION_MIN_VOLUME);
    const bySatisfaction = eligible.sort((a, b) => rate(b) - rate(a));
    expect(new Set(eligible.map((u) => percent(u.satisfiedWeight, u.rated))).size).toBe(eligible.length);
    expect(bySatisfaction.slice(0, 10).map((u) => u.name)).toEqual(REFERENCE_DEPARTMENT_SATISFACTION_TOP10);
    // Without the threshold, small departments rating 100% would lead: the threshold matters.
    const best = Math.max(...departments.map(rate));
    expect(rate(bySatisfaction[0] as UnitFigures)).toBeLessThan(best);
  });

  it('rates 127 grassroots units and picks the 十佳 and 较差 of 表一 and 表二 with their printed values', () => {
    const grassroots = ofKinds('基层单位');
    expect(grassroots.length).toBe(REFERENCE_GRASSROOTS_UNIT_COUNT);
    expect(grassroots.every((u) => u.assigned > 0 && u.rated > 0)).toBe(true);
    const ranked = [...grassroots].sort((a, b) => b.score - a.score);
    expect(ranked.slice(0, 10).map((u) => u.name)).toEqual(REFERENCE_TOP10.map((row) => row.name));
    expect(
      ranked
        .slice(-5)
        .reverse()
        .map((u) => u.name),
    ).toEqual(REFERENCE_BOTTOM5.map((row) => row.name));
    for (const row of [...REFERENCE_TOP10, ...REFERENCE_BOTTOM5]) {
      const unit = byName(row.name);
      expect(figures.get(unit.parentCode)?.name, row.name).toBe(row.district);
      expect(
        {
          assigned: unit.assigned,
          completed: unit.completed,
          completionRate: percent(unit.completed, unit.assigned),
          satisfactionRate: percent(unit.satisfiedWeight, unit.rated),
          onTimeFeedbackRate: percent(unit.feedbackOnTime, unit.feedbackDue),
          effectiveRevisitRate: percent(unit.reached, unit.revisits),
          score: Math.round(unit.score * 100) / 100,
        },
        row.name,
      ).toEqual({ ...pick(row), score: row.score });
    }
    for (const row of REFERENCE_TOP10) expect(row.score).toBe(row.printedScore);
  });

  it('writes the highlight: 曹先生, 双台子区吉祥小区车库, 市自然资源局, March 2023, 满意', () => {
    const highlight = tickets.filter((t) => t['工单编号'] === HIGHLIGHT_TICKET_NUMBER);
    expect(highlight).toHaveLength(1);
    const [ticket] = highlight as [Row];
    expect(ticket['承办单位']).toBe(UNIT_CODES['市自然资源局']);
    expect(ticket['诉求人']).toBe('曹先生');
    expect(ticket['受理时间']?.slice(0, 7)).toBe('2023-03');
    expect(ticket['诉求内容']).toMatch(/吉祥小区车库.*不动产证/);
    expect(ticket['回访结果']).toBe('满意');
  });

  it('keeps every timeline in order and within the as-of time, every number unique, every unit known', () => {
    expect(new Set(tickets.map((t) => t['工单编号'])).size).toBe(tickets.length);
    const order = ['受理时间', '派单时间', '签收时间', '反馈时间', '办结时间', '回访时间'];
    const faults: string[] = [];
    for (const ticket of tickets) {
      const number = ticket['工单编号'] as string;
      const times = order.map((column) => ticket[column] as string).filter((time) => time !== '');
      if ([...times].sort().join() !== times.join()) faults.push(`${number}: times out of order`);
      if (times.some((time) => time > REFERENCE_PERIOD.asOf)) faults.push(`${number}: after the as-of time`);
      const unit = ticket['承办单位'] as string;
      const sub = ticket['二级承办单位'] as string;
      if ((ticket['办理方式'] === '直接答复') !== (unit === ''))
        faults.push(`${number}: unit and handling disagree`);
      if (unit && !figures.has(unit)) faults.push(`${number}: unknown unit ${unit}`);
      if (sub && figures.get(sub)?.parentCode !== unit) faults.push(`${number}: ${sub} is not below ${unit}`);
    }
    expect(faults.slice(0, 5)).toEqual([]);
  });

  it('comes out byte-identical when built again', () => {
    expect(differingFiles).toEqual([]);
  });
});

function pick(row: Omit<GrassrootsRow, 'district' | 'rank' | 'name' | 'printedScore' | 'score'>) {
  const { assigned, completed, completionRate, satisfactionRate, onTimeFeedbackRate, effectiveRevisitRate } =
    row;
  return { assigned, completed, completionRate, satisfactionRate, onTimeFeedbackRate, effectiveRevisitRate };
}
