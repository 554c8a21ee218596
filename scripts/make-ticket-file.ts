// Writes a realistic tickets interchange file (DESIGN §7) for benchmarks and manual tests:
//   node --import tsx scripts/make-ticket-file.ts --rows 100000 --out tickets.csv
// About three in four appeals are answered at once (DESIGN §1); the rest are dispatched to the units of
// BENCH_UNITS and carry their whole history: 签收, often a 二级承办单位, 反馈, 回访 or 办结.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { makeAppeal } from '../src/demo/appeal.ts';
import { DEMO_CATEGORIES } from '../src/demo/data/categories.ts';
import type { DemoUnit } from '../src/demo/data/units.ts';
import { createRandom, type Random } from '../src/demo/random.ts';
import { APPEAL_TYPE_LABELS } from '../src/domain/lifecycle/index.ts';
import { formatLocalTime, parseLocalTime } from '../src/domain/time.ts';
import type { UnitKind } from '../src/domain/organisation/unit-kind.ts';

export interface BenchUnit {
  code: string;
  name: string;
  parentCode: string | null;
  kind: UnitKind;
}

// District names are the demo city's, so that its address generator can write real-looking addresses.
const DISTRICTS = [
  ['B-XLT', '兴隆台区'],
  ['B-STZ', '双台子区'],
  ['B-DW', '大洼区'],
  ['B-PS', '盘山县'],
] as const;
const DEPARTMENTS = [
  '市住房和城乡建设局',
  '市城市管理综合行政执法局',
  '市市场监督管理局',
  '市人力资源和社会保障局',
];
const UTILITIES = ['市水务集团', '市供热公司'];
const BUREAUS = ['住房和城乡建设局', '城市管理局', '市场监督管理局'];

/** A small city: the centre, four districts with three bureaus each, four departments and two utilities. */
export const BENCH_UNITS: readonly BenchUnit[] = [
  { code: 'B', name: '基准测试市12345热线', parentCode: null, kind: 'center' },
  ...DISTRICTS.flatMap(([code, name]): BenchUnit[] => [
    { code, name, parentCode: 'B', kind: 'district' },
    ...BUREAUS.map((bureau, i): BenchUnit => ({
      code: `${code}-G${i + 1}`,
      name: `${name}${bureau}`,
      parentCode: code,
      kind: 'grassroots',
    })),
  ]),
  ...DEPARTMENTS.map((name, i): BenchUnit => ({
    code: `B-M${i + 1}`,
    name,
    parentCode: 'B',
    kind: 'department',
  })),
  ...UTILITIES.map((name, i): BenchUnit => ({ code: `B-U${i + 1}`, name, parentCode: 'B', kind: 'utility' })),
];

export const TICKET_HEADERS = [
  '工单编号',
  '受理时间',
  '来源渠道',
  '诉求类型',
  '诉求分类',
  '紧急程度',
  '诉求标题',
  '诉求内容',
  '诉求人',
  '联系电话',
  '诉求地址',
  '所属区县',
  '是否保密',
  '办理方式',
  '答复内容',
  '承办单位',
  '二级承办单位',
  '派单时间',
  '签收时间',
  '反馈时限',
  '反馈时间',
  '办结时限',
  '办结时间',
  '回访时间',
  '回访结果',
  '是否解决',
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CHANNELS = ['电话', '电话', '电话', '电话', '网站', '微信', 'APP'];
const REVISITS: [string, number][] = [
  ['满意', 55],
  ['基本满意', 15],
  ['不满意', 8],
  ['联系上未评价', 7],
  ['未联系上', 7],
  ['', 8], // no revisit: completed (办结) without one
];

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function after(at: Date, random: Random, minMs: number, maxMs: number): Date {
  // Whole seconds, as legacy exports keep them.
  return new Date(Math.round((at.getTime() + random.int(minMs, maxMs)) / 1000) * 1000);
}

/** One row of the file as its cells, keyed by the Chinese header. */
function makeRow(random: Random, index: number, from: Date, days: number): Record<string, string> {
  const [districtCode, districtName] = random.pick(DISTRICTS);
  const district = { code: districtCode, name: districtName } as DemoUnit;
  const direct = random.chance(0.75);
  const category = random.pick(DEMO_CATEGORIES);
  const appeal = makeAppeal(random, category, district, direct ? 'direct' : 'dispatched');
  const receivedAt = after(from, random, 0, days * 24 * HOUR);
  const row: Record<string, string> = {
    工单编号: `BM${String(index + 1).padStart(9, '0')}`,
    受理时间: formatLocalTime(receivedAt),
    来源渠道: random.pick(CHANNELS),
    诉求类型: APPEAL_TYPE_LABELS[appeal.appealType],
    诉求分类: appeal.category,
    紧急程度: random.chance(0.03) ? '紧急' : '一般',
    诉求标题: appeal.title,
    诉求内容: appeal.content,
    诉求人: appeal.callerName,
    联系电话: appeal.callerPhone,
    诉求地址: appeal.address,
    所属区县: districtName,
    是否保密: random.chance(0.02) ? '是' : '否',
    答复内容: appeal.answer,
  };
  if (direct)
    return {
      ...row,
      办理方式: '直接答复',
      办结时间: formatLocalTime(after(receivedAt, random, 2 * MINUTE, 12 * MINUTE)),
    };

  const toDistrict = category.handler.kind === 'district' || random.chance(0.3);
  const unit = toDistrict
    ? districtCode
    : random.pick(BENCH_UNITS.filter((u) => u.kind === 'department' || u.kind === 'utility')).code;
  const lead = BENCH_UNITS.find((u) => u.code === unit)!;
  // Files name units by code or by full name: use both.
  const dispatched: Record<string, string> = {
    ...row,
    办理方式: '转办',
    承办单位: random.chance(0.5) ? lead.code : lead.name,
  };
  const dispatchedAt = after(receivedAt, random, 5 * MINUTE, 3 * HOUR);
  dispatched.派单时间 = formatLocalTime(dispatchedAt);
  if (random.chance(0.02)) return dispatched; // still waiting for the unit to sign
  const acknowledgedAt = after(dispatchedAt, random, 10 * MINUTE, 22 * HOUR);
  dispatched.签收时间 = formatLocalTime(acknowledgedAt);
  if (toDistrict && random.chance(0.5)) dispatched.二级承办单位 = `${unit}-G${random.int(1, BUREAUS.length)}`;
  if (random.chance(0.03)) return dispatched; // still being handled
  const feedbackAt = after(acknowledgedAt, random, 2 * HOUR, 6 * 24 * HOUR);
  dispatched.反馈时间 = formatLocalTime(feedbackAt);
  const [outcome] = random.weighted(REVISITS, ([, weight]) => weight);
  const closedAt = after(feedbackAt, random, HOUR, 3 * 24 * HOUR);
  if (outcome === '') return { ...dispatched, 办结时间: formatLocalTime(closedAt) };
  const solved = outcome === '未联系上' ? '' : random.pick(['已解决', '已解决', '部分解决', '未解决']);
  return { ...dispatched, 回访时间: formatLocalTime(closedAt), 回访结果: outcome, 是否解决: solved };
}

/** The CSV text of `rows` tickets received over `days` days from `from` (a local date). */
export function makeTicketCsv(
  rows: number,
  options: { seed?: string; from?: string; days?: number } = {},
): string {
  const random = createRandom(options.seed ?? 'bench-import');
  const from = parseLocalTime(`${options.from ?? '2023-03-01'} 00:00:00`);
  const lines = [TICKET_HEADERS.join(',')];
  for (let i = 0; i < rows; i += 1) {
    const row = makeRow(random.fork(String(i)), i, from, options.days ?? 30);
    lines.push(TICKET_HEADERS.map((header) => csvCell(row[header] ?? '')).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: string) => {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
  };
  const out = arg('out', 'tickets.csv');
  writeFileSync(out, makeTicketCsv(Number(arg('rows', '1000')), { seed: arg('seed', 'bench-import') }));
  console.log(out);
}
