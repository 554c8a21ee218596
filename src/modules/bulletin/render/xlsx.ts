import ExcelJS from 'exceljs';
import type { Bulletin, BulletinTable, ChartSpec, Rate } from '../../../contracts/bulletin-document.ts';
import { cellNumber, cellRate, cellValue } from './table-cells.ts';

// The bulletin's figures as a workbook: a 概况 sheet with the headline figures, one sheet per table and
// one per chart. Numbers stay numbers (rates as fractions shown 0.00%), and every rate carries its
// numerator and denominator in extra columns, so any printed figure can be traced back and recomputed.

const PERCENT = '0.00%';
const SCORE = '0.00';
const COUNT = '0';
/** Numerators may be weighted (基本满意 counts 0.75): show decimals only when there are some. */
const WEIGHTED_COUNT = '0.##';

/** Excel forbids []:*?/\ in sheet names and allows 31 characters; names must be unique. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const cleaned =
    Array.from(wanted.replace(/[[\]:*?/\\]/g, ' ').trim())
      .slice(0, 31)
      .join('') || '表';
  let name = cleaned;
  for (let suffix = 2; taken.has(name); suffix += 1) {
    const tail = `(${suffix})`;
    name =
      Array.from(cleaned)
        .slice(0, 31 - tail.length)
        .join('') + tail;
  }
  return name;
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function addSummarySheet(workbook: ExcelJS.Workbook, bulletin: Bulletin): void {
  const sheet = workbook.addWorksheet('概况');
  sheet.columns = [
    { header: '指标', key: 'label', width: 16 },
    { header: '数值', key: 'value', width: 56 },
    { header: '分子', key: 'numerator', width: 12, style: { numFmt: WEIGHTED_COUNT } },
    { header: '分母', key: 'denominator', width: 12, style: { numFmt: COUNT } },
  ];
  const text = (label: string, value: string): void => void sheet.addRow({ label, value });
  const count = (label: string, value: number): void => {
    sheet.addRow({ label, value }).getCell('value').numFmt = COUNT;
  };
  const rate = (label: string, value: Rate): void => {
    const row = sheet.addRow({
      label,
      value: value.value,
      numerator: value.numerator,
      denominator: value.denominator,
    });
    row.getCell('value').numFmt = PERCENT;
  };
  const { headline } = bulletin;
  text('标题', bulletin.title);
  text('统计期间', `${bulletin.period.label}（${bulletin.period.from} 至 ${bulletin.period.to}）`);
  text('数据截至', bulletin.asOf);
  text('发布日期', bulletin.publishedOn);
  text('评分方案', `${bulletin.scheme.name}（第${bulletin.scheme.version}版）`);
  count('受理量', headline.received);
  rate('话务接通率', headline.callAnswer);
  count('直接答复量', headline.directAnswered);
  rate('直接答复率', headline.directAnswer);
  count('转办量', headline.dispatched);
  rate('办结率', headline.completion);
  rate('满意率', headline.satisfaction);
  sheet.getColumn('value').alignment = { horizontal: 'left' };
  styleHeader(sheet);
}

function numberFormat(format: BulletinTable['columns'][number]['format']): string | undefined {
  if (format === 'percent') return PERCENT;
  if (format === 'score') return SCORE;
  if (format === 'integer') return COUNT;
  return undefined;
}

function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: BulletinTable): void {
  const sheet = workbook.addWorksheet(name);
  const rateColumns = table.columns.filter((column) => column.format === 'percent');
  sheet.columns = [
    ...table.columns.map((column) => ({
      header: column.label,
      key: column.key,
      width: column.format === 'text' ? 36 : 12,
      style: { numFmt: numberFormat(column.format) ?? 'General' },
    })),
    { header: '单位编码', key: 'unitCode', width: 14 },
    ...rateColumns.flatMap((column) => [
      {
        header: `${column.label}分子`,
        key: `${column.key}_numerator`,
        width: 12,
        style: { numFmt: WEIGHTED_COUNT },
      },
      {
        header: `${column.label}分母`,
        key: `${column.key}_denominator`,
        width: 12,
        style: { numFmt: COUNT },
      },
    ]),
  ];
  for (const row of table.rows) {
    const values: Record<string, string | number | null> = { unitCode: row.unitCode };
    for (const column of table.columns) {
      const value = cellValue(row, column);
      values[column.key] = typeof value === 'string' ? value : cellNumber(row, column);
      const rate = cellRate(row, column);
      if (rate !== null) {
        values[`${column.key}_numerator`] = rate.numerator;
        values[`${column.key}_denominator`] = rate.denominator;
      }
    }
    sheet.addRow(values);
  }
  styleHeader(sheet);
}

function addChartSheet(workbook: ExcelJS.Workbook, name: string, chart: ChartSpec): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [
    { header: '类别', key: 'category', width: 28 },
    ...chart.series.map((series, index) => ({
      header: series.name,
      key: `series${index}`,
      width: 12,
      style: { numFmt: series.unit === 'rate' ? PERCENT : COUNT },
    })),
  ];
  chart.categories.forEach((category, categoryIndex) => {
    const values: Record<string, string | number | null> = { category };
    chart.series.forEach((series, index) => {
      values[`series${index}`] = series.values[categoryIndex] ?? null;
    });
    sheet.addRow(values);
  });
  styleHeader(sheet);
}

/** The bulletin's figures as .xlsx: 概况, then each table, then each chart's data (图：…). */
export async function renderXlsx(bulletin: Bulletin): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = bulletin.centreName;
  workbook.title = bulletin.title;
  addSummarySheet(workbook, bulletin);
  const taken = new Set<string>(['概况']);
  const charts: ChartSpec[] = [];
  let tableNumber = 0;
  for (const section of bulletin.sections) {
    for (const part of section.parts) {
      charts.push(...part.charts);
      if (part.table === null) continue;
      tableNumber += 1;
      const wanted =
        part.table.caption ?? part.heading?.replace(/^（[^）]*）|。$/g, '') ?? `表${tableNumber}`;
      const name = sheetName(wanted, taken);
      taken.add(name);
      addTableSheet(workbook, name, part.table);
    }
  }
  for (const chart of charts) {
    const name = sheetName(`图：${chart.title}`, taken);
    taken.add(name);
    addChartSheet(workbook, name, chart);
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
