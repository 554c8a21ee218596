import { templatesFor } from './appeal-catalog.ts';
import type { Random } from './golden-random.ts';
import { DAY, formatLocal, localTime, type LocalTime } from './golden-time.ts';
import { DEPARTMENT_PLANS, DISTRICT_PLANS } from './reference-plan.ts';
import { unitCode } from './reference-units.ts';
import { REFERENCE_DISTRICTS, REFERENCE_PERIOD } from './reference.ts';

/** The knowledge-base file's columns (DESIGN §7): one row per creation or revision of an article. */
export const KB_HEADER = ['知识编号', '标题', '内容', '维护单位', '更新时间'] as const;

const PERIOD_START = localTime(REFERENCE_PERIOD.from);
const PERIOD_DAYS = (localTime(REFERENCE_PERIOD.to) - PERIOD_START) / DAY + 1;

interface Revision {
  at: LocalTime;
  cells: string[];
}

/**
 * Each district subtree revises exactly its printed 知识库更新总数目 within the period, spread over the
 * district and its grassroots units; departments revise too (the bulletin prints no figure for them).
 * Some articles were created before the period or revised in May: those rows do not count.
 */
export function generateKbRows(random: Random): string[][] {
  const revisions: Revision[] = [];
  for (const district of DISTRICT_PLANS) {
    const printed = REFERENCE_DISTRICTS.find((row) => row.name === district.name);
    if (!printed) throw new Error(`no printed row for ${district.name}`);
    const units = [district.name, ...district.grassroots.map((unit) => unit.name)];
    const weights = units.map((_, index) => (index === 0 ? 3 : 0.5 + random.next()));
    split(printed.kbUpdates, weights).forEach((count, index) => {
      revisions.push(...unitRevisions(random, units[index] as string, count));
    });
  }
  for (const department of DEPARTMENT_PLANS) {
    const count = Math.round(department.outcomes.tickets / 2) + 40;
    revisions.push(...unitRevisions(random, department.name, count));
  }
  return revisions
    .map((revision, index) => ({ revision, index }))
    .sort((a, b) => a.revision.at - b.revision.at || a.index - b.index)
    .map(({ revision }) => revision.cells);
}

/** Splits `total` by weight, largest remainders first, so the parts add up exactly. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  order.sort((a, b) => b.rest - a.rest || a.index - b.index);
  let missing = total - parts.reduce((a, b) => a + b, 0);
  for (const { index } of order) {
    if (missing-- <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}

/** `inPeriod` revisions of the unit's articles dated within the period, plus rows outside it. */
function unitRevisions(random: Random, unitName: string, inPeriod: number): Revision[] {
  const code = unitCode(unitName);
  const templates = templatesFor(unitName);
  const rows: Revision[] = [];
  let remaining = inPeriod;
  for (let article = 1; remaining > 0; article++) {
    const number = `ZS${code}-${String(article).padStart(4, '0')}`;
    const template = random.pick(templates);
    const title = `${template.title}办理指引（${article}）`;
    const times: LocalTime[] = [];
    const count = Math.min(remaining, random.int(1, 6));
    for (let i = 0; i < count; i++) times.push(workTime(random, PERIOD_START, PERIOD_DAYS));
    if (random.chance(0.3)) times.push(workTime(random, localTime('2022-07-01'), 180));
    if (random.chance(0.1)) times.push(workTime(random, localTime('2023-05-01'), 31));
    times.sort((a, b) => a - b);
    times.forEach((at, version) => {
      const content = `${unitName}：${template.answer}（第${version + 1}版）`;
      rows.push({ at, cells: [number, title, content, code, formatLocal(at)] });
    });
    remaining -= count;
  }
  return rows;
}

function workTime(random: Random, firstDay: LocalTime, days: number): LocalTime {
  return firstDay + random.int(0, days - 1) * DAY + random.int(8 * 3600, 18 * 3600 - 1) * 1000;
}
