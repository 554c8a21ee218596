import {
  APPEAL_TYPE_LABELS,
  CHANNEL_LABELS,
  URGENCY_LABELS,
  type AppealType,
  type Channel,
  type Urgency,
} from '../../domain/lifecycle/index.ts';
import { formatLocalTime } from '../../domain/time.ts';
import type { QueueItem } from '../../contracts/queues.schemas.ts';
import { writeTableFile } from '../../shared/table-file.ts';

// A queue as a spreadsheet for the people who work it: the list's columns with DESIGN §7's Chinese headers, and
// the caller masked exactly as the list shows it.
const COLUMNS: { header: string; width: number; value: (item: QueueItem, unitName: UnitName) => unknown }[] =
  [
    { header: '工单编号', width: 18, value: (item) => item.number },
    { header: '受理时间', width: 20, value: (item) => time(item.receivedAt) },
    { header: '工单状态', width: 10, value: (item) => item.stateLabel },
    {
      header: '来源渠道',
      width: 10,
      value: (item) => CHANNEL_LABELS[item.channel as Channel] ?? item.channel,
    },
    {
      header: '诉求类型',
      width: 8,
      value: (item) => APPEAL_TYPE_LABELS[item.appealType as AppealType] ?? item.appealType,
    },
    { header: '诉求分类', width: 30, value: (item) => item.category },
    {
      header: '紧急程度',
      width: 8,
      value: (item) => URGENCY_LABELS[item.urgency as Urgency] ?? item.urgency,
    },
    { header: '诉求标题', width: 40, value: (item) => item.title },
    {
      header: '诉求人',
      width: 10,
      value: (item) => (item.callerHidden ? '（保密）' : (item.callerName ?? '')),
    },
    {
      header: '联系电话',
      width: 14,
      value: (item) => (item.callerHidden ? '（保密）' : (item.callerPhone ?? '')),
    },
    { header: '所属区县', width: 12, value: (item, unitName) => unitName(item.districtCode) },
    { header: '主办单位', width: 24, value: (item, unitName) => unitName(item.leadUnitCode) },
    { header: '办理时限', width: 20, value: (item) => time(item.dueAt) },
    { header: '本单位时限', width: 20, value: (item) => time(item.unitDueAt) },
    { header: '超时标识', width: 8, value: (item) => FLAG_LABELS[item.flag] },
    { header: '催办次数', width: 8, value: (item) => item.urgeCount },
    { header: '是否督办', width: 8, value: (item) => (item.supervised ? '是' : '否') },
    { header: '回访人', width: 10, value: (item) => item.revisitAssignee?.name ?? '' },
    { header: '办结时间', width: 20, value: (item) => time(item.completedAt) },
  ];

const FLAG_LABELS = { none: '', yellow: '黄牌', red: '红牌' } as const;

type UnitName = (code: string | null) => string;

const time = (iso: string | null) => (iso ? formatLocalTime(new Date(iso)) : '');

export const EXPORT_HEADERS = COLUMNS.map((column) => column.header);

export function writeQueueFile(
  sheetName: string,
  items: readonly QueueItem[],
  unitName: UnitName,
  format: 'csv' | 'xlsx',
) {
  return writeTableFile(
    {
      sheetName,
      headers: EXPORT_HEADERS,
      rows: items.map((item) => COLUMNS.map((column) => column.value(item, unitName))),
      widths: COLUMNS.map((column) => column.width),
      freezeHeader: true,
    },
    format,
  );
}
