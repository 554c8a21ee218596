import type { Generated, Kysely, Selectable } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { Database } from '../../db/schema.ts';
import { toNumber } from '../../db/dialect.ts';

// The bulletin module's own table (migration 0012-bulletin-issues), typed here rather than in the shared schema.
interface BulletinIssuesTable {
  id: Generated<number>;
  title: string;
  period_from: string;
  period_to: string;
  as_of: string;
  scheme_id: string;
  scheme_version: number;
  published_on: string;
  /** JSON: [{ ticketNumber, title, text }] */
  highlights: string;
  docx_sha256: string;
  json_sha256: string;
  issued_by: number | null;
  issued_by_name: string;
  issued_at: string;
}

export interface BulletinIssueRecord {
  id: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  asOf: string;
  schemeId: string;
  schemeVersion: number;
  publishedOn: string;
  highlights: { ticketNumber: string | null; title: string; text: string }[];
  docxSha256: string;
  jsonSha256: string;
  issuedBy: number | null;
  issuedByName: string;
  issuedAt: string;
}

type NewIssue = Omit<BulletinIssueRecord, 'id'>;

function toRecord(row: Selectable<BulletinIssuesTable>): BulletinIssueRecord {
  return {
    id: Number(row.id),
    title: row.title,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    asOf: row.as_of,
    schemeId: row.scheme_id,
    schemeVersion: Number(row.scheme_version),
    publishedOn: row.published_on,
    highlights: JSON.parse(row.highlights) as BulletinIssueRecord['highlights'],
    docxSha256: row.docx_sha256,
    jsonSha256: row.json_sha256,
    issuedBy: row.issued_by === null ? null : Number(row.issued_by),
    issuedByName: row.issued_by_name,
    issuedAt: row.issued_at,
  };
}

export function createBulletinIssuesRepository(executor: Executor) {
  const db = (executor as Kysely<Database>).withTables<{ bulletin_issues: BulletinIssuesTable }>();
  return {
    async insert(issue: NewIssue): Promise<number> {
      const inserted = await db
        .insertInto('bulletin_issues')
        .values({
          title: issue.title,
          period_from: issue.periodFrom,
          period_to: issue.periodTo,
          as_of: issue.asOf,
          scheme_id: issue.schemeId,
          scheme_version: issue.schemeVersion,
          published_on: issue.publishedOn,
          highlights: JSON.stringify(issue.highlights),
          docx_sha256: issue.docxSha256,
          json_sha256: issue.jsonSha256,
          issued_by: issue.issuedBy,
          issued_by_name: issue.issuedByName,
          issued_at: issue.issuedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(inserted.id);
    },

    async find(id: number): Promise<BulletinIssueRecord | undefined> {
      const row = await db.selectFrom('bulletin_issues').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    /** Newest first. */
    async page(offset: number, limit: number): Promise<{ items: BulletinIssueRecord[]; total: number }> {
      const rows = await db
        .selectFrom('bulletin_issues')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      const count = await db
        .selectFrom('bulletin_issues')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return { items: rows.map(toRecord), total: toNumber(count?.n) };
    },
  };
}
