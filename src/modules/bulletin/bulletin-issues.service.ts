import { createHash } from 'node:crypto';
import { BULLETIN_ISSUERS } from '../../contracts/bulletin.contract.ts';
import type { Bulletin } from '../../contracts/bulletin-document.ts';
import type { BulletinIssueView } from '../../contracts/bulletin-issues.schemas.ts';
import { inTransaction, type Executor } from '../../db/executor.ts';
import { isUnitRole } from '../../domain/access/roles.ts';
import { formatLocalTime, localDate, startOfLocalDate } from '../../domain/time.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { SchemesService } from '../evaluation/index.ts';
import { createBulletinIssuesRepository, type BulletinIssueRecord } from './bulletin-issues.repository.ts';
import type { BulletinService, HighlightInput } from './bulletin.service.ts';
import { renderBulletin, type BulletinFormat } from './render/index.ts';

export interface IssueOptions {
  from: string;
  to: string;
  asOf?: Date | undefined;
  scheme?: string | undefined;
  publishedOn?: string | undefined;
  highlights?: HighlightInput[];
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** The digest of a bulletin's content: equal digests, equal figures and wording. */
export const bulletinDigest = (bulletin: Bulletin) => sha256(canonicalJson(bulletin));

function viewOf(record: BulletinIssueRecord): BulletinIssueView {
  return {
    id: record.id,
    title: record.title,
    period: { from: record.periodFrom, to: record.periodTo },
    asOf: record.asOf,
    scheme: { id: record.schemeId, version: record.schemeVersion },
    publishedOn: record.publishedOn,
    highlights: record.highlights,
    docxSha256: record.docxSha256,
    jsonSha256: record.jsonSha256,
    issuedBy: { userId: record.issuedBy, name: record.issuedByName },
    issuedAt: record.issuedAt,
  };
}

/**
 * The history of issued bulletins. Issuing records every parameter that decides the document — the as-of
 * moment fixed when it is not given, the scheme's version in force, the 典型件 with their final wording — so
 * that the document can be drawn again from the rollups exactly as it was sent, whatever happened since.
 */
export function createBulletinIssuesService(deps: {
  db: Executor;
  clock: Clock;
  audit: AuditRecorder;
  schemes: SchemesService;
  bulletins: Pick<BulletinService, 'build' | 'printedHighlights'>;
}) {
  /**
   * Figures count whole days (the rollups know the day of an event, not its hour): a bulletin whose as-of moment
   * fell inside a day that has not ended could change when that day's later events arrive. So an issued
   * bulletin is as of the end of a day that is over; by default the end of yesterday.
   */
  function asOfOf(given: Date | undefined): Date {
    const lastWholeDayEnd = new Date(startOfLocalDate(localDate(deps.clock.now())).getTime() - 1000);
    if (!given) return lastWholeDayEnd;
    if (given.getTime() > lastWholeDayEnd.getTime())
      throw new AppError(
        'VALIDATION_FAILED',
        `数据按整日统计，出具通报的截至时间不能晚于 ${formatLocalTime(lastWholeDayEnd)}`,
        { field: 'asOf' },
      );
    return given;
  }

  async function find(id: number): Promise<BulletinIssueRecord> {
    const record = await createBulletinIssuesRepository(deps.db).find(id);
    if (!record)
      throw new AppError('BULLETIN_ISSUE_NOT_FOUND', `没有编号为 ${id} 的已出具通报`, { field: 'id' });
    return record;
  }

  function assertCentre(actor: Actor) {
    if (isUnitRole(actor.role)) throw new AppError('FORBIDDEN', '承办单位不能查看全市通报');
  }

  return {
    async issue(actor: Actor, options: IssueOptions): Promise<BulletinIssueView> {
      if (!BULLETIN_ISSUERS.includes(actor.role))
        throw new AppError('FORBIDDEN', '只有督办员、领导和系统管理员可以出具通报');
      const asOf = asOfOf(options.asOf);
      // The version in force now is pinned: a later version of the scheme must not change this bulletin.
      const scheme = await deps.schemes.resolve(options.scheme);
      const highlights = await deps.bulletins.printedHighlights(options.highlights ?? []);
      const publishedOn = options.publishedOn ?? localDate(deps.clock.now());
      const bulletin = await deps.bulletins.build({
        from: options.from,
        to: options.to,
        asOf,
        scheme,
        publishedOn,
        highlights,
      });
      const docx = await renderBulletin(bulletin, 'docx');
      const record: Omit<BulletinIssueRecord, 'id'> = {
        title: bulletin.title,
        periodFrom: bulletin.period.from,
        periodTo: bulletin.period.to,
        asOf: asOf.toISOString(),
        schemeId: scheme.id,
        schemeVersion: scheme.version,
        publishedOn,
        highlights,
        docxSha256: sha256(docx.body),
        jsonSha256: bulletinDigest(bulletin),
        issuedBy: actor.userId,
        issuedByName: actor.displayName,
        issuedAt: deps.clock.now().toISOString(),
      };
      const id = await inTransaction(deps.db, async (trx) => {
        const inserted = await createBulletinIssuesRepository(trx).insert(record);
        await deps.audit.record(trx, actor, {
          action: 'bulletin.issued',
          targetType: 'bulletin',
          targetId: inserted,
          details: {
            period: `${record.periodFrom}_${record.periodTo}`,
            asOf: record.asOf,
            scheme: `${scheme.id}@${scheme.version}`,
            docxSha256: record.docxSha256,
          },
        });
        return inserted;
      });
      return viewOf({ ...record, id });
    },

    async list(actor: Actor, page: { page: number; pageSize: number }) {
      assertCentre(actor);
      const { items, total } = await createBulletinIssuesRepository(deps.db).page(
        (page.page - 1) * page.pageSize,
        page.pageSize,
      );
      return { items: items.map(viewOf), total };
    },

    async get(actor: Actor, id: number): Promise<BulletinIssueView> {
      assertCentre(actor);
      return viewOf(await find(id));
    },

    /** The issued bulletin drawn again from its recorded parameters; leaving the system, it is audited. */
    async reproduce(actor: Actor, id: number, format: BulletinFormat) {
      assertCentre(actor);
      const record = await find(id);
      const bulletin = await deps.bulletins.build({
        from: record.periodFrom,
        to: record.periodTo,
        asOf: new Date(record.asOf),
        scheme: await deps.schemes.resolveVersion(record.schemeId, record.schemeVersion),
        publishedOn: record.publishedOn,
        highlights: record.highlights,
      });
      await deps.audit.recordRead(actor, {
        action: 'bulletin.exported',
        targetType: 'bulletin',
        targetId: record.id,
        details: { format, reproduced: true },
      });
      return { bulletin, file: format === 'json' ? null : await renderBulletin(bulletin, format) };
    },
  };
}

export type BulletinIssuesService = ReturnType<typeof createBulletinIssuesService>;
