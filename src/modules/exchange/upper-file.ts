import {
  APPEAL_TYPE_LABELS,
  CHANNEL_LABELS,
  SATISFACTION_LABELS,
  SOLVED_LABELS,
  URGENCY_LABELS,
  type AppealType,
  type Channel,
  type SatisfactionLevel,
  type SolvedLevel,
  type Urgency,
} from '../../domain/lifecycle/index.ts';
import { formatLocalTime } from '../../domain/time.ts';
import type { TicketDetail } from '../../contracts/tickets.schemas.ts';
import { writeTableFile } from '../../shared/table-file.ts';
import { UPPER_NUMBER_HEADER } from './upper-rows.ts';

/** One exported row: the ticket as its reader may see it, its 上级工单编号, and the number of a 并单 target. */
export interface UpperExportRow {
  upperNumber: string;
  ticket: TicketDetail;
  mergedIntoNumber: string | null;
}

type UnitName = (code: string | null) => string;
type Assignment = TicketDetail['assignments'][number];

const time = (iso: string | null | undefined) => (iso ? formatLocalTime(new Date(iso)) : '');

const MODE_BY_STATE: Partial<Record<TicketDetail['state'], string>> = {
  answered: '直接答复',
  rejected: '不予受理',
  transferred: '转接',
  merged: '并单',
};

/** The lead unit of the latest round, and the unit it passed the work down to (二级承办单位), if any. */
function handlingUnits(ticket: TicketDetail): { lead?: Assignment; sub?: Assignment } {
  const latest = (list: Assignment[]) => [...list].sort((a, b) => b.round - a.round)[0];
  const lead = latest(ticket.assignments.filter((a) => a.role === 'lead' && a.parentUnitCode === null));
  if (!lead) return {};
  const sub = latest(
    ticket.assignments.filter((a) => a.round === lead.round && a.parentUnitCode === lead.unitCode),
  );
  return sub ? { lead, sub } : { lead };
}

/** 答复内容: the centre's answer or reason, the line put through to, the target of a 并单, or the unit's 办理结果. */
function answerOf(row: UpperExportRow, lead: Assignment | undefined): string {
  const { ticket } = row;
  switch (ticket.state) {
    case 'answered':
      return ticket.answer ?? '';
    case 'rejected':
      return ticket.rejectReason ?? '';
    case 'transferred':
      return ticket.transferTarget === 'other' ? '其他热线' : `${ticket.transferTarget ?? ''}`;
    case 'merged':
      return row.mergedIntoNumber ?? '';
    default:
      return lead?.feedbackText ?? '';
  }
}

function revisitResult(revisit: TicketDetail['revisit']): string {
  if (!revisit) return '';
  if (!revisit.reached) return '未联系上';
  if (!revisit.satisfaction) return '联系上未评价';
  return SATISFACTION_LABELS[revisit.satisfaction as SatisfactionLevel] ?? revisit.satisfaction;
}

const COLUMNS: {
  header: string;
  width: number;
  value: (row: UpperExportRow, unitName: UnitName, units: ReturnType<typeof handlingUnits>) => unknown;
}[] = [
  { header: '工单编号', width: 18, value: ({ ticket }) => ticket.number },
  { header: UPPER_NUMBER_HEADER, width: 20, value: (row) => row.upperNumber },
  { header: '受理时间', width: 20, value: ({ ticket }) => time(ticket.receivedAt) },
  {
    header: '来源渠道',
    width: 10,
    value: ({ ticket }) => CHANNEL_LABELS[ticket.channel as Channel] ?? ticket.channel,
  },
  {
    header: '诉求类型',
    width: 8,
    value: ({ ticket }) => APPEAL_TYPE_LABELS[ticket.appealType as AppealType] ?? ticket.appealType,
  },
  { header: '诉求分类', width: 30, value: ({ ticket }) => ticket.category },
  {
    header: '紧急程度',
    width: 8,
    value: ({ ticket }) => URGENCY_LABELS[ticket.urgency as Urgency] ?? ticket.urgency,
  },
  { header: '诉求标题', width: 30, value: ({ ticket }) => ticket.title },
  { header: '诉求内容', width: 50, value: ({ ticket }) => ticket.content },
  // A 保密件 keeps its caller out of the file, as the console keeps it off the screen.
  {
    header: '诉求人',
    width: 10,
    value: ({ ticket }) => (ticket.callerHidden ? '' : (ticket.callerName ?? '')),
  },
  {
    header: '联系电话',
    width: 14,
    value: ({ ticket }) => (ticket.callerHidden ? '' : (ticket.callerPhone ?? '')),
  },
  { header: '诉求地址', width: 30, value: ({ ticket }) => ticket.address ?? '' },
  { header: '所属区县', width: 12, value: ({ ticket }, unitName) => unitName(ticket.districtCode) },
  { header: '是否保密', width: 8, value: ({ ticket }) => (ticket.confidential ? '是' : '否') },
  { header: '办理方式', width: 10, value: ({ ticket }) => MODE_BY_STATE[ticket.state] ?? '转办' },
  { header: '答复内容', width: 50, value: (row, _unitName, { lead }) => answerOf(row, lead) },
  { header: '承办单位', width: 24, value: (_row, unitName, { lead }) => unitName(lead?.unitCode ?? null) },
  { header: '二级承办单位', width: 24, value: (_row, unitName, { sub }) => unitName(sub?.unitCode ?? null) },
  { header: '派单时间', width: 20, value: (_row, _unitName, { lead }) => time(lead?.dispatchedAt) },
  // The file keeps one 签收时间: the handling unit's, the 二级承办单位's when there is one (DESIGN §7 import).
  {
    header: '签收时间',
    width: 20,
    value: (_row, _unitName, { lead, sub }) => time((sub ?? lead)?.acknowledgedAt),
  },
  { header: '反馈时限', width: 20, value: (_row, _unitName, { lead }) => time(lead?.feedbackDue) },
  { header: '反馈时间', width: 20, value: (_row, _unitName, { lead }) => time(lead?.feedbackAt) },
  { header: '办结时限', width: 20, value: (_row, _unitName, { lead }) => time(lead?.completionDue) },
  { header: '办结时间', width: 20, value: ({ ticket }) => time(ticket.completedAt) },
  { header: '回访时间', width: 20, value: ({ ticket }) => time(ticket.revisit?.at) },
  { header: '回访结果', width: 12, value: ({ ticket }) => revisitResult(ticket.revisit) },
  {
    header: '是否解决',
    width: 10,
    value: ({ ticket }) =>
      ticket.revisit?.solved ? (SOLVED_LABELS[ticket.revisit.solved as SolvedLevel] ?? '') : '',
  },
];

export const UPPER_EXPORT_HEADERS = COLUMNS.map((column) => column.header);

/**
 * The tickets from upper as the DESIGN §7 file, with 上级工单编号 and their 办理结果, in XLSX or CSV. Only the
 * columns of the format: the file reads back through the import (where its 上级工单编号 make it a no-op).
 */
export function writeUpperFile(rows: readonly UpperExportRow[], unitName: UnitName, format: 'csv' | 'xlsx') {
  return writeTableFile(
    {
      sheetName: '上级交办工单',
      headers: UPPER_EXPORT_HEADERS,
      rows: rows.map((row) => {
        const units = handlingUnits(row.ticket);
        return COLUMNS.map((column) => column.value(row, unitName, units));
      }),
      widths: COLUMNS.map((column) => column.width),
      freezeHeader: true,
    },
    format,
  );
}
