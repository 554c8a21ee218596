import type { Executor } from '../../db/executor.ts';
import type { DeadlinePolicyRow } from '../../db/schema.ts';
import type { CalendarDay, CalendarDayKind } from '../../domain/calendar/working-calendar.ts';

export function createCalendarRepository(db: Executor) {
  return {
    async listDays(fromDate?: string, toDate?: string): Promise<CalendarDay[]> {
      let query = db.selectFrom('calendar_days').select(['date', 'kind', 'name']).orderBy('date');
      if (fromDate) query = query.where('date', '>=', fromDate);
      if (toDate) query = query.where('date', '<=', toDate);
      const rows = await query.execute();
      return rows.map((r) => ({ date: r.date, kind: r.kind as CalendarDayKind, name: r.name }));
    },

    async countDays(): Promise<number> {
      const row = await db
        .selectFrom('calendar_days')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async upsertDay(day: CalendarDay, at: string): Promise<void> {
      const exists = await db
        .selectFrom('calendar_days')
        .select('date')
        .where('date', '=', day.date)
        .executeTakeFirst();
      if (exists) {
        await db
          .updateTable('calendar_days')
          .set({ kind: day.kind, name: day.name, updated_at: at })
          .where('date', '=', day.date)
          .execute();
      } else {
        await db
          .insertInto('calendar_days')
          .values({ ...day, updated_at: at })
          .execute();
      }
    },

    async deleteDay(date: string): Promise<boolean> {
      const result = await db.deleteFrom('calendar_days').where('date', '=', date).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    listPolicies(): Promise<DeadlinePolicyRow[]> {
      return db.selectFrom('deadline_policies').selectAll().orderBy('id').execute();
    },

    findPolicy(id: number): Promise<DeadlinePolicyRow | undefined> {
      return db.selectFrom('deadline_policies').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async insertPolicy(row: Omit<DeadlinePolicyRow, 'id'>): Promise<number> {
      const inserted = await db
        .insertInto('deadline_policies')
        .values(row)
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(inserted.id);
    },

    async updatePolicy(id: number, row: Omit<DeadlinePolicyRow, 'id'>): Promise<void> {
      await db.updateTable('deadline_policies').set(row).where('id', '=', id).execute();
    },

    async deletePolicy(id: number): Promise<boolean> {
      const result = await db.deleteFrom('deadline_policies').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
