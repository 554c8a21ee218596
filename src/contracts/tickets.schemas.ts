import { z } from 'zod';
import {
  APPEAL_TYPES,
  CHANNELS,
  SATISFACTION_LEVELS,
  SOLVED_LEVELS,
  TICKET_COMMAND_TYPES,
  TICKET_STATES,
  TRANSFER_TARGETS,
  URGENCIES,
} from '../domain/lifecycle/index.ts';
import { LocalTime, NonEmptyText, Pagination, UnitCode } from './common.schemas.ts';

const Version = z
  .number()
  .int()
  .positive()
  .meta({ description: 'The ticket version the client saw (optimistic lock)' });
const Note = z.string().trim().max(2000).nullable().default(null);
/** 知识编号 of the articles a direct answer came from: each counts as a use of the article */
const ArticleNumbers = z.array(NonEmptyText(64)).max(5).default([]);

/**
 * 诉求分类 as the code list knows it: its six-digit code (010101), its path of names (城乡建设/供暖/室温不达标,
 * aliases allowed at any level) or a name found once in the whole list (室温不达标). The ticket keeps the code
 * and the path as they read at intake.
 */
export const Category = NonEmptyText(200).meta({ example: '城乡建设/供暖/室温不达标' });

/** What an agent can settle in the same step as registering (most appeals are answered at once). */
export const Disposition = z.discriminatedUnion('type', [
  z.object({ type: z.literal('directAnswer'), answer: NonEmptyText(4000), articleNumbers: ArticleNumbers }),
  z.object({ type: z.literal('reject'), reason: NonEmptyText(1000) }),
  z.object({ type: z.literal('transfer'), target: z.enum(TRANSFER_TARGETS), note: Note }),
  z.object({ type: z.literal('requestDispatch'), note: Note }),
]);

export const IntakeInput = z.object({
  /** 来源渠道 */
  channel: z.enum(CHANNELS),
  /** 诉求类型 */
  appealType: z.enum(APPEAL_TYPES),
  /** 诉求分类 */
  category: Category,
  /** 紧急程度 */
  urgency: z.enum(URGENCIES).default('normal'),
  /** 是否保密: the caller is hidden from units */
  confidential: z.boolean().default(false),
  /** The caller accepts a return visit; false for anonymous callers and refusals. */
  revisitConsent: z.boolean().default(true),
  title: NonEmptyText(200),
  content: NonEmptyText(8000),
  callerName: z.string().trim().max(100).nullable().default(null),
  callerPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{3,32}$/, '联系电话只能包含数字和 + - ( )')
    .nullable()
    .default(null),
  address: z.string().trim().max(300).nullable().default(null),
  /** 所属区县 (a district or zone unit code) */
  districtCode: UnitCode.nullable().default(null),
  /** 受理时间; defaults to now. Migrations and the simulator register history. */
  receivedAt: LocalTime.optional(),
  disposition: Disposition.optional(),
});
export type IntakeInput = z.output<typeof IntakeInput>;

// One schema per command body. Unit commands act for the caller's own unit.
export const CommandBodies = {
  directAnswer: z.object({ version: Version, answer: NonEmptyText(4000), articleNumbers: ArticleNumbers }),
  reject: z.object({ version: Version, reason: NonEmptyText(1000) }),
  transfer: z.object({ version: Version, target: z.enum(TRANSFER_TARGETS), note: Note }),
  merge: z.object({ version: Version, intoTicketId: z.number().int().positive() }),
  requestDispatch: z.object({ version: Version, note: Note }),
  dispatch: z.object({
    version: Version,
    leadUnitCode: UnitCode,
    supportUnitCodes: z.array(UnitCode).max(20).default([]),
    note: Note,
  }),
  acknowledge: z.object({ version: Version }),
  requestSendBack: z.object({ version: Version, reason: NonEmptyText(1000) }),
  ruleSendBack: z.object({ version: Version, approve: z.boolean(), note: Note }),
  requestExtension: z.object({ version: Version, reason: NonEmptyText(1000), requestedDue: LocalTime }),
  ruleExtension: z.object({
    version: Version,
    approve: z.boolean(),
    due: LocalTime.nullable().default(null),
    note: Note,
  }),
  subDispatch: z.object({ version: Version, childUnitCode: UnitCode, note: Note }),
  submitFeedback: z.object({ version: Version, content: NonEmptyText(8000) }),
  review: z.object({ version: Version, accept: z.boolean(), note: Note }),
  revisit: z.object({
    version: Version,
    reached: z.boolean(),
    satisfaction: z.enum(SATISFACTION_LEVELS).nullable().default(null),
    solved: z.enum(SOLVED_LEVELS).nullable().default(null),
    note: Note,
  }),
  complete: z.object({ version: Version, note: Note }),
  reopen: z.object({ version: Version, to: z.enum(['sameUnit', 'dispatch']), reason: NonEmptyText(1000) }),
  urge: z.object({ version: Version, note: Note }),
  supervise: z.object({ version: Version, note: NonEmptyText(2000) }),
  archive: z.object({ version: Version }),
} satisfies Record<(typeof TICKET_COMMAND_TYPES)[number], z.ZodType>;

/** The answer to an intake: enough to quote the number to the caller; the full ticket is at its URL. */
export const IntakeResponse = z.object({
  id: z.number(),
  number: z.string().meta({ description: '工单编号' }),
  version: z.number(),
  state: z.enum(TICKET_STATES),
  /** false when the Idempotency-Key named a ticket registered before */
  created: z.boolean(),
});

export const TicketIdParams = z.object({ id: z.coerce.number().int().positive() });

export const TicketListQuery = Pagination.extend({
  state: z
    .string()
    .optional()
    .transform((text) => (text ? text.split(',') : undefined))
    .pipe(z.array(z.enum(TICKET_STATES)).optional()),
  appealType: z.enum(APPEAL_TYPES).optional(),
  /** One or more of normal, urgent, critical, comma-separated */
  urgency: z
    .string()
    .optional()
    .transform((text) => (text ? text.split(',') : undefined))
    .pipe(z.array(z.enum(URGENCIES)).optional()),
  channel: z.enum(CHANNELS).optional(),
  /** yellow: due within one working day; red: overdue */
  flag: z.enum(['yellow', 'red']).optional(),
  /** Tickets assigned to this unit or below it */
  unitCode: UnitCode.optional(),
  receivedFrom: LocalTime.optional(),
  receivedTo: LocalTime.optional(),
  /** Title text or a ticket number; a phone number finds that caller's tickets for roles that see callers */
  q: z.string().trim().max(100).optional(),
});
export type TicketListQuery = z.output<typeof TicketListQuery>;

const Time = z.string().nullable();

export const AssignmentView = z.object({
  round: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  role: z.enum(['lead', 'support']),
  parentUnitCode: z.string().nullable(),
  state: z.string(),
  dispatchedAt: z.string(),
  acknowledgeDue: Time,
  acknowledgedAt: Time,
  feedbackDue: Time,
  feedbackAt: Time,
  feedbackText: z.string().nullable(),
  completionDue: Time,
  closedAt: Time,
  sendBackRequest: z.object({ reason: z.string(), at: z.string() }).nullable(),
  extensionRequest: z.object({ reason: z.string(), requestedDue: z.string(), at: z.string() }).nullable(),
  extensionCount: z.number(),
});

export const TicketSummary = z.object({
  id: z.number(),
  number: z.string(),
  version: z.number(),
  state: z.enum(TICKET_STATES),
  stateLabel: z.string(),
  channel: z.string(),
  appealType: z.string(),
  category: z.string(),
  /** null for tickets registered before the code list existed */
  categoryCode: z.string().nullable(),
  urgency: z.string(),
  confidential: z.boolean(),
  title: z.string(),
  callerName: z.string().nullable(),
  callerPhone: z.string().nullable(),
  /** true when the caller is hidden from this user (保密件) */
  callerHidden: z.boolean(),
  districtCode: z.string().nullable(),
  receivedAt: z.string(),
  leadUnitCode: z.string().nullable(),
  dueAt: Time,
  flag: z.enum(['none', 'yellow', 'red']),
  urgeCount: z.number(),
  supervised: z.boolean(),
  completedAt: Time,
});
export type TicketSummary = z.infer<typeof TicketSummary>;

export const TicketEventView = z.object({
  version: z.number(),
  type: z.string(),
  at: z.string(),
  actorUserId: z.number().nullable(),
  /** The account's display name (imports and the system act without one). */
  actorName: z.string().nullable(),
  actorUnitCode: z.string().nullable(),
  unitCode: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const DeadlineChangeView = z.object({
  round: z.number(),
  unitCode: z.string(),
  kind: z.string(),
  dueAt: Time,
  previousDueAt: Time,
  reason: z.string(),
  at: z.string(),
});

export const TicketDetail = TicketSummary.extend({
  content: z.string(),
  address: z.string().nullable(),
  revisitConsent: z.boolean(),
  round: z.number(),
  answer: z.string().nullable(),
  rejectReason: z.string().nullable(),
  transferTarget: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
  revisit: z
    .object({
      at: z.string(),
      reached: z.boolean(),
      satisfaction: z.string().nullable(),
      solved: z.string().nullable(),
    })
    .nullable(),
  reopenCount: z.number(),
  assignments: z.array(AssignmentView),
  events: z.array(TicketEventView),
  deadlineHistory: z.array(DeadlineChangeView),
  /** Commands this user may issue now (the console shows only these). */
  abilities: z.array(z.enum(TICKET_COMMAND_TYPES)),
});
export type TicketDetail = z.infer<typeof TicketDetail>;

export const TicketList = z.object({
  items: z.array(TicketSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TicketList = z.infer<typeof TicketList>;
