import { sql, type ExpressionBuilder, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type {
  Database,
  PortalPhotosTable,
  PortalPlacesTable,
  PortalTrackCodesTable,
} from '../../db/schema.ts';

export type PortalPlaceRow = Selectable<PortalPlacesTable>;
export type PortalPhotoRow = Selectable<PortalPhotosTable>;
export type PortalTrackCodeRow = Selectable<PortalTrackCodesTable>;

/** A place whose name or address holds the text, or whose pinyin initials start with it. */
function placeMatches(q: string) {
  // LIKE's wildcards in what a citizen typed are matched as themselves.
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const initials = `${q.toLowerCase().replace(/[^a-z0-9]/g, '')}%`;
  return (eb: ExpressionBuilder<Database, 'portal_places'>) =>
    eb.or([
      eb('name', 'like', sql<string>`${pattern} escape '\\'`),
      eb('address', 'like', sql<string>`${pattern} escape '\\'`),
      ...(initials.length > 1 ? [eb('initials', 'like', initials)] : []),
    ]);
}

/** The portal module's own tables: places, held photos, submissions, one-time codes and tracking tokens. */
export function createPortalRepository(db: Executor) {
  return {
    async searchPlaces(filter: { q?: string | undefined; district?: string | undefined }, limit: number) {
      let query = db.selectFrom('portal_places').selectAll().where('active', '=', 1);
      if (filter.district) query = query.where('district_code', '=', filter.district);
      if (filter.q) query = query.where(placeMatches(filter.q));
      return query.orderBy('name').orderBy('id').limit(limit).execute();
    },

    findPlace(id: number): Promise<PortalPlaceRow | undefined> {
      return db
        .selectFrom('portal_places')
        .selectAll()
        .where('id', '=', id)
        .where('active', '=', 1)
        .executeTakeFirst();
    },

    /** Places for administration, retired ones too when asked; by name. */
    async listPlaces(
      filter: { q?: string | undefined; district?: string | undefined; includeInactive: boolean },
      page: { offset: number; limit: number },
    ): Promise<{ rows: PortalPlaceRow[]; total: number }> {
      let query = db.selectFrom('portal_places');
      if (!filter.includeInactive) query = query.where('active', '=', 1);
      if (filter.district) query = query.where('district_code', '=', filter.district);
      if (filter.q) query = query.where(placeMatches(filter.q));
      const [rows, count] = await Promise.all([
        query.selectAll().orderBy('name').orderBy('id').offset(page.offset).limit(page.limit).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
      ]);
      return { rows, total: Number(count?.n ?? 0) };
    },

    allPlaces(): Promise<PortalPlaceRow[]> {
      return db.selectFrom('portal_places').selectAll().orderBy('name').orderBy('id').execute();
    },

    async updatePlace(
      id: number,
      change: Pick<Insertable<PortalPlacesTable>, 'district_code' | 'lat' | 'long' | 'active'>,
    ): Promise<void> {
      await db.updateTable('portal_places').set(change).where('id', '=', id).execute();
    },

    async insertPlaces(rows: Insertable<PortalPlacesTable>[]): Promise<void> {
      if (rows.length) await db.insertInto('portal_places').values(rows).execute();
    },

    async countPlaces(): Promise<number> {
      const row = await db
        .selectFrom('portal_places')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },

    async insertPhoto(row: Insertable<PortalPhotosTable>): Promise<void> {
      await db.insertInto('portal_photos').values(row).execute();
    },

    /** Photos still held (not attached, not expired) for these token hashes. */
    heldPhotos(tokenHashes: readonly string[], since: string): Promise<PortalPhotoRow[]> {
      if (!tokenHashes.length) return Promise.resolve([]);
      return db
        .selectFrom('portal_photos')
        .selectAll()
        .where('token_hash', 'in', [...tokenHashes])
        .where('ticket_id', 'is', null)
        .where('created_at', '>=', since)
        .execute();
    },

    async markAttached(id: number, ticketId: number, attachmentId: number): Promise<void> {
      await db
        .updateTable('portal_photos')
        .set({ ticket_id: ticketId, attachment_id: attachmentId })
        .where('id', '=', id)
        .execute();
    },

    photosOfTicket(ticketId: number): Promise<PortalPhotoRow[]> {
      return db
        .selectFrom('portal_photos')
        .selectAll()
        .where('ticket_id', '=', ticketId)
        .where('attachment_id', 'is not', null)
        .orderBy('id')
        .execute();
    },

    /** Held photos older than `before`, for deletion. */
    expiredPhotos(before: string): Promise<PortalPhotoRow[]> {
      return db
        .selectFrom('portal_photos')
        .selectAll()
        .where('ticket_id', 'is', null)
        .where('created_at', '<', before)
        .limit(500)
        .execute();
    },

    async deletePhotos(ids: readonly number[]): Promise<void> {
      if (ids.length)
        await db
          .deleteFrom('portal_photos')
          .where('id', 'in', [...ids])
          .execute();
    },

    async insertSubmission(row: {
      ticket_id: number;
      ticket_number: string;
      phone: string;
      address: string | null;
      created_at: string;
    }): Promise<void> {
      await db.insertInto('portal_submissions').values(row).execute();
    },

    async countSubmissionsSince(phone: string, since: string): Promise<number> {
      const row = await db
        .selectFrom('portal_submissions')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('phone', '=', phone)
        .where('created_at', '>=', since)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },

    /** The phone's most recent portal tickets (the open-ticket cap reads their states). */
    async recentSubmissionTickets(phone: string, limit: number): Promise<number[]> {
      const rows = await db
        .selectFrom('portal_submissions')
        .select('ticket_id')
        .where('phone', '=', phone)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => Number(r.ticket_id));
    },

    /** The portal ticket of a number and the phone it was sent from. */
    findSubmission(number: string): Promise<{ ticket_id: number; phone: string } | undefined> {
      return db
        .selectFrom('portal_submissions')
        .select(['ticket_id', 'phone'])
        .where('ticket_number', '=', number)
        .executeTakeFirst();
    },

    async insertCode(row: Insertable<PortalTrackCodesTable>): Promise<void> {
      await db.insertInto('portal_track_codes').values(row).execute();
    },

    /** Codes sent to this phone since a time: at most one a minute and ten a day. */
    async codesSentSince(phone: string, since: string): Promise<{ count: number; last: string | null }> {
      const row = await db
        .selectFrom('portal_track_codes')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('created_at').as('last')])
        .where('phone', '=', phone)
        .where('created_at', '>=', since)
        .executeTakeFirst();
      return { count: Number(row?.count ?? 0), last: (row?.last as string | null | undefined) ?? null };
    },

    liveCode(ticketId: number, phone: string, now: string): Promise<PortalTrackCodeRow | undefined> {
      return db
        .selectFrom('portal_track_codes')
        .selectAll()
        .where('ticket_id', '=', ticketId)
        .where('phone', '=', phone)
        .where('spent_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
    },

    /** One wrong try; the code is spent at the limit. Only an unspent code counts, so parallel tries cannot overrun. */
    async countWrongTry(id: number, maxTries: number, now: string): Promise<void> {
      await db
        .updateTable('portal_track_codes')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          spent_at: eb
            .case()
            .when('attempts', '>=', maxTries - 1)
            .then(now)
            .else(null)
            .end(),
        }))
        .where('id', '=', id)
        .where('spent_at', 'is', null)
        .execute();
    },

    /** Spends the code; false when another request spent it first (single use). */
    async spendCode(id: number, now: string): Promise<boolean> {
      const result = await db
        .updateTable('portal_track_codes')
        .set({ spent_at: now })
        .where('id', '=', id)
        .where('spent_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async insertToken(row: {
      token_hash: string;
      ticket_id: number;
      created_at: string;
      expires_at: string;
    }) {
      await db.insertInto('portal_track_tokens').values(row).execute();
    },

    async findToken(tokenHash: string, now: string): Promise<{ ticket_id: number } | undefined> {
      return db
        .selectFrom('portal_track_tokens')
        .select('ticket_id')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
    },
  };
}
