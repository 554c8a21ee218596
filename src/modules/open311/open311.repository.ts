import type { Executor } from '../../db/executor.ts';
import type {
  Open311ClientsTable,
  Open311RequestsTable,
  Open311ServiceAttributesTable,
} from '../../db/schema.ts';
import type { Insertable, Selectable } from 'kysely';

export type Open311ClientRow = Selectable<Open311ClientsTable>;
export type Open311AttributeRow = Selectable<Open311ServiceAttributesTable>;
export type Open311RequestRow = Selectable<Open311RequestsTable>;

/** The Open311 module's own tables: clients and their keys, service questions, submissions. */
export function createOpen311Repository(db: Executor) {
  return {
    async insertClient(row: Insertable<Open311ClientsTable>): Promise<number> {
      const { id } = await db
        .insertInto('open311_clients')
        .values(row)
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(id);
    },

    listClients(): Promise<Open311ClientRow[]> {
      return db.selectFrom('open311_clients').selectAll().orderBy('id').execute();
    },

    findClient(id: number): Promise<Open311ClientRow | undefined> {
      return db.selectFrom('open311_clients').selectAll().where('id', '=', id).executeTakeFirst();
    },

    findActiveClientByKeyHash(keyHash: string): Promise<Open311ClientRow | undefined> {
      return db
        .selectFrom('open311_clients')
        .selectAll()
        .where('key_hash', '=', keyHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
    },

    async revokeClient(id: number, at: string, by: number | null): Promise<void> {
      await db
        .updateTable('open311_clients')
        .set({ revoked_at: at, revoked_by: by })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    },

    async touchClient(id: number, at: string): Promise<void> {
      await db.updateTable('open311_clients').set({ last_used_at: at }).where('id', '=', id).execute();
    },

    listAttributes(): Promise<Open311AttributeRow[]> {
      return db
        .selectFrom('open311_service_attributes')
        .selectAll()
        .orderBy('category_code')
        .orderBy('sort_order')
        .orderBy('code')
        .execute();
    },

    /** The latest change to any service question: part of the discovery document's changeset. */
    async latestAttributeChange(): Promise<string | null> {
      const row = await db
        .selectFrom('open311_service_attributes')
        .select((eb) => eb.fn.max('updated_at').as('latest'))
        .executeTakeFirst();
      return row?.latest ?? null;
    },

    /** An earlier submission with the same digest from the same client since `sinceIso`. */
    findRecentSubmission(
      clientId: number,
      digest: string,
      sinceIso: string,
    ): Promise<Pick<Open311RequestRow, 'token' | 'ticket_number'> | undefined> {
      return db
        .selectFrom('open311_requests')
        .select(['token', 'ticket_number'])
        .where('client_id', '=', clientId)
        .where('request_digest', '=', digest)
        .where('created_at', '>=', sinceIso)
        .executeTakeFirst();
    },

    async insertSubmission(row: Insertable<Open311RequestsTable>): Promise<number> {
      const { id } = await db
        .insertInto('open311_requests')
        .values(row)
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(id);
    },

    async attachTicket(id: number, ticket: { id: number; number: string }): Promise<void> {
      await db
        .updateTable('open311_requests')
        .set({ ticket_id: ticket.id, ticket_number: ticket.number })
        .where('id', '=', id)
        .execute();
    },

    async deleteSubmission(id: number): Promise<void> {
      await db.deleteFrom('open311_requests').where('id', '=', id).execute();
    },

    /** What clients submitted for publication with these tickets, by ticket id. */
    submissionsOfTickets(ticketIds: readonly number[]) {
      if (ticketIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('open311_requests')
        .select(['ticket_id', 'lat', 'long', 'address_string', 'address_id', 'description', 'media_url'])
        .where('ticket_id', 'in', [...ticketIds])
        .execute();
    },

    findSubmissionByToken(
      token: string,
    ): Promise<Pick<Open311RequestRow, 'token' | 'ticket_number'> | undefined> {
      return db
        .selectFrom('open311_requests')
        .select(['token', 'ticket_number'])
        .where('token', '=', token)
        .executeTakeFirst();
    },
  };
}
