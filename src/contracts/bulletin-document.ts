import { z } from 'zod';
import { LineFigures } from './lines.schemas.ts';

// The bulletin (通报) as data: every renderer (HTML, DOCX, XLSX, PDF) draws from this one shape, and the JSON
// output is this shape itself. Rates are fractions (0.9748); renderers print them as 97.48%.

/** A rate with the counts behind it, so every printed number traces back to tickets. */
export const Rate = z.object({
  numerator: z.number(),
  denominator: z.number(),
  /** numerator / denominator, or null when nothing was counted */
  value: z.number().nullable(),
});
export type Rate = z.infer<typeof Rate>;

export const UnitFigures = z.object({
  rank: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  /** 交办总量: tickets of the period assigned to the unit or below it */
  assigned: z.number().int(),
  /** 办结率 */
  completion: Rate,
  /** 满意率 (基本满意 weighted by the scheme) */
  satisfaction: Rate,
  /** 按时反馈率 */
  onTimeFeedback: Rate,
  /** 有效回访率 */
  effectiveRevisit: Rate,
  /** 按时签收率 */
  onTimeAcknowledge: Rate,
  /** 按时办结率 */
  onTimeCompletion: Rate,
  /** 解决率 (Beijing-style) */
  resolution: Rate,
  /** 响应率 (Beijing-style) */
  response: Rate,
  /** 知识库更新数 */
  kbUpdates: z.number().int(),
  /** 评分 under the scheme; null when the unit is below the scheme's minimum volume */
  score: z.number().nullable(),
});
export type UnitFigures = z.infer<typeof UnitFigures>;

export const ChartSpec = z.object({
  id: z.string(),
  /** Caption under the chart, as the reference prints it: 县区、经济区办理情况 */
  title: z.string(),
  kind: z.enum(['bar', 'barLine']),
  categories: z.array(z.string()),
  series: z.array(
    z.object({
      name: z.string(),
      /** 'count' values print as integers, 'rate' values (fractions) as percentages */
      unit: z.enum(['count', 'rate']),
      values: z.array(z.number().nullable()),
    }),
  ),
});
export type ChartSpec = z.infer<typeof ChartSpec>;

export const TableColumn = z.object({
  key: z.string(),
  /** Header as printed: 序号, 受理单位, 交办总量, 办结率 … */
  label: z.string(),
  format: z.enum(['integer', 'text', 'percent', 'score']),
});
export type TableColumn = z.infer<typeof TableColumn>;

export const BulletinTable = z.object({
  /** 表一：“十佳”基层承办单位 — null for tables the reference prints without a caption */
  caption: z.string().nullable(),
  columns: z.array(TableColumn),
  rows: z.array(UnitFigures),
});
export type BulletinTable = z.infer<typeof BulletinTable>;

export const Bulletin = z.object({
  /** 关于盘锦市12345政务服务便民热线平台1-4月份诉求办理情况的通报 */
  title: z.string(),
  city: z.string(),
  centreName: z.string(),
  period: z.object({
    from: z.string().meta({ description: 'YYYY-MM-DD, first day' }),
    to: z.string().meta({ description: 'YYYY-MM-DD, last day' }),
    /** 2023年1-4月份 */
    label: z.string(),
  }),
  /** Figures are as of this moment (ISO 8601) */
  asOf: z.string(),
  publishedOn: z.string(),
  scheme: z.object({ id: z.string(), version: z.number(), name: z.string() }),
  headline: z.object({
    /** 受理量 = 直接答复量 + 转办量 */
    received: z.number().int(),
    callAnswer: Rate,
    directAnswered: z.number().int(),
    directAnswer: Rate,
    dispatched: z.number().int(),
    completion: Rate,
    satisfaction: Rate,
    /** The opening paragraph in the reference's words and number style */
    text: z.string(),
  }),
  sections: z.array(
    z.object({
      /** 一、总体情况 */
      heading: z.string(),
      parts: z.array(
        z.object({
          /** （一）各地区办理情况。 */
          heading: z.string().nullable(),
          paragraphs: z.array(z.string()),
          table: BulletinTable.nullable(),
          charts: z.array(ChartSpec),
        }),
      ),
    }),
  ),
  /** 群众好评典型件 and other notable tickets chosen by a supervisor */
  highlights: z.array(z.object({ title: z.string(), text: z.string(), ticketNumber: z.string().nullable() })),
  /** 转出 to the other lines per line and outcome, 转入 per line: figures beside the document, never in its text */
  lines: LineFigures.optional(),
});
export type Bulletin = z.infer<typeof Bulletin>;
