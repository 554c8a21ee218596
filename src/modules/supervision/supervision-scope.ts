import type { Actor } from '../../domain/access/actor.ts';
import { isUnitRole } from '../../domain/access/roles.ts';
import { CLOSED_STATES, TICKET_STATES } from '../../domain/lifecycle/index.ts';
import { AppError } from '../../shared/errors.ts';
import type { SupervisionMeasure } from '../../contracts/supervision.schemas.ts';
import type { TicketQueueFilter } from '../tickets/index.ts';
import type { UnitDirectory, UnitRecord } from '../units/index.ts';

// Which tickets the board counts for whom. A unit "has" a ticket while it holds an open assignment of it (待签收 or
// 办理中), as in a unit's own 即将超时/已超时 queues: a ticket sent back and dispatched elsewhere leaves the first
// unit's row. The whole city (the centre at the root) also counts tickets at the centre's own stages.

const OPEN_ASSIGNMENT = ['dispatched', 'inProgress'];
const OPEN_STATES = TICKET_STATES.filter((state) => !CLOSED_STATES.includes(state));

export type TicketSelection = Omit<TicketQueueFilter, 'now'>;

/** The board a person sees: the unit whose subtree is shown, and the highest unit they may see. */
export interface BoardScope {
  unit: UnitRecord;
  top: UnitRecord;
  wholeCity: boolean;
}

/** A unit admin sees its own subtree; the centre sees the city and may open any unit of it. */
export function boardScope(actor: Actor, unitCode: string | undefined, directory: UnitDirectory): BoardScope {
  const top = isUnitRole(actor.role) ? directory.get(actor.unitCode) : directory.root();
  if (!top) throw new AppError('FORBIDDEN', '用户所属单位不存在');
  if (!unitCode) return { unit: top, top, wholeCity: !isUnitRole(actor.role) };
  const unit = directory.get(unitCode);
  if (!unit) throw new AppError('UNKNOWN_UNIT', `单位 ${unitCode} 不存在`, { field: 'unitCode' });
  if (!directory.isWithin(unit.code, top.code))
    throw new AppError('FORBIDDEN', '只能查看本单位及下级单位的督办情况', { field: 'unitCode' });
  return { unit, top, wholeCity: !isUnitRole(actor.role) && unit.code === top.code };
}

/** The open tickets held by these units (an empty list holds nothing). */
export function heldBy(unitCodes: readonly string[]): TicketSelection {
  return { assignment: { unitCodes, states: OPEN_ASSIGNMENT } };
}

/** Everything a board counts before its measure: the scope's tickets. */
export function scopeSelection(scope: BoardScope, directory: UnitDirectory): TicketSelection {
  return scope.wholeCity ? {} : heldBy(directory.subtreeCodes(scope.unit.code));
}

/** One cell's tickets: the selection narrowed to a measure. */
export function measureSelection(base: TicketSelection, measure: SupervisionMeasure): TicketSelection {
  switch (measure) {
    case 'dueSoon':
      return { ...base, flag: 'yellow' };
    case 'overdue':
      return { ...base, flag: 'red' };
    case 'supervised':
      // The supervised mark stays on a closed ticket: only open ones are still under supervision.
      return { ...base, supervised: true, states: OPEN_STATES };
  }
}

/** A level-1 code (010000) names its whole branch: the code without its trailing 00 pairs is the prefix. */
export function categoryPrefix(code: string): string {
  return code.replace(/(00)+$/, '');
}
