import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { isUnitRole } from '../../domain/access/roles.ts';
import {
  kbTransition,
  roleMayAuthorKb,
  roleMayReviewKb,
  shownStatus,
  type KbAction,
  type KbShownStatus,
  type KbStatus,
} from '../../domain/kb/article-workflow.ts';
import { addCalendarDays, localDate, startOfLocalDate } from '../../domain/time.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { CategoriesService } from '../categories/index.ts';
import type { TicketFacts, TicketQueriesService } from '../tickets/index.ts';
import type { UnitDirectory, UnitsService } from '../units/index.ts';
import {
  createKbArticlesRepository,
  type KbArticleFilter,
  type KbArticleRecord,
  type KbContent,
  type KbRevisionRecord,
} from './kb-articles.repository.ts';
import { diffRevisions } from './kb-diff.ts';
import { writeKbFile } from './kb-file.ts';
import { indexLiveRevision } from './kb-live-index.ts';
import { reviewDueAfterApproval } from './kb-review-dates.ts';
import type { KbSearchIndexer } from './kb-search-indexer.ts';

export interface KbArticleInput extends KbContent {
  /** The owning unit; unit staff default to their own */
  unitCode?: string | undefined;
  internalNote: string | null;
  /** What changed, for the revision history */
  changeNote: string | null;
}

export interface KbAbilities {
  edit: boolean;
  submit: boolean;
  approve: boolean;
  return: boolean;
  withdraw: boolean;
}

export type KbArticleView = KbArticleRecord & { shownStatus: KbShownStatus; abilities: KbAbilities };

export interface KbArticlesDeps {
  db: Executor;
  clock: Clock;
  audit: AuditRecorder;
  units: Pick<UnitsService, 'directory'>;
  categories: Pick<CategoriesService, 'resolveForIntake'>;
  search: KbSearchIndexer;
  /** Reads a ticket as the actor may see it (for turning a unit's feedback into an article) */
  tickets: Pick<TicketQueriesService, 'getTicket'>;
  /** The revisit outcomes of the tickets an article answered */
  ticketFacts: Pick<TicketFacts, 'revisitOutcomes'>;
}

// A unit's feedback is solved work only once the centre has accepted it.
const SOLVED_STATES = new Set(['pendingRevisit', 'completed', 'archived']);

/** Revisions are strictly ordered in time (an article has one revision per instant, imports rely on it). */
function revisionTime(at: string, previous: string | undefined): string {
  if (previous === undefined || at > previous) return at;
  return new Date(new Date(previous).getTime() + 1).toISOString();
}

function required(reason: string | null): string {
  if (!reason) throw new AppError('VALIDATION_FAILED', '请填写原因', { field: 'comment' });
  return reason;
}

export function createKbArticlesService(deps: KbArticlesDeps) {
  const today = () => localDate(deps.clock.now());

  /** Unit staff reach the articles of their unit and below it; the centre reaches all. */
  function ownedBy(actor: Actor, directory: UnitDirectory): readonly string[] | undefined {
    return isUnitRole(actor.role) ? directory.subtreeCodes(actor.unitCode) : undefined;
  }

  function abilitiesOf(actor: Actor, article: KbArticleRecord, directory: UnitDirectory): KbAbilities {
    const owns =
      actor.role === 'admin' ||
      (roleMayAuthorKb(actor.role) && directory.isWithin(article.unitCode, actor.unitCode));
    const may = (action: KbAction, allowed: boolean) =>
      allowed && kbTransition(article.status, action) !== null;
    return {
      edit: may('edit', owns),
      submit: may('submit', owns),
      approve: may('approve', roleMayReviewKb(actor.role)),
      return: may('return', roleMayReviewKb(actor.role)),
      withdraw: may('withdraw', owns || roleMayReviewKb(actor.role)),
    };
  }

  async function view(actor: Actor, article: KbArticleRecord): Promise<KbArticleView> {
    const directory = await deps.units.directory();
    return {
      ...article,
      shownStatus: shownStatus(article.status, article.expiresOn, today()),
      abilities: abilitiesOf(actor, article, directory),
    };
  }

  async function readable(actor: Actor, id: number): Promise<KbArticleRecord> {
    const article = await createKbArticlesRepository(deps.db).find(id);
    if (!article) throw new AppError('KB_ARTICLE_NOT_FOUND', `知识 ${id} 不存在`);
    // Published knowledge is the city's: the agent desk's search and the public FAQ show it to everyone, so any
    // unit may open it (and its files); drafts, articles in review and withdrawn ones stay with their unit's
    // subtree and the centre.
    if (article.status === 'published') return article;
    const own = ownedBy(actor, await deps.units.directory());
    if (own && !own.includes(article.unitCode))
      throw new AppError('FORBIDDEN', '只能查看本单位及下级单位的知识');
    return article;
  }

  /** Category, districts and dates as the code lists and the calendar know them; 400 naming the field. */
  async function checkContent(input: KbContent, directory: UnitDirectory): Promise<KbContent> {
    const categoryCode = input.categoryCode
      ? (await deps.categories.resolveForIntake(input.categoryCode, 'categoryCode')).code
      : null;
    for (const code of input.districtCodes) {
      const unit = directory.get(code);
      if (!unit || (unit.kind !== 'district' && unit.kind !== 'zone'))
        throw new AppError('VALIDATION_FAILED', `适用区县 ${code} 不是县区或经济区`, {
          field: 'districtCodes',
        });
    }
    if (input.effectiveFrom && input.expiresOn && input.expiresOn <= input.effectiveFrom)
      throw new AppError('VALIDATION_FAILED', '失效日期应晚于生效日期', { field: 'expiresOn' });
    return { ...input, categoryCode, districtCodes: [...new Set(input.districtCodes)] };
  }

  async function change(
    actor: Actor,
    id: number,
    expectedVersion: number,
    action: KbAction,
    work: (
      article: KbArticleRecord,
      trx: Executor,
      at: string,
    ) => Promise<Parameters<ReturnType<typeof createKbArticlesRepository>['update']>[2]>,
  ): Promise<KbArticleView> {
    const directory = await deps.units.directory();
    const saved = await inTransaction(deps.db, async (trx) => {
      const repository = createKbArticlesRepository(trx);
      const article = await repository.find(id);
      if (!article) throw new AppError('KB_ARTICLE_NOT_FOUND', `知识 ${id} 不存在`);
      const own = ownedBy(actor, directory);
      if (own && !own.includes(article.unitCode))
        throw new AppError('FORBIDDEN', '只能处理本单位及下级单位的知识');
      if (!abilitiesOf(actor, article, directory)[action])
        throw new AppError(
          kbTransition(article.status, action) === null ? 'KB_INVALID_STATE' : 'FORBIDDEN',
          `当前状态（${article.status}）或角色不能执行此操作`,
          { action, status: article.status },
        );
      if (article.version !== expectedVersion)
        throw new AppError('VERSION_CONFLICT', '该知识已被他人修改，请刷新后重试', {
          field: 'version',
          currentVersion: article.version,
        });
      const at = deps.clock.now().toISOString();
      const update = await work(article, trx, at);
      if (!(await repository.update(id, expectedVersion, update, at)))
        throw new AppError('VERSION_CONFLICT', '该知识已被他人修改，请刷新后重试', { field: 'version' });
      const after = (await repository.find(id))!;
      await reindex(trx, after);
      return after;
    });
    return view(actor, saved);
  }

  const reindex = (trx: Executor, article: KbArticleRecord) => indexLiveRevision(trx, deps.search, article);

  const service = {
    /** A unit drafts an article (its first revision counts as a 知识库更新 of the owning unit). */
    async create(actor: Actor, input: KbArticleInput): Promise<KbArticleView> {
      if (!roleMayAuthorKb(actor.role)) throw new AppError('FORBIDDEN', '当前角色不能编写知识');
      const directory = await deps.units.directory();
      const unitCode = input.unitCode ?? actor.unitCode;
      const owner = directory.get(unitCode);
      if (!owner || !owner.active)
        throw new AppError('UNKNOWN_UNIT', `维护单位 ${unitCode} 不存在或已停用`, { field: 'unitCode' });
      if (actor.role !== 'admin' && !directory.isWithin(unitCode, actor.unitCode))
        throw new AppError('FORBIDDEN', '只能为本单位及下级单位编写知识', { field: 'unitCode' });
      const content = await checkContent(input, directory);
      const article = await inTransaction(deps.db, async (trx) => {
        const repository = createKbArticlesRepository(trx);
        const at = deps.clock.now().toISOString();
        const created = await repository.insert(
          { ...content, unitCode, createdBy: actor.userId, internalNote: input.internalNote },
          at,
        );
        await repository.insertRevision(
          created.id,
          {
            ...content,
            version: 1,
            unitCode,
            authorUserId: actor.userId,
            changeNote: input.changeNote ?? '新建',
          },
          at,
        );
        return created;
      });
      return view(actor, article);
    },

    /**
     * 一键转知识: a unit's accepted feedback on a ticket becomes a draft of its own unit, titled and categorised
     * like the ticket. The unit edits it and submits it like any draft.
     */
    async draftFromTicket(actor: Actor, ticketId: number): Promise<KbArticleView> {
      const ticket = await deps.tickets.getTicket(actor, ticketId);
      if (!SOLVED_STATES.has(ticket.state))
        throw new AppError('KB_INVALID_STATE', '只有审核通过的办理结果才能转为知识', { state: ticket.state });
      const directory = await deps.units.directory();
      const handled = ticket.assignments.filter(
        (assignment) =>
          assignment.feedbackText !== null &&
          (actor.role === 'admin' || directory.isWithin(assignment.unitCode, actor.unitCode)),
      );
      const source = handled[handled.length - 1];
      if (!source) throw new AppError('KB_INVALID_STATE', '本单位在该工单中没有办理结果', { ticketId });
      return service.create(actor, {
        title: ticket.title,
        content: source.feedbackText!,
        categoryCode: ticket.categoryCode,
        keywords: [],
        districtCodes: [],
        effectiveFrom: null,
        expiresOn: null,
        unitCode: source.unitCode,
        internalNote: `由工单 ${ticket.number} 的办理结果生成`,
        changeNote: `由工单 ${ticket.number} 生成`,
      });
    },

    /** A new working copy; the live revision stays searchable until the centre approves this one. */
    async revise(
      actor: Actor,
      id: number,
      expectedVersion: number,
      input: KbArticleInput,
    ): Promise<KbArticleView> {
      const content = await checkContent(input, await deps.units.directory());
      return change(actor, id, expectedVersion, 'edit', async (article, trx, at) => {
        const repository = createKbArticlesRepository(trx);
        const revisions = await repository.revisions(id);
        await repository.insertRevision(
          id,
          {
            ...content,
            version: revisions.length + 1,
            unitCode: article.unitCode,
            authorUserId: actor.userId,
            changeNote: input.changeNote,
          },
          revisionTime(at, revisions[revisions.length - 1]?.revisedAt),
        );
        return { ...content, status: 'draft', internalNote: input.internalNote, reviewComment: null };
      });
    },

    submit: (actor: Actor, id: number, expectedVersion: number) =>
      change(actor, id, expectedVersion, 'submit', async () => ({ status: 'pendingReview' as KbStatus })),

    /** 审核通过: the working copy becomes the live revision. */
    approve: (actor: Actor, id: number, expectedVersion: number) =>
      change(actor, id, expectedVersion, 'approve', async (article, trx, at) => {
        const revisions = await createKbArticlesRepository(trx).revisions(id);
        const latest = revisions[revisions.length - 1]!;
        await deps.audit.record(trx, actor, {
          action: 'kb.approved',
          targetType: 'kbArticle',
          targetId: article.number,
          details: { version: latest.version },
        });
        return {
          status: 'published' as KbStatus,
          publishedVersion: latest.version,
          publishedAt: at,
          reviewComment: null,
          reviewDueOn: reviewDueAfterApproval(localDate(new Date(at)), latest.expiresOn),
        };
      }),

    /** 退回修改, with the reviewer's reason. */
    returnForRework: (actor: Actor, id: number, expectedVersion: number, reason: string | null) =>
      change(actor, id, expectedVersion, 'return', async (article, trx) => {
        const comment = required(reason);
        await deps.audit.record(trx, actor, {
          action: 'kb.returned',
          targetType: 'kbArticle',
          targetId: article.number,
          details: { comment },
        });
        return { status: 'draft' as KbStatus, reviewComment: comment };
      }),

    withdraw: (actor: Actor, id: number, expectedVersion: number, comment: string | null) =>
      change(actor, id, expectedVersion, 'withdraw', async (article, trx) => {
        const reason = required(comment);
        await deps.audit.record(trx, actor, {
          action: 'kb.withdrawn',
          targetType: 'kbArticle',
          targetId: article.number,
          details: { reason },
        });
        return { status: 'withdrawn' as KbStatus, reviewComment: reason };
      }),

    async get(actor: Actor, id: number): Promise<KbArticleView & { revisions: KbRevisionRecord[] }> {
      const article = await readable(actor, id);
      const revisions = await createKbArticlesRepository(deps.db).revisions(id);
      return { ...(await view(actor, article)), revisions };
    },

    /** What changed between two revisions, by character (readable for Chinese). */
    async diff(actor: Actor, id: number, from: number, to: number) {
      await readable(actor, id);
      const revisions = await createKbArticlesRepository(deps.db).revisions(id);
      const find = (version: number, field: string) => {
        const revision = revisions.find((r) => r.version === version);
        if (!revision) throw new AppError('VALIDATION_FAILED', `没有第 ${version} 版`, { field });
        return revision;
      };
      return { from, to, fields: diffRevisions(find(from, 'from'), find(to, 'to')) };
    },

    async list(
      actor: Actor,
      filter: Omit<KbArticleFilter, 'unitCodes'> & { unitCode?: string | undefined },
      page: { page: number; pageSize: number },
    ): Promise<{ items: KbArticleView[]; total: number }> {
      const directory = await deps.units.directory();
      const own = ownedBy(actor, directory);
      let unitCodes = own;
      if (filter.unitCode) {
        if (own && !own.includes(filter.unitCode))
          throw new AppError('FORBIDDEN', '只能查看本单位及下级单位的知识', { field: 'unitCode' });
        unitCodes = directory.subtreeCodes(filter.unitCode);
      }
      const { rows, total } = await createKbArticlesRepository(deps.db).list(
        { ...filter, ...(unitCodes ? { unitCodes } : {}) },
        { offset: (page.page - 1) * page.pageSize, limit: page.pageSize },
      );
      return { items: await Promise.all(rows.map((row) => view(actor, row))), total };
    },

    /** How often the article answered a caller, and how the revisits of those tickets rated (满意度). */
    async usage(actor: Actor, id: number) {
      await readable(actor, id);
      const tickets = await createKbArticlesRepository(deps.db).answeredTickets(id);
      const outcomes = await deps.ticketFacts.revisitOutcomes(tickets);
      const rated = outcomes.filter((outcome) => outcome.satisfaction !== null);
      const count = (level: string) => rated.filter((outcome) => outcome.satisfaction === level).length;
      return {
        answered: tickets.length,
        revisited: outcomes.length,
        reached: outcomes.filter((outcome) => outcome.reached).length,
        satisfied: count('satisfied'),
        basic: count('basic'),
        dissatisfied: count('dissatisfied'),
      };
    },

    /** Answers given with each unit's articles in [from, to) (its own articles, not its subtree's). */
    async usageByUnit(
      actor: Actor,
      from: string,
      to: string,
    ): Promise<{ unitCode: string; answered: number }[]> {
      const own = ownedBy(actor, await deps.units.directory());
      // The days 'YYYY-MM-DD' from and to, whole, in Shanghai time.
      const start = startOfLocalDate(from).toISOString();
      const end = startOfLocalDate(addCalendarDays(to, 1)).toISOString();
      const counts = await createKbArticlesRepository(deps.db).answerCountsByUnit(start, end);
      return [...counts]
        .filter(([unitCode]) => !own || own.includes(unitCode))
        .map(([unitCode, answered]) => ({ unitCode, answered }))
        .sort((a, b) => b.answered - a.answered || a.unitCode.localeCompare(b.unitCode));
    },

    /** The knowledge base as DESIGN §7's file, every revision (a unit: its subtree's articles). */
    async exportFile(actor: Actor, format: 'csv' | 'xlsx') {
      if (!roleMayAuthorKb(actor.role) && !roleMayReviewKb(actor.role))
        throw new AppError('FORBIDDEN', '当前角色不能导出知识库');
      const rows = await createKbArticlesRepository(deps.db).exportRows(
        ownedBy(actor, await deps.units.directory()),
      );
      await deps.audit.record(deps.db, actor, {
        action: 'kb.exported',
        targetType: 'kbArticle',
        details: { rows: rows.length, format },
      });
      return writeKbFile(rows, format);
    },

    /** Articles whose 失效日期 or 定期复核 falls within `days`, by owning unit (a unit sees its subtree). */
    async due(actor: Actor, days: number): Promise<KbArticleView[]> {
      const until = addCalendarDays(today(), days);
      const rows = await createKbArticlesRepository(deps.db).due(
        ownedBy(actor, await deps.units.directory()),
        until,
      );
      return Promise.all(rows.map((row) => view(actor, row)));
    },

    /**
     * 直接答复 with articles (KbAnswerRecorder of the tickets module): each live article named counts one use for
     * it and its unit. A draft, withdrawn or expired article cannot answer a caller.
     */
    async recordAnswers(db: Executor, ticketId: number, numbers: readonly string[], at: Date): Promise<void> {
      const repository = createKbArticlesRepository(db);
      for (const number of new Set(numbers)) {
        const article = await repository.findByNumber(number);
        const live =
          article !== undefined &&
          article.publishedVersion !== null &&
          article.status !== 'withdrawn' &&
          !(article.expiresOn !== null && article.expiresOn <= today());
        if (!article || !live)
          throw new AppError('VALIDATION_FAILED', `知识 ${number} 不存在、未发布或已失效，不能用于答复`, {
            field: 'articleNumbers',
          });
        await repository.recordAnswer(article.id, ticketId, article.unitCode, at.toISOString());
        await deps.search.recordUse(db, article.id);
      }
    },

    reindex,
  };
  return service;
}

export type KbArticlesService = ReturnType<typeof createKbArticlesService>;
