import type { z } from 'zod';
import {
  SATISFACTION_LABELS,
  SOLVED_LABELS,
  type TicketCommandType,
  type TransferTarget,
} from '../../../../src/domain/lifecycle/index.ts';
import type { Bilingual } from '../../i18n/index.tsx';

// A command's form, read from its body schema (CommandBodies in src/contracts/tickets.schemas.ts): a field
// added to a command appears in the generic dialog without a change here, with a plain input.

export type FieldKind =
  'text' | 'longText' | 'boolean' | 'choice' | 'time' | 'unit' | 'units' | 'ticketNumber' | 'tags' | 'number';

export interface CommandField {
  name: string;
  kind: FieldKind;
  required: boolean;
  nullable: boolean;
  label: Bilingual;
  options?: { value: string | boolean; label: Bilingual }[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Peels optional/nullable/default/pipe wrappers: what is typed, and whether it may be left empty. */
function unwrap(schema: z.ZodType): { base: z.ZodType; required: boolean; nullable: boolean; time: boolean } {
  let base = schema;
  let required = true;
  let nullable = false;
  let time = false;
  for (;;) {
    const def = defOf(base);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') required = false;
    if (def.type === 'nullable') {
      nullable = true;
      required = false;
    }
    if (def.type === 'pipe') {
      // LocalTime is a string piped into a transform that parses it.
      time = true;
      base = def.in!;
      continue;
    }
    if (def.innerType) {
      base = def.innerType;
      continue;
    }
    return { base, required, nullable, time };
  }
}

const LABELS: Record<string, Bilingual> = {
  answer: { 'zh-CN': '答复内容', en: 'Answer' },
  articleNumbers: { 'zh-CN': '引用知识编号', en: 'Knowledge articles' },
  reason: { 'zh-CN': '理由', en: 'Reason' },
  note: { 'zh-CN': '意见 / 备注', en: 'Note' },
  target: { 'zh-CN': '转接去向', en: 'Transfer to' },
  intoTicketId: { 'zh-CN': '并入工单（编号）', en: 'Merge into ticket (number)' },
  leadUnitCode: { 'zh-CN': '主办单位', en: 'Lead unit' },
  supportUnitCodes: { 'zh-CN': '协办单位', en: 'Supporting units' },
  approve: { 'zh-CN': '审批结果', en: 'Decision' },
  requestedDue: { 'zh-CN': '申请延至', en: 'Requested deadline' },
  due: { 'zh-CN': '新的时限（不填按申请）', en: 'New deadline (default: as requested)' },
  childUnitCode: { 'zh-CN': '下级承办单位', en: 'Child unit' },
  content: { 'zh-CN': '办理结果', en: 'Result' },
  accept: { 'zh-CN': '审核结果', en: 'Review' },
  reached: { 'zh-CN': '是否联系上市民', en: 'Citizen reached' },
  satisfaction: { 'zh-CN': '满意度', en: 'Satisfaction' },
  solved: { 'zh-CN': '是否解决', en: 'Solved' },
  to: { 'zh-CN': '重办方式', en: 'Reopen to' },
};

const yes = (zh: string, en: string) => ({ value: true, label: { 'zh-CN': zh, en } });
const no = (zh: string, en: string) => ({ value: false, label: { 'zh-CN': zh, en } });

const BOOLEAN_OPTIONS: Record<string, CommandField['options']> = {
  approve: [yes('同意', 'Approve'), no('不同意', 'Deny')],
  accept: [yes('通过', 'Accept'), no('退回重办', 'Return for rework')],
  reached: [yes('已联系上', 'Reached'), no('未联系上', 'Not reached')],
};

const TRANSFER_LABELS: Record<TransferTarget, Bilingual> = {
  '110': { 'zh-CN': '110 报警', en: '110 police' },
  '119': { 'zh-CN': '119 火警', en: '119 fire' },
  '120': { 'zh-CN': '120 急救', en: '120 ambulance' },
  '122': { 'zh-CN': '122 交通事故', en: '122 traffic' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

const CHOICE_LABELS: Record<string, Record<string, Bilingual>> = {
  target: TRANSFER_LABELS,
  satisfaction: {
    satisfied: { 'zh-CN': SATISFACTION_LABELS.satisfied, en: 'Satisfied' },
    basic: { 'zh-CN': SATISFACTION_LABELS.basic, en: 'Basically satisfied' },
    dissatisfied: { 'zh-CN': SATISFACTION_LABELS.dissatisfied, en: 'Dissatisfied' },
  },
  solved: {
    solved: { 'zh-CN': SOLVED_LABELS.solved, en: 'Solved' },
    partly: { 'zh-CN': SOLVED_LABELS.partly, en: 'Partly' },
    unsolved: { 'zh-CN': SOLVED_LABELS.unsolved, en: 'Unsolved' },
  },
  to: {
    sameUnit: { 'zh-CN': '原承办单位重办', en: 'Same unit' },
    dispatch: { 'zh-CN': '退回派单', en: 'Back to dispatch' },
  },
};

const LONG_TEXT = new Set(['answer', 'reason', 'note', 'content']);

function kindOf(name: string, base: z.ZodType, time: boolean): FieldKind {
  const type = defOf(base).type;
  if (time) return 'time';
  if (name === 'intoTicketId') return 'ticketNumber';
  if (name === 'leadUnitCode' || name === 'childUnitCode') return 'unit';
  if (name === 'supportUnitCodes') return 'units';
  if (type === 'boolean') return 'boolean';
  if (type === 'enum') return 'choice';
  if (type === 'number') return 'number';
  if (type === 'array') return 'tags';
  return LONG_TEXT.has(name) ? 'longText' : 'text';
}

export function commandFields(schema: z.ZodType): CommandField[] {
  const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.entries(shape)
    .filter(([name]) => name !== 'version')
    .map(([name, field]) => {
      const { base, required, nullable, time } = unwrap(field);
      const kind = kindOf(name, base, time);
      const label = LABELS[name] ?? { 'zh-CN': name, en: name };
      let options: CommandField['options'];
      if (kind === 'boolean') options = BOOLEAN_OPTIONS[name] ?? [yes('是', 'Yes'), no('否', 'No')];
      if (kind === 'choice') {
        const values = Object.values(defOf(base).entries ?? {});
        options = values.map((value) => ({
          value,
          label: CHOICE_LABELS[name]?.[value] ?? { 'zh-CN': value, en: value },
        }));
      }
      return { name, kind, required, nullable, label, ...(options ? { options } : {}) };
    });
}

/** Commands whose generic form asks for a unit of the actor's own subtree rather than any unit. */
export const OWN_SUBTREE_UNITS: readonly TicketCommandType[] = ['subDispatch'];
