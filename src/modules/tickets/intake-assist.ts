import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import { toNumber } from '../../db/dialect.ts';
import type { TicketRow } from '../../db/schema.ts';
import { roleMayRegister } from '../../domain/access/roles.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { categoryLevel } from '../../domain/categories/category-code.ts';
import { CLOSED_STATES, TICKET_STATES } from '../../domain/lifecycle/index.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type {
  CallerTicketList,
  PossibleDuplicate,
  PossibleDuplicateList,
  PossibleDuplicatesQuery,
  SuggestedUnitList,
} from '../../contracts/intake-assist.schemas.ts';
import type { UnitDirectory, UnitsService } from '../units/index.ts';
import { summaryView } from './ticket-views.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A caller who rings again within a month is most likely chasing the same appeal. */
const SAME_CALLER_DAYS = 30;
/** Same-place candidates are looked for among tickets received in this window (open ones older are rare). */
const SAME_PLACE_DAYS = 180;
/** Candidates read per lookup before the address filter: bounds the work however busy a category is. */
const SAME_PLACE_CANDIDATES = 200;
const MAX_DUPLICATES = 10;
/** Suggested units count the lead units of this many days of history. */
const SUGGESTION_DAYS = 90;
const MAX_SUGGESTIONS = 5;
/** Two addresses at or above this share of common character pairs read as the same place. */
export const SIMILAR_ADDRESS = 0.6;

const OPEN_STATES = TICKET_STATES.filter((state) => !CLOSED_STATES.includes(state));

/**
 * How alike two addresses read, 0–1: the share of the shorter one's character pairs found in the other
 * (overlap coefficient over bigrams). Chinese addresses have no spaces and are typed in part while the caller
 * speaks ("幸福小区" against "东区幸福小区3号楼" is 1), so containment matters more than equal length.
 * Width, case, spaces and punctuation are ignored.
 */
export function addressSimilarity(a: string, b: string): number {
  const pairsA = bigrams(a);
  const pairsB = bigrams(b);
  // One or two characters say nothing about a place.
  if (pairsA.size < 2 || pairsB.size < 2) return 0;
  let common = 0;
  for (const pair of pairsA) if (pairsB.has(pair)) common += 1;
  return common / Math.min(pairsA.size, pairsB.size);
}

function bigrams(address: string): Set<string> {
  const characters = Array.from(
    address
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, ''),
  );
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < characters.length; i += 1) pairs.add(characters[i]! + characters[i + 1]!);
  return pairs;
}

/** The stored category codes a code covers: itself at level 3, its whole branch above that. */
function categoryRange(code: string): [string, string] {
  const stem = code.slice(0, categoryLevel(code) * 2);
  return [stem.padEnd(6, '0'), stem.padEnd(6, '9')];
}

/** A number as typed and as digits only: imports keep dashes and spaces that the desk strips. */
function phoneForms(phone: string): string[] {
  const digits = phone.replace(/[^0-9+]/g, '');
  return digits && digits !== phone ? [phone, digits] : [phone];
}

export function createIntakeAssistService(deps: { db: Executor; clock: Clock; units: UnitsService }) {
  function requireRegistrar(actor: Actor): void {
    if (!roleMayRegister(actor.role)) throw new AppError('FORBIDDEN', '当前角色不能受理诉求');
  }

  const since = (days: number) => new Date(deps.clock.now().getTime() - days * DAY_MS).toISOString();

  function checkDistrict(code: string | undefined, directory: UnitDirectory): void {
    if (code === undefined) return;
    const unit = directory.get(code);
    if (!unit || (unit.kind !== 'district' && unit.kind !== 'zone'))
      throw new AppError('UNKNOWN_UNIT', `所属区县 ${code} 不存在`, { field: 'district' });
  }

  async function samePlace(categoryCode: string, district: string): Promise<TicketRow[]> {
    const [from, to] = categoryRange(categoryCode);
    return deps.db
      .selectFrom('tickets')
      .selectAll()
      .where('category_code', '>=', from)
      .where('category_code', '<=', to)
      .where('district_code', '=', district)
      .where('received_at', '>=', since(SAME_PLACE_DAYS))
      .where('state', 'in', OPEN_STATES)
      .orderBy('received_at', 'desc')
      .limit(SAME_PLACE_CANDIDATES)
      .execute();
  }

  async function sameCaller(phone: string): Promise<TicketRow[]> {
    return deps.db
      .selectFrom('tickets')
      .selectAll()
      .where('caller_phone', 'in', phoneForms(phone))
      .where('received_at', '>=', since(SAME_CALLER_DAYS))
      .where('state', 'in', OPEN_STATES)
      .orderBy('received_at', 'desc')
      .limit(MAX_DUPLICATES * 5)
      .execute();
  }

  /** Lead units of tickets in the category (and district), as first dispatched by the centre, most often first. */
  async function leadUnitCounts(categoryCode: string, district: string | null, limit: number) {
    const [from, to] = categoryRange(categoryCode);
    let query = deps.db
      .selectFrom('tickets')
      .innerJoin('assignments', 'assignments.ticket_id', 'tickets.id')
      .select(['assignments.unit_code as unitCode', sql<number>`count(distinct tickets.id)`.as('n')])
      .where('tickets.category_code', '>=', from)
      .where('tickets.category_code', '<=', to)
      .where('tickets.received_at', '>=', since(SUGGESTION_DAYS))
      .where('assignments.role', '=', 'lead')
      // Sub-dispatches are a unit's own choice below it; the desk proposes whom the centre dispatches to.
      .where('assignments.parent_unit_code', 'is', null);
    if (district) query = query.where('tickets.district_code', '=', district);
    const rows = await query
      .groupBy('assignments.unit_code')
      .orderBy('n', 'desc')
      .orderBy('assignments.unit_code')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ unitCode: row.unitCode, count: toNumber(row.n) }));
  }

  return {
    /**
     * Open tickets that may be the appeal being registered: same category and district (narrowed to similar
     * addresses once one is typed), or the same caller within 30 days; newest first, masked as lists are.
     */
    async possibleDuplicates(actor: Actor, query: PossibleDuplicatesQuery): Promise<PossibleDuplicateList> {
      requireRegistrar(actor);
      const directory = await deps.units.directory();
      checkDistrict(query.district, directory);
      const address = query.address?.trim() || null;
      const [place, caller] = await Promise.all([
        query.categoryCode && query.district ? samePlace(query.categoryCode, query.district) : [],
        query.phone ? sameCaller(query.phone) : [],
      ]);
      const found = new Map<number, { row: TicketRow; reasons: Set<PossibleDuplicate['reasons'][number]> }>();
      const add = (row: TicketRow, reason: PossibleDuplicate['reasons'][number]) => {
        const entry = found.get(row.id) ?? { row, reasons: new Set() };
        entry.reasons.add(reason);
        found.set(row.id, entry);
      };
      for (const row of place) {
        const similarity = address && row.address ? addressSimilarity(address, row.address) : null;
        // Once the agent has typed an address, a same-category ticket elsewhere in the district is not the same place.
        if (similarity !== null && similarity < SIMILAR_ADDRESS) continue;
        add(row, 'samePlace');
        if (similarity !== null) add(row, 'similarAddress');
      }
      for (const row of caller) add(row, 'sameCaller');
      const now = deps.clock.now().toISOString();
      const items = [...found.values()]
        .sort((a, b) => b.row.received_at.localeCompare(a.row.received_at) || b.row.id - a.row.id)
        .slice(0, MAX_DUPLICATES)
        .map(({ row, reasons }) => ({
          ...summaryView(row, actor, now, 'list'),
          address: row.address,
          reasons: [...reasons],
          addressSimilarity:
            address && row.address ? Math.round(addressSimilarity(address, row.address) * 100) / 100 : null,
        }));
      return { items };
    },

    /** The caller's earlier tickets, newest first, masked as lists are (the agent knows the number already). */
    async callerTickets(actor: Actor, phone: string, limit: number): Promise<CallerTicketList> {
      requireRegistrar(actor);
      const forms = phoneForms(phone);
      const [rows, total] = await Promise.all([
        deps.db
          .selectFrom('tickets')
          .selectAll()
          .where('caller_phone', 'in', forms)
          .orderBy('received_at', 'desc')
          .orderBy('id', 'desc')
          .limit(limit)
          .execute(),
        deps.db
          .selectFrom('tickets')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('caller_phone', 'in', forms)
          .executeTakeFirst(),
      ]);
      const now = deps.clock.now().toISOString();
      return { items: rows.map((row) => summaryView(row, actor, now, 'list')), total: toNumber(total?.n) };
    },

    /**
     * Up to five units the centre dispatched this category to most often in the district over the last 90 days.
     * A district without such history falls back to the city's, leaving out units of other districts. (The code
     * list names no default unit per category; the city's history stands in for one.)
     */
    async suggestedUnits(
      actor: Actor,
      query: { categoryCode: string; district?: string | undefined },
    ): Promise<SuggestedUnitList> {
      requireRegistrar(actor);
      const directory = await deps.units.directory();
      checkDistrict(query.district, directory);
      const named = (basis: 'district' | 'city') => (row: { unitCode: string; count: number }) => ({
        ...row,
        unitName: directory.get(row.unitCode)?.name ?? row.unitCode,
        basis,
      });
      const usable = (code: string) => directory.get(code)?.active === true;
      if (query.district) {
        const local = (await leadUnitCounts(query.categoryCode, query.district, MAX_SUGGESTIONS * 2))
          .filter((row) => usable(row.unitCode))
          .slice(0, MAX_SUGGESTIONS);
        if (local.length > 0) return { items: local.map(named('district')), days: SUGGESTION_DAYS };
      }
      const districts = directory.all().filter((u) => u.kind === 'district' || u.kind === 'zone');
      // A unit inside another district never handles this district's appeals.
      const elsewhere = (code: string) =>
        districts.some((d) => d.code !== query.district && directory.isWithin(code, d.code));
      const city = (await leadUnitCounts(query.categoryCode, null, MAX_SUGGESTIONS * 4))
        .filter((row) => usable(row.unitCode) && !elsewhere(row.unitCode))
        .slice(0, MAX_SUGGESTIONS);
      return { items: city.map(named('city')), days: SUGGESTION_DAYS };
    },
  };
}

export type IntakeAssistService = ReturnType<typeof createIntakeAssistService>;
