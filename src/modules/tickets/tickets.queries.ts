import type { Executor } from '../../db/executor.ts';
import { availableCommands } from '../../domain/access/abilities.ts';
import { isUnitRole, roleSeesContacts } from '../../domain/access/roles.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { UnitDirectory, UnitsService } from '../units/index.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { UserDirectory } from '../users/index.ts';
import { detailView, showsContact, summaryView } from './ticket-views.ts';
import { isInScope } from './ticket-scope.ts';
import { createTicketsRepository } from './tickets.repository.ts';
import type { TicketDetail, TicketList, TicketListQuery } from '../../contracts/tickets.schemas.ts';

/**
 * What `q` looks for: a phone number finds that caller's tickets, for the roles that see callers' numbers (for
 * others it would be an oracle for a masked number); anything else a title or a ticket number.
 */
function searchOf(actor: Actor, q: string | undefined): { search?: string; callerPhone?: string } {
  if (!q) return {};
  const digits = q.replace(/[\s-]/g, '');
  if (/^\+?\d{7,15}$/.test(digits) && !/^\d{16}$/.test(digits) && roleSeesContacts(actor.role))
    return { callerPhone: digits };
  return { search: q };
}

export function createTicketQueriesService(deps: {
  db: Executor;
  clock: Clock;
  units: UnitsService;
  audit: AuditRecorder;
  users: UserDirectory;
}) {
  /** The unit a unit user is confined to (with the units below it); null for centre roles, who see all. */
  function scopeUnit(actor: Actor, directory: UnitDirectory): string | null {
    if (!isUnitRole(actor.role)) return null;
    if (!directory.get(actor.unitCode)) throw new AppError('FORBIDDEN', '用户所属单位不存在');
    return actor.unitCode;
  }

  /**
   * One ticket as this person may see it, read through `db` (a command's transaction answers with the state it
   * wrote); a view that shows the caller unmasked is audited in the same transaction.
   */
  async function detailIn(db: Executor, actor: Actor, id: number): Promise<TicketDetail> {
    const repository = createTicketsRepository(db);
    const loaded = await repository.loadTicket(id);
    if (!loaded) throw new AppError('TICKET_NOT_FOUND', `工单 ${id} 不存在`, { ticketId: id });
    const directory = await deps.units.directory();
    if (!isInScope(loaded.ticket, actor, directory)) {
      throw new AppError('TICKET_OUT_OF_SCOPE', '该工单不属于本单位', { ticketId: id });
    }
    const [events, deadlineHistory] = await Promise.all([
      repository.listEvents(id),
      repository.listDeadlineChanges(id),
    ]);
    const actors = await deps.users.accounts(
      db,
      events.flatMap((e) => (e.actor_user_id ? [e.actor_user_id] : [])),
    );
    const view = detailView({
      row: loaded.row,
      assignments: loaded.assignmentRows,
      events,
      deadlineHistory,
      unitName: (code) => directory.get(code)?.name ?? code,
      actorName: (userId) => actors.get(userId)?.displayName ?? null,
      abilities: availableCommands(loaded.ticket, actor, {
        hasUnitsBelow: directory.children(actor.unitCode).some((unit) => unit.active),
      }),
      viewer: actor,
      now: deps.clock.now().toISOString(),
    });
    if (showsContact(loaded.row, actor, 'detail')) {
      await deps.audit.record(db, actor, {
        action: 'ticket.contactViewed',
        targetType: 'ticket',
        targetId: id,
        details: { number: loaded.row.number },
      });
    }
    return view;
  }

  const getTicket = (actor: Actor, id: number) => detailIn(deps.db, actor, id);

  return {
    getTicket,
    detailIn,

    /** Whether this person may see the ticket at all (404 or out of scope otherwise), without reading it whole. */
    async assertVisible(actor: Actor, id: number): Promise<{ state: string }> {
      const loaded = await createTicketsRepository(deps.db).loadTicket(id);
      if (!loaded) throw new AppError('TICKET_NOT_FOUND', `工单 ${id} 不存在`, { ticketId: id });
      if (!isInScope(loaded.ticket, actor, await deps.units.directory()))
        throw new AppError('TICKET_OUT_OF_SCOPE', '该工单不属于本单位', { ticketId: id });
      return { state: loaded.ticket.state };
    },

    async getTicketByNumber(actor: Actor, number: string): Promise<TicketDetail> {
      const id = await createTicketsRepository(deps.db).findIdByNumber(number);
      if (id === undefined) throw new AppError('TICKET_NOT_FOUND', `工单 ${number} 不存在`, { number });
      return getTicket(actor, id);
    },

    async listTickets(actor: Actor, query: TicketListQuery): Promise<TicketList> {
      const now = deps.clock.now().toISOString();
      const directory = await deps.units.directory();
      const own = scopeUnit(actor, directory);
      let within = own;
      if (query.unitCode) {
        if (!directory.get(query.unitCode))
          throw new AppError('UNKNOWN_UNIT', `单位 ${query.unitCode} 不存在`, { field: 'unitCode' });
        if (own !== null && !directory.isWithin(query.unitCode, own)) {
          throw new AppError('FORBIDDEN', '只能查看本单位及下级单位的工单', { field: 'unitCode' });
        }
        within = query.unitCode;
      }
      const { rows, total } = await createTicketsRepository(deps.db).list(
        {
          ...(query.state ? { states: query.state } : {}),
          ...(query.appealType ? { appealType: query.appealType } : {}),
          ...(query.urgency ? { urgencies: query.urgency } : {}),
          ...(query.channel ? { channel: query.channel } : {}),
          ...(query.flag ? { flag: query.flag } : {}),
          ...(within ? { unitCodes: directory.subtreeCodes(within) } : {}),
          ...(query.receivedFrom ? { receivedFrom: query.receivedFrom.toISOString() } : {}),
          ...(query.receivedTo ? { receivedTo: query.receivedTo.toISOString() } : {}),
          ...searchOf(actor, query.q),
          now,
        },
        { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
      );
      return {
        items: rows.map((row) => summaryView(row, actor, now)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}

export type TicketQueriesService = ReturnType<typeof createTicketQueriesService>;
