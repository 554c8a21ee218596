import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Row types of the tables created by ./migrations. Portable choices (STACK.md pitfalls): times are ISO-8601
// UTC text (sorts chronologically in both dialects), booleans are 0/1 integers, JSON is text.
type Timestamp = string;
type Flag = number;

export interface UnitsTable {
  code: string;
  name: string;
  parent_code: string | null;
  kind: string;
  /** Materialised path '/ROOT/DIST/UNIT/': a subtree is a prefix match. */
  path: string;
  depth: number;
  active: ColumnType<Flag, Flag | undefined, Flag>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  unit_code: string;
  active: ColumnType<Flag, Flag | undefined, Flag>;
  created_at: Timestamp;
  password_changed_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  /** The last request made with the session: idle sessions end (SESSION_IDLE_MINUTES). */
  last_seen_at: Timestamp | null;
  address: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
  expires_at: Timestamp | null;
  last_used_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
}

/** Append-only (database triggers refuse UPDATE and DELETE). */
export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: number | null;
  actor_username: string;
  actor_role: string | null;
  /** The unit the actor acted for (migration 0012); null before it and for failed logins */
  actor_unit_code: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  address: string | null;
  /** JSON */
  details: string;
}

/** Failed logins per key ('user:NAME' or 'ip:ADDRESS') and the back-off they earned. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface TicketsTable {
  id: Generated<number>;
  number: string;
  /** SHA-256 of the caller and their Idempotency-Key: keys are scoped to who sent them. */
  idempotency_key: string | null;
  /** SHA-256 of the request the key answered: the same key with another body is refused. */
  idempotency_digest: ColumnType<string | null, string | null | undefined, string | null>;
  state: string;
  version: number;
  channel: string;
  appeal_type: string;
  /** 诉求分类 as a path of names, as it read when the ticket was registered */
  category: string;
  /** The category's six-digit code; null for tickets registered before the code list existed */
  category_code: string | null;
  urgency: string;
  confidential: Flag;
  revisit_consent: Flag;
  title: string;
  content: string;
  caller_name: string | null;
  caller_phone: string | null;
  address: string | null;
  district_code: string | null;
  received_at: Timestamp;
  registered_by: number | null;
  round: number;
  lead_unit_code: string | null;
  answer: string | null;
  reject_reason: string | null;
  transfer_target: string | null;
  merged_into_id: number | null;
  revisit_reached: Flag | null;
  satisfaction: string | null;
  solved: string | null;
  revisited_at: Timestamp | null;
  urge_count: number;
  supervised: Flag;
  reopen_count: number;
  /** The lead unit's next deadline while it owes the centre something; drives the red card. */
  due_at: Timestamp | null;
  /** One working day before due_at: from then on the ticket shows a yellow card. */
  yellow_at: Timestamp | null;
  completed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AssignmentsTable {
  id: Generated<number>;
  ticket_id: number;
  round: number;
  unit_code: string;
  role: string;
  parent_unit_code: string | null;
  state: string;
  dispatched_at: Timestamp;
  acknowledge_due: Timestamp | null;
  acknowledged_at: Timestamp | null;
  feedback_due: Timestamp | null;
  feedback_at: Timestamp | null;
  feedback_text: string | null;
  completion_due: Timestamp | null;
  closed_at: Timestamp | null;
  send_back_reason: string | null;
  send_back_requested_at: Timestamp | null;
  extension_reason: string | null;
  extension_requested_due: Timestamp | null;
  extension_requested_at: Timestamp | null;
  extension_count: number;
}

export interface TicketEventsTable {
  id: Generated<number>;
  ticket_id: number;
  /** The ticket's version after this event: (ticket_id, version) is unique, so no event is appended twice. */
  version: number;
  type: string;
  at: Timestamp;
  actor_user_id: number | null;
  actor_unit_code: string | null;
  unit_code: string | null;
  data: string;
}

export interface DeadlineChangesTable {
  id: Generated<number>;
  ticket_id: number;
  round: number;
  unit_code: string;
  kind: string;
  due_at: Timestamp | null;
  previous_due_at: Timestamp | null;
  reason: string;
  event_version: number;
  at: Timestamp;
}

export interface CalendarDaysTable {
  date: string;
  kind: string;
  name: string;
  updated_at: Timestamp;
}

export interface DeadlinePoliciesTable {
  id: Generated<number>;
  appeal_type: string | null;
  /** The policy covers this category and everything below it */
  category_code: string | null;
  urgency: string | null;
  acknowledge_limit: string | null;
  feedback_limit: string | null;
  completion_limit: string | null;
  counting_start: string;
  counting_cutoff: string | null;
  note: string | null;
  updated_at: Timestamp;
}

type Count = ColumnType<number, number | undefined, number>;

export interface TicketRollupsTable {
  registered_on: string;
  unit_code: string;
  event_on: string;
  appeal_type: string;
  category_l1: string;
  registered: Count;
  answered: Count;
  dispatched: Count;
  rejected: Count;
  transferred: Count;
  merged: Count;
  assigned: Count;
  completed: Count;
  completed_on_time: Count;
  acknowledge_due: Count;
  acknowledged_on_time: Count;
  feedback_due: Count;
  feedback_on_time: Count;
  revisits: Count;
  revisits_reached: Count;
  rated: Count;
  satisfied: Count;
  basic: Count;
  dissatisfied: Count;
  solved: Count;
  partly_solved: Count;
  urged: Count;
  supervised: Count;
  reopened: Count;
}

/** 来源渠道 per day of registration and unit subtree: tickets assigned within it (the centre: every appeal). */
export interface TicketChannelRollupsTable {
  unit_code: string;
  registered_on: string;
  channel: string;
  tickets: Count;
}

/** The monthly counters by month of the event: whole event months before a period's as-of month. */
export type TicketRollupsEventMonthlyTable = Omit<TicketRollupsMonthlyTable, 'event_on'> & {
  event_month: string;
};

export type TicketRollupsMonthlyTable = Omit<
  TicketRollupsTable,
  'registered_on' | 'appeal_type' | 'category_l1'
> & {
  registered_month: string;
};

export interface CallsTable {
  id: Generated<number>;
  call_number: string;
  offered_at: Timestamp;
  /** null: the caller hung up before an agent answered */
  answered_at: Timestamp | null;
  ended_at: Timestamp | null;
  agent_number: string | null;
  caller_number: string | null;
  /** 'import' (a CDR file) or 'cti' (rebuilt from cti_events) */
  source: Generated<string>;
  /** 1: ended (or, for a CDR row, recorded) without an answer */
  abandoned: Generated<number>;
  /** Local (Shanghai) date and hour of offered_at */
  offered_on: string | null;
  offered_hour: number | null;
  /** answered_at − offered_at, null when not answered */
  wait_ms: number | null;
  /** ended_at − answered_at, null when not answered or not ended */
  talk_ms: number | null;
  transfer_count: Generated<number>;
  /** The last transfer's target, 'agent:1002' | 'queue:…' | 'line:…' */
  transferred_to: string | null;
}

/** One CTI event as received (POST /api/cti/events), once per event id. */
export interface CtiEventsTable {
  id: Generated<number>;
  event_id: string;
  call_id: string;
  type: string;
  at: Timestamp;
  /** JSON of the validated event */
  data: string;
  received_at: Timestamp;
}

/** A missed-call callback: reported by the switch, or recorded by an agent for one missed call. */
export interface CallCallbacksTable {
  id: Generated<number>;
  number: string;
  at: Timestamp;
  call_id: number | null;
  event_id: string | null;
  outcome: string | null;
  note: string | null;
  ticket_id: number | null;
  user_id: number | null;
}

export interface CallCallbackAttemptsTable {
  id: Generated<number>;
  call_id: number;
  attempt: number;
  at: Timestamp;
  outcome: string;
  note: string | null;
  user_id: number | null;
}

export interface CallRollupsTable {
  day: string;
  offered: Count;
  answered: Count;
  answered_within_15s: Count;
}

export interface KbArticlesTable {
  id: Generated<number>;
  article_number: string;
  title: string;
  content: string;
  unit_code: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** draft | pendingReview | published | withdrawn: the working copy's state (expiry is read from expires_on) */
  status: Generated<string>;
  /** Optimistic lock: raised by every change */
  version: Generated<number>;
  category_code: string | null;
  /** JSON array */
  keywords: string | null;
  /** JSON array of district unit codes; empty: the whole city */
  district_codes: string | null;
  effective_from: string | null;
  expires_on: string | null;
  review_due_on: string | null;
  internal_note: string | null;
  review_comment: string | null;
  /** The revision that is live (searched, shown to citizens); null until first approved */
  published_version: number | null;
  published_at: string | null;
  created_by: number | null;
}

export interface KbRevisionsTable {
  id: Generated<number>;
  article_id: number;
  unit_code: string;
  title: string;
  content: string;
  revised_at: Timestamp;
  version: number | null;
  category_code: string | null;
  keywords: string | null;
  district_codes: string | null;
  effective_from: string | null;
  expires_on: string | null;
  author_user_id: number | null;
  change_note: string | null;
}

export interface KbAnswersTable {
  id: Generated<number>;
  article_id: number;
  ticket_id: number;
  unit_code: string;
  answered_at: string;
}

/** A file attached to a ticket or a knowledge-base article (0010); the bytes are in the attachment store. */
export interface AttachmentsTable {
  id: Generated<number>;
  owner_kind: string;
  owner_id: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  note: string | null;
  uploaded_by: number | null;
  uploader_name: string;
  uploader_unit_code: string;
  uploaded_at: Timestamp;
  withdrawn_at: Timestamp | null;
  withdrawn_by: number | null;
}

/** The knowledge base's search index (0009): one row per indexed article, tokens space-joined. */
export interface KbSearchDocsTable {
  article_id: number;
  title: string;
  body: string;
  title_tokens: string;
  body_tokens: string;
  keyword_tokens: string;
  pinyin_tokens: string;
  /** Filter values as tokens, for SQLite's full-text MATCH */
  facets: string;
  status: string;
  category_code: string | null;
  unit_code: string;
  /** Space-joined district unit codes; empty: the whole city */
  districts: string;
  updated_at: Timestamp;
  usage_count: ColumnType<number, number | undefined, number>;
  expires_at: Timestamp | null;
}

/** How many indexed documents hold each token; the empty term counts the documents. */
export interface KbSearchTermsTable {
  term: string;
  docs: number;
}

export interface KbSynonymsTable {
  id: Generated<number>;
  /** equivalent | oneWay */
  kind: string;
  /** JSON array of strings */
  terms: string;
  from_term: string | null;
  rule_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ScoringSchemesTable {
  scheme_id: string;
  version: number;
  /** The scheme's JSON, as validated by parseScheme */
  body: string;
  created_at: Timestamp;
  created_by: number | null;
}

export interface CategoriesTable {
  code: string;
  name: string;
  parent_code: string | null;
  level: number;
  /** JSON array of strings */
  aliases: string;
  active: number;
  version: number;
  updated_at: string;
}

export interface CategoryVersionsTable {
  code: string;
  version: number;
  name: string;
  parent_code: string | null;
  aliases: string;
  active: number;
  changed_at: string;
  changed_by: number | null;
}

/** Other spellings of the fixed code lists' codes (来源渠道, 诉求类型, 紧急程度, 满意度); see 0006-dictionaries. */
export interface DictionaryAliasesTable {
  /** channel | appealType | urgency | satisfaction */
  dictionary: string;
  /** the alias normalised (NFKC, lower case, no white space): the key a spelling is found by */
  term: string;
  /** as the admin typed it */
  alias: string;
  code: string;
  created_at: Timestamp;
  created_by: number | null;
}

/** An application allowed to submit Open311 requests (0017-open311); only its key's SHA-256 is kept. */
export interface Open311ClientsTable {
  id: Generated<number>;
  name: string;
  /** The 来源渠道 its tickets carry */
  channel: string;
  key_hash: string;
  key_hint: string;
  created_at: Timestamp;
  created_by: number | null;
  revoked_at: Timestamp | null;
  revoked_by: number | null;
  last_used_at: Timestamp | null;
}

/** One extra question of an Open311 service (a category): GeoReport's service definition. */
export interface Open311ServiceAttributesTable {
  id: Generated<number>;
  category_code: string;
  code: string;
  datatype: string;
  required: Flag;
  description: string;
  datatype_description: string | null;
  sort_order: number;
  /** JSON array of { key, name } */
  values_json: string;
  updated_at: Timestamp;
}

/** What an Open311 client submitted beside the ticket: point, photo link, token, answers to the questions. */
export interface Open311RequestsTable {
  id: Generated<number>;
  token: string;
  client_id: number;
  /** null while the ticket is being registered */
  ticket_id: number | null;
  /** The ticket's 工单编号 (GeoReport's service_request_id) */
  ticket_number: string | null;
  service_code: string;
  request_digest: string;
  lat: number | null;
  long: number | null;
  address_string: string | null;
  address_id: string | null;
  email: string | null;
  device_id: string | null;
  account_id: string | null;
  description: string | null;
  media_url: string | null;
  /** JSON object: attribute code → value */
  attributes: string;
  created_at: Timestamp;
}

/** A named point a citizen picks on the portal instead of typing an address (0016-portal). */
export interface PortalPlacesTable {
  id: Generated<number>;
  name: string;
  /** pinyin initials of the name, for search */
  initials: string;
  address: string;
  district_code: string | null;
  lat: number | null;
  long: number | null;
  active: number;
}

/** A photo uploaded on the portal, held until its appeal is sent (then ticket_id is set) or an hour passes. */
export interface PortalPhotosTable {
  id: Generated<number>;
  token_hash: string;
  path: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  created_at: Timestamp;
  ticket_id: number | null;
  attachment_id: number | null;
}

/** A ticket registered through the portal, with the phone it came from. */
export interface PortalSubmissionsTable {
  id: Generated<number>;
  ticket_id: number;
  ticket_number: string;
  phone: string;
  address: string | null;
  created_at: Timestamp;
}

/** A one-time code sent to look a ticket up; only its SHA-256 is kept. */
export interface PortalTrackCodesTable {
  id: Generated<number>;
  ticket_id: number;
  phone: string;
  code_hash: string;
  attempts: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  spent_at: Timestamp | null;
}

/** Reading rights on one ticket for a short time; only the token's SHA-256 is kept. */
export interface PortalTrackTokensTable {
  token_hash: string;
  ticket_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface Database {
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  tickets: TicketsTable;
  assignments: AssignmentsTable;
  ticket_events: TicketEventsTable;
  deadline_changes: DeadlineChangesTable;
  calendar_days: CalendarDaysTable;
  deadline_policies: DeadlinePoliciesTable;
  ticket_rollups: TicketRollupsTable;
  ticket_rollups_monthly: TicketRollupsMonthlyTable;
  ticket_channel_rollups: TicketChannelRollupsTable;
  ticket_rollups_event_monthly: TicketRollupsEventMonthlyTable;
  calls: CallsTable;
  call_rollups: CallRollupsTable;
  cti_events: CtiEventsTable;
  call_callbacks: CallCallbacksTable;
  call_callback_attempts: CallCallbackAttemptsTable;
  kb_articles: KbArticlesTable;
  kb_revisions: KbRevisionsTable;
  kb_answers: KbAnswersTable;
  kb_search_docs: KbSearchDocsTable;
  kb_search_terms: KbSearchTermsTable;
  kb_synonyms: KbSynonymsTable;
  scoring_schemes: ScoringSchemesTable;
  audit_log: AuditLogTable;
  login_throttle: LoginThrottleTable;
  categories: CategoriesTable;
  category_versions: CategoryVersionsTable;
  dictionary_aliases: DictionaryAliasesTable;
  attachments: AttachmentsTable;
  open311_clients: Open311ClientsTable;
  open311_service_attributes: Open311ServiceAttributesTable;
  open311_requests: Open311RequestsTable;
  portal_places: PortalPlacesTable;
  portal_photos: PortalPhotosTable;
  portal_submissions: PortalSubmissionsTable;
  portal_track_codes: PortalTrackCodesTable;
  portal_track_tokens: PortalTrackTokensTable;
  line_orders: LineOrdersTable;
  line_transfers: LineTransfersTable;
}

/** An order another line (110 and others) put to the hotline: (line, order_number) names one ticket. */
export interface LineOrdersTable {
  id: Generated<number>;
  line: string;
  order_number: string;
  ticket_id: number;
  ticket_number: string;
  received_at: string;
  created_at: string;
  created_by: number | null;
}

/** An appeal put through to another line (转接) and what that line did with it. */
export interface LineTransfersTable {
  id: Generated<number>;
  ticket_id: number;
  ticket_number: string;
  line: string;
  note: string | null;
  transferred_at: string;
  other_order_number: string | null;
  outcome: string | null;
  outcome_note: string | null;
  outcome_at: string | null;
  outcome_by: number | null;
}

export type UnitRow = Selectable<UnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type TicketRow = Selectable<TicketsTable>;
export type NewTicketRow = Insertable<TicketsTable>;
export type TicketRowUpdate = Updateable<TicketsTable>;
export type AssignmentRow = Selectable<AssignmentsTable>;
export type TicketEventRow = Selectable<TicketEventsTable>;
export type DeadlinePolicyRow = Selectable<DeadlinePoliciesTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type CategoryVersionRow = Selectable<CategoryVersionsTable>;
