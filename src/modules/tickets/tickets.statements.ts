import { preparedQuery } from '../../db/prepared.ts';
import type { Executor } from '../../db/executor.ts';

// The statements every command runs, prepared once per shape (see src/db/prepared.ts).

/** Shapes are 'col1,col2,…' or 'col1,col2,…|rows'. */
function columnsOf(shape: string): string[] {
  return shape.split('|')[0]!.split(',');
}

/** Rows of `columns` values, flattened: the statement's shape is the columns and the number of rows. */
function rowsOf(columns: readonly string[], flat: readonly unknown[]): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let start = 0; start < flat.length; start += columns.length) {
    rows.push(Object.fromEntries(columns.map((column, index) => [column, flat[start + index]])));
  }
  return rows;
}

const selectTicket = preparedQuery((db, _shape, id: unknown) =>
  db
    .selectFrom('tickets')
    .selectAll()
    .where('id', '=', id as number),
);

const selectAssignments = preparedQuery((db, _shape, ticketId: unknown) =>
  db
    .selectFrom('assignments')
    .selectAll()
    .where('ticket_id', '=', ticketId as number)
    .orderBy('id'),
);

const insertRows = (table: 'ticket_events' | 'deadline_changes' | 'assignments') =>
  preparedQuery((db, shape, ...flat: unknown[]) =>
    db.insertInto(table).values(rowsOf(columnsOf(shape), flat) as never),
  );
const insertEventRows = insertRows('ticket_events');
const insertDeadlineRows = insertRows('deadline_changes');
const insertAssignmentRows = insertRows('assignments');

const updateTicket = preparedQuery((db, shape, id: unknown, version: unknown, ...values: unknown[]) =>
  db
    .updateTable('tickets')
    .set(Object.fromEntries(columnsOf(shape).map((column, index) => [column, values[index]])) as never)
    .where('id', '=', id as number)
    .where('version', '=', version as number),
);

const updateAssignment = preparedQuery(
  (db, shape, ticketId: unknown, round: unknown, unitCode: unknown, ...values: unknown[]) =>
    db
      .updateTable('assignments')
      .set(Object.fromEntries(columnsOf(shape).map((column, index) => [column, values[index]])) as never)
      .where('ticket_id', '=', ticketId as number)
      .where('round', '=', round as number)
      .where('unit_code', '=', unitCode as string),
);

const insertTicket = preparedQuery((db, shape, ...values: unknown[]) =>
  db
    .insertInto('tickets')
    .values(rowsOf(columnsOf(shape), values)[0] as never)
    .returning('id'),
);

const setNumber = preparedQuery((db, _shape, id: unknown, number: unknown) =>
  db
    .updateTable('tickets')
    .set({ number: number as string })
    .where('id', '=', id as number),
);

export const statements = {
  /** Inserts a ticket row and answers its id. */
  async insertTicket(db: Executor, row: Record<string, unknown>): Promise<number> {
    const columns = Object.keys(row);
    const result = await insertTicket<{ id: number }>(
      db,
      columns.join(','),
      ...columns.map((column) => row[column]),
    );
    return Number(result.rows[0]!.id);
  },

  async setNumber(db: Executor, id: number, number: string): Promise<void> {
    await setNumber(db, 'number', id, number);
  },

  async ticketRow<Row>(db: Executor, id: number): Promise<Row | undefined> {
    return (await selectTicket<Row>(db, 'ticket', id)).rows[0];
  },

  async assignmentRows<Row>(db: Executor, ticketId: number): Promise<Row[]> {
    return (await selectAssignments<Row>(db, 'assignments', ticketId)).rows;
  },

  async insert(
    db: Executor,
    table: 'ticket_events' | 'deadline_changes' | 'assignments',
    rows: readonly Record<string, unknown>[],
  ) {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    const run =
      table === 'ticket_events'
        ? insertEventRows
        : table === 'deadline_changes'
          ? insertDeadlineRows
          : insertAssignmentRows;
    const key = columns.join(',');
    await run(db, `${key}|${rows.length}`, ...rows.flatMap((row) => columns.map((column) => row[column])));
  },

  /** Number of rows changed (0 when the version moved on: another command won). */
  async updateTicket(
    db: Executor,
    id: number,
    version: number,
    set: Record<string, unknown>,
  ): Promise<number> {
    const columns = Object.keys(set);
    const key = columns.join(',');
    const result = await updateTicket(db, key, id, version, ...columns.map((column) => set[column]));
    return Number(result.numAffectedRows ?? 0);
  },

  async updateAssignment(
    db: Executor,
    where: { ticketId: number; round: number; unitCode: string },
    set: Record<string, unknown>,
  ) {
    const columns = Object.keys(set);
    const key = columns.join(',');
    await updateAssignment(
      db,
      key,
      where.ticketId,
      where.round,
      where.unitCode,
      ...columns.map((column) => set[column]),
    );
  },
};
