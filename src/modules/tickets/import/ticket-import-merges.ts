import type { TicketState } from '../../../domain/lifecycle/index.ts';
import { closingTime, runSteps, stepsOf } from './ticket-import-history.ts';
import type {
  DuplicateNote,
  Environment,
  History,
  ImportedTicket,
  ImportProblem,
} from './ticket-import-types.ts';

/** The state a ticket of the file was in at `at`; undefined before it was registered. */
function stateAt(history: History, at: Date): TicketState | undefined {
  let state: TicketState | undefined;
  for (const entry of history.timeline) if (entry.at <= at) state = entry.state;
  return state;
}

export interface StoredTicket {
  id: number;
  state: string;
}

export interface MergePlan {
  /** Each target before the duplicates that joined it. */
  histories: History[];
  /** Duplicates of the file merged into tickets already stored. */
  storedNotes: (DuplicateNote & { targetId: number })[];
  problems: ImportProblem[];
}

/** A 并单 row's target: the first number it names that is stored, or is a row of the file. */
function mergeTargetOf(record: ImportedTicket, isKnown: (number: string) => boolean): string | undefined {
  return record.handling.mode === 'merge' ? record.handling.targetNumbers.find(isKnown) : undefined;
}

/** The file's 并单 rows and the rows they join: these are planned together, after the rest. */
export function numbersInMerges(
  records: readonly ImportedTicket[],
  isKnown: (number: string) => boolean,
): Set<string> {
  const numbers = new Set<string>();
  for (const record of records) {
    if (record.handling.mode !== 'merge') continue;
    numbers.add(record.number);
    const target = mergeTargetOf(record, isKnown);
    if (target !== undefined) numbers.add(target);
  }
  return numbers;
}

/**
 * Plans duplicates (并单) with the tickets of the file they join. A duplicate waits for its target's history, so
 * that the target's state is judged as it was when the duplicate joined it; a chain resolves link by link.
 */
export function planMerges(
  records: readonly ImportedTicket[],
  provisionalId: ReadonlyMap<string, number>,
  stored: ReadonlyMap<string, StoredTicket>,
  env: Environment,
  isKnown: (number: string) => boolean,
): MergePlan {
  const byNumber = new Map(records.map((record) => [record.number, record]));
  const built = new Map<string, History>();
  const failed = new Set<string>();
  const problems: ImportProblem[] = [];
  const mergeStates = new Map<string, string | undefined>();
  const targets = new Map<string, string>();
  const fail = (
    record: ImportedTicket,
    code: string,
    message: string,
    field: ImportProblem['field'] = 'answer',
  ) => {
    problems.push({ rowNumber: record.rowNumber, field, code, message });
    failed.add(record.number);
  };
  const build = (record: ImportedTicket, target?: { id: number; state: string | undefined }) => {
    const steps = stepsOf(record, target?.id ?? 0);
    const result = runSteps(record, provisionalId.get(record.number)!, steps, env, target?.state);
    if (!result.ok) return fail(record, result.problem.code, result.problem.message, result.problem.field);
    built.set(record.number, result.history);
    mergeStates.set(record.number, target?.state);
  };
  for (const record of records) if (record.handling.mode !== 'merge') build(record);

  let waiting = records.filter((record) => record.handling.mode === 'merge');
  while (waiting.length > 0) {
    const later: ImportedTicket[] = [];
    for (const record of waiting) {
      const number = mergeTargetOf(record, isKnown);
      const mergeAt = closingTime(record);
      if (number === undefined) {
        const named = record.handling.mode === 'merge' ? (record.handling.targetNumbers[0] ?? '') : '';
        fail(record, 'UNKNOWN_TICKET', `并入的工单“${named}”既不在本文件中，也不在系统中`);
      } else if (number === record.number) {
        fail(record, 'MERGE_TARGET_INVALID', '不能并入本工单自己');
      } else if (stored.has(number)) {
        build(record, stored.get(number));
        targets.set(record.number, number);
      } else if (failed.has(number) || !byNumber.has(number)) {
        // The target's own row is invalid and reported there: one error is enough.
        failed.add(record.number);
      } else if (!built.has(number)) {
        later.push(record);
      } else {
        const state = stateAt(built.get(number)!, mergeAt);
        if (state === undefined)
          fail(record, 'MERGE_TARGET_INVALID', `并入的工单“${number}”在并单时尚未受理`);
        else {
          build(record, { id: built.get(number)!.id, state });
          targets.set(record.number, number);
        }
      }
    }
    if (later.length === waiting.length) {
      for (const record of later) fail(record, 'MERGE_TARGET_INVALID', '并单关系形成循环');
      break;
    }
    waiting = later;
  }

  const notes = new Map<string, DuplicateNote[]>();
  const storedNotes: MergePlan['storedNotes'] = [];
  for (const [duplicate, target] of targets) {
    const history = built.get(duplicate);
    if (!history || failed.has(duplicate)) continue;
    const note = { at: closingTime(history.record), duplicateId: history.id };
    const storedTarget = stored.get(target);
    if (storedTarget) storedNotes.push({ ...note, targetId: storedTarget.id });
    else notes.set(target, [...(notes.get(target) ?? []), note]);
  }
  for (const [number, list] of notes) {
    const history = built.get(number)!;
    const rerun = runSteps(history.record, history.id, history.steps, env, mergeStates.get(number), list);
    if (rerun.ok) built.set(number, rerun.history);
  }
  const histories = [...built.values()].filter((history) => !failed.has(history.record.number));
  return { histories, storedNotes, problems };
}
