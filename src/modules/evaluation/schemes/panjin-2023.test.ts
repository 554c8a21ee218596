import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  parseScheme,
  rankUnits,
  roundScore,
  satisfactionRate,
  scoreUnit,
  type ScoringScheme,
  type UnitIndicators,
} from '../../../domain/scoring/index.ts';
import { loadPreset } from './presets.fixture.ts';

// The reference bulletin (关于盘锦市12345政务服务便民热线平台1-4月份诉求办理情况的通报, 2023-06-09) prints
// rates and scores, not counts. The counts below are reconstructed from the printed figures:
//
// - completed (办结): 办结率 × 交办总量, which is a whole number for every row (大洼区 4144/4226).
// - rated revisits: the largest count, not above the completed tickets (nor above the reached revisits),
//   for which a split into 满意 / 基本满意 (counted 0.75) / 不满意 prints the given 满意率, using the fewest
//   ratings other than 满意. The rule finds by itself the 129 of 130 rated visits of 表一 #4 (152 tickets)
//   and the 2 满意 + 1 基本满意 of 表二 #2 that the bulletin implies.
// - 有效回访率 100.00%: every revisit made reached the caller (made = reached = rated). 兴隆台区's 99.96%
//   cannot be x/6396 for a whole x; the largest count of revisits made not above 6396 that prints as
//   99.96% with whole numbers is 5714, of which 5712 reached the caller.
// - 按时反馈率 100.00%: every completed ticket's feedback was on time.
// - 按时签收率 (the unprinted 10-point indicator): every acknowledgement on time, except one of the 124 of
//   表一 #5 兴隆台区卫生健康局 (123/124), the one late acknowledgement that ranks it below #4.
interface PrintedRow {
  name: string;
  assigned: number;
  completed: number;
  rated: UnitIndicators['satisfactionCounts'];
  revisits?: { reached: number; made: number };
  acknowledgedOnTime?: number;
  printed: { completion: string; satisfaction: string; effectiveRevisit: string; score: number };
}

const districtTable: PrintedRow[] = [
  {
    name: '大洼区',
    assigned: 4226,
    completed: 4144,
    rated: { satisfied: 4102, basic: 1, dissatisfied: 41 },
    printed: { completion: '98.06%', satisfaction: '99.00%', effectiveRevisit: '100.00%', score: 99.3 },
  },
  {
    name: '盘山县',
    assigned: 1922,
    completed: 1892,
    rated: { satisfied: 1859, basic: 3, dissatisfied: 30 },
    printed: { completion: '98.44%', satisfaction: '98.37%', effectiveRevisit: '100.00%', score: 99.2 },
  },
  {
    name: '兴隆台区',
    assigned: 6530,
    completed: 6396,
    rated: { satisfied: 5623, basic: 0, dissatisfied: 89 },
    revisits: { reached: 5712, made: 5714 },
    printed: { completion: '97.95%', satisfaction: '98.44%', effectiveRevisit: '99.96%', score: 99.1 },
  },
  {
    name: '双台子区',
    assigned: 2584,
    completed: 2486,
    rated: { satisfied: 2337, basic: 0, dissatisfied: 149 },
    printed: { completion: '96.21%', satisfaction: '94.01%', effectiveRevisit: '100.00%', score: 97.4 },
  },
  {
    name: '高新技术开发区',
    assigned: 22,
    completed: 22,
    rated: { satisfied: 22, basic: 0, dissatisfied: 0 },
    printed: { completion: '100.00%', satisfaction: '100.00%', effectiveRevisit: '100.00%', score: 100 },
  },
  {
    name: '辽滨沿海经济技术开发区',
    assigned: 268,
    completed: 266,
    rated: { satisfied: 250, basic: 3, dissatisfied: 7 },
    printed: { completion: '99.25%', satisfaction: '97.02%', effectiveRevisit: '100.00%', score: 99.0 },
  },
];

const tableOne: PrintedRow[] = [
  row('大洼区水务集团有限公司', 171, 170, [170, 0, 0], '99.42%', '100.00%', 99.88),
  row('双台子区市场监督管理局', 326, 323, [323, 0, 0], '99.08%', '100.00%', 99.82),
  row('兴隆台区创新街道办事处', 270, 269, [258, 0, 1], '99.63%', '99.61%', 99.81),
  row('盘山县高升街道办事处', 152, 152, [129, 0, 1], '100.00%', '99.23%', 99.77),
  {
    ...row('兴隆台区卫生健康局', 124, 123, [123, 0, 0], '99.19%', '100.00%', 99.76),
    acknowledgedOnTime: 123,
  },
  row('兴隆台区教育局（辽河油田基础教育管理中心）', 230, 229, [223, 1, 1], '99.57%', '99.44%', 99.75),
  row('大洼区大洼街道办事处', 390, 386, [385, 0, 1], '98.97%', '99.74%', 99.72),
  row('兴隆台区兴盛街道办事处', 520, 514, [464, 0, 1], '98.85%', '99.78%', 99.7),
  row('大洼区住房和城乡建设局', 324, 320, [318, 0, 2], '98.77%', '99.38%', 99.57),
  row('大洼区王家街道办事处', 173, 171, [142, 0, 1], '98.84%', '99.30%', 99.56),
];

const tableTwo: PrintedRow[] = [
  row('双台子区消防救援大队', 7, 7, [2, 0, 3], '100.00%', '40.00%', 69.28),
  row('大洼清河湾供暖', 4, 3, [2, 1, 0], '75.00%', '91.67%', 73.62),
  row('社会保险事业管理局双台子区分局', 20, 18, [10, 0, 1], '90.00%', '90.91%', 76.99),
  row('双台子区生态环境局', 25, 22, [15, 3, 0], '88.00%', '95.83%', 78.23),
  row('大洼区唐家镇政府', 31, 29, [26, 0, 1], '93.55%', '96.30%', 79.76),
];

function row(
  name: string,
  assigned: number,
  completed: number,
  [satisfied, basic, dissatisfied]: [number, number, number],
  completion: string,
  satisfaction: string,
  score: number,
): PrintedRow {
  return {
    name,
    assigned,
    completed,
    rated: { satisfied, basic, dissatisfied },
    printed: { completion, satisfaction, effectiveRevisit: '100.00%', score },
  };
}

function indicatorsOf(unit: PrintedRow): UnitIndicators {
  const rated = unit.rated.satisfied + unit.rated.basic + unit.rated.dissatisfied;
  const revisits = unit.revisits ?? { reached: rated, made: rated };
  return {
    assigned: unit.assigned,
    completion: { numerator: unit.completed, denominator: unit.assigned },
    onTimeFeedback: { numerator: unit.completed, denominator: unit.completed },
    effectiveRevisit: { numerator: revisits.reached, denominator: revisits.made },
    onTimeAcknowledge: { numerator: unit.acknowledgedOnTime ?? unit.assigned, denominator: unit.assigned },
    onTimeCompletion: { numerator: 0, denominator: 0 },
    satisfactionCounts: unit.rated,
    resolution: { numerator: 0, denominator: 0 },
    response: { numerator: 0, denominator: 0 },
    events: {},
  };
}

const panjin = (): ScoringScheme => loadPreset('panjin-2023.json');

describe('panjin-2023 preset against the reference bulletin', () => {
  it.each([...districtTable, ...tableOne, ...tableTwo])(
    'the counts reconstructed for $name print its rates',
    (unit) => {
      const scheme = panjin();
      const indicators = indicatorsOf(unit);
      expect(formatPercent(unit.completed / unit.assigned)).toBe(unit.printed.completion);
      expect(formatPercent(satisfactionRate(scheme, unit.rated).value ?? NaN)).toBe(
        unit.printed.satisfaction,
      );
      const { numerator, denominator } = indicators.effectiveRevisit;
      expect(formatPercent(numerator / denominator)).toBe(unit.printed.effectiveRevisit);
    },
  );

  it.each(districtTable)('scores the district $name as printed ($printed.score)', (unit) => {
    const { score } = scoreUnit(panjin(), indicatorsOf(unit));
    expect(Math.abs((score ?? NaN) - unit.printed.score)).toBeLessThanOrEqual(0.05);
  });

  it.each(tableOne)('scores 表一 $name as printed ($printed.score)', (unit) => {
    const { score } = scoreUnit(panjin(), indicatorsOf(unit));
    expect(Math.abs((score ?? NaN) - unit.printed.score)).toBeLessThanOrEqual(0.05);
    // 表一 prints two decimals, and every one of them is reproduced exactly.
    expect(roundScore(score ?? NaN)).toBe(unit.printed.score);
  });

  it('ranks the 表一 units in the printed order', () => {
    const scheme = panjin();
    const scored = [...tableOne].reverse().map((unit) => ({
      unitName: unit.name,
      assigned: unit.assigned,
      score: scoreUnit(scheme, indicatorsOf(unit)).score,
    }));
    expect(rankUnits(scored).map((unit) => unit.unitName)).toEqual(tableOne.map((unit) => unit.name));
  });

  it('needs the late acknowledgement of 表一 #5: on time, it would rank above #4', () => {
    const scheme = panjin();
    const [fourth, fifth] = [tableOne[3], tableOne[4]].map((unit) => unit && indicatorsOf(unit));
    if (!fourth || !fifth) throw new Error('表一 rows missing');
    const fifthOnTime = { ...fifth, onTimeAcknowledge: { numerator: 124, denominator: 124 } };
    expect(scoreUnit(scheme, fifthOnTime).score).toBeGreaterThan(scoreUnit(scheme, fourth).score ?? NaN);
    const breakdown = scoreUnit(scheme, fifth);
    expect(breakdown.notes).toContain('按时签收率 99.19%（123/124），失 0.08 分');
  });

  it('explains a district’s lost points in Chinese', () => {
    const dawa = districtTable[0];
    if (!dawa) throw new Error('district rows missing');
    expect(scoreUnit(panjin(), indicatorsOf(dawa)).notes).toEqual([
      '办结率 98.06%（4144/4226），失 0.39 分',
      '满意率 99.00%（满意 4102、基本满意 1、不满意 41 件），失 0.30 分',
    ]);
  });

  it('scores 表二 12–19 points above print: the deductions behind it are not disclosed', () => {
    const scheme = panjin();
    for (const unit of tableTwo) {
      const gap = (scoreUnit(scheme, indicatorsOf(unit)).score ?? NaN) - unit.printed.score;
      expect(gap).toBeGreaterThan(12);
      expect(gap).toBeLessThan(19);
    }
  });
});

describe('基本满意 counted 0.75 of 满意', () => {
  // Every split of up to `maxRated` rated revisits into 满意 / 基本满意 / 不满意 that prints `printed`.
  function splitsPrinting(scheme: ScoringScheme, printed: string, maxRated: number): string[] {
    const found: string[] = [];
    for (let rated = 1; rated <= maxRated; rated++)
      for (let basic = 0; basic <= rated; basic++)
        for (let dissatisfied = 0; basic + dissatisfied <= rated; dissatisfied++) {
          const counts = { satisfied: rated - basic - dissatisfied, basic, dissatisfied };
          const { value } = satisfactionRate(scheme, counts);
          if (value !== null && formatPercent(value) === printed)
            found.push(`${counts.satisfied}/${counts.basic}/${counts.dissatisfied}`);
        }
    return found;
  }

  const basicWeighed = (basic: number) =>
    parseScheme({ ...panjin(), satisfactionWeights: { satisfied: 1, basic, dissatisfied: 0 } });

  it('is the only way to print 表二 #2’s 91.67% from its 3 completed tickets', () => {
    expect(splitsPrinting(panjin(), '91.67%', 3)).toEqual(['2/1/0']);
    expect(splitsPrinting(basicWeighed(1), '91.67%', 3)).toEqual([]);
    expect(splitsPrinting(basicWeighed(0.9), '91.67%', 3)).toEqual([]);
    expect(splitsPrinting(basicWeighed(0.5), '91.67%', 3)).toEqual([]);
  });

  it('is also what prints 表二 #4’s 95.83% from at most 22 completed tickets', () => {
    expect(splitsPrinting(panjin(), '95.83%', 22)).toEqual(['5/1/0', '10/2/0', '15/3/0']);
    expect(splitsPrinting(basicWeighed(1), '95.83%', 22)).toEqual([]);
  });
});
