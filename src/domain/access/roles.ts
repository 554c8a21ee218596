import type { TicketCommandType } from '../lifecycle/commands.ts';

// Roles of DESIGN §2. Unit roles act for their own unit and see only their unit's subtree.
export const ROLES = [
  'agent',
  'dispatcher',
  'unitHandler',
  'unitAdmin',
  'reviewer',
  'supervisor',
  'leader',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  agent: '话务员',
  dispatcher: '派单员',
  unitHandler: '承办人',
  unitAdmin: '单位管理员',
  reviewer: '审核/回访员',
  supervisor: '督办员',
  leader: '领导',
  admin: '系统管理员',
};

export const UNIT_ROLES: readonly Role[] = ['unitHandler', 'unitAdmin'];

export function isUnitRole(role: Role): boolean {
  return UNIT_ROLES.includes(role);
}

/** Commands a unit issues for its own assignment; the acting unit is the user's unit. */
export const UNIT_COMMANDS: readonly TicketCommandType[] = [
  'acknowledge',
  'requestSendBack',
  'requestExtension',
  'subDispatch',
  'submitFeedback',
];

const CENTRE_INTAKE: readonly TicketCommandType[] = ['directAnswer', 'reject', 'transfer', 'requestDispatch'];
const DISPATCH: readonly TicketCommandType[] = [
  ...CENTRE_INTAKE,
  'dispatch',
  'merge',
  'ruleSendBack',
  'ruleExtension',
  'urge',
];
const REVIEW: readonly TicketCommandType[] = ['review', 'revisit', 'complete', 'reopen', 'archive'];
const SUPERVISE: readonly TicketCommandType[] = ['urge', 'supervise', 'reopen'];

const COMMANDS_BY_ROLE: Record<Role, readonly TicketCommandType[]> = {
  agent: CENTRE_INTAKE,
  dispatcher: DISPATCH,
  unitHandler: UNIT_COMMANDS,
  unitAdmin: UNIT_COMMANDS,
  reviewer: REVIEW,
  supervisor: SUPERVISE,
  leader: [],
  admin: [...DISPATCH, ...REVIEW, ...SUPERVISE],
};

export function roleMayIssue(role: Role, command: TicketCommandType): boolean {
  return COMMANDS_BY_ROLE[role].includes(command);
}

/** Who may register appeals (受理). */
export function roleMayRegister(role: Role): boolean {
  return role === 'agent' || role === 'dispatcher' || role === 'admin';
}

/** Who administers the organisation, people, calendars and deadline policies. */
export function roleMayAdminister(role: Role): boolean {
  return role === 'admin';
}

/**
 * Who sees a citizen's name and number unmasked, on one ticket at a time: the people who talk to citizens
 * (agents take the call, dispatchers call back on unclear appeals, reviewers make the 回访). Leaders and
 * supervisors need figures, administrators the system: they see masked contacts like everyone else, and lists
 * are masked for all (DESIGN §2; every unmasked view is audited).
 */
export function roleSeesContacts(role: Role): boolean {
  return role === 'agent' || role === 'dispatcher' || role === 'reviewer';
}

/** Who may register an appeal received earlier than a live call allows (calls noted during an outage). */
export function roleMayRecordLateEntry(role: Role): boolean {
  return role === 'dispatcher' || role === 'admin';
}

// The roles a route admits, declared on the route (`config.roles`) and checked before its body is validated.
// The services check again: these lists say the same as the predicates above, at the door.
export const ADMIN_ROLES: readonly Role[] = ROLES.filter(roleMayAdminister);
/** Admins list every user; a unit admin lists the users of its own subtree. */
export const USER_LISTING_ROLES: readonly Role[] = ['admin', 'unitAdmin'];
/** The centre's roles: bulletins compare every unit with its peers, so units do not generate them. */
export const CENTRE_ROLES: readonly Role[] = ROLES.filter((role) => !isUnitRole(role));
export const REGISTERING_ROLES: readonly Role[] = ROLES.filter(roleMayRegister);

export function rolesIssuing(command: TicketCommandType): readonly Role[] {
  return ROLES.filter((role) => roleMayIssue(role, command));
}
