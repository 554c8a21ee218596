// What the audit log records (DESIGN §8 Security): logins, unmasked personal data, exports and every
// administrative change. The names are stable: reports and alerts filter on them.
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.loginFailed',
  'auth.loginLocked',
  'auth.logout',
  'auth.passwordChanged',
  'auth.sessionsEnded',
  'user.created',
  'user.updated',
  'user.deactivated',
  'user.activated',
  'user.unlocked',
  'user.passwordReset',
  'user.listed',
  'token.created',
  'token.revoked',
  'loginLock.lifted',
  'unit.saved',
  'unit.imported',
  'unit.activated',
  'unit.deactivated',
  'category.saved',
  'category.imported',
  'category.exported',
  'dictionary.aliasSaved',
  'dictionary.aliasDeleted',
  'calendar.daySet',
  'calendar.dayDeleted',
  'policy.saved',
  'policy.deleted',
  'scheme.saved',
  'import.tickets',
  'import.calls',
  'import.kb',
  'kb.approved',
  'kb.returned',
  'kb.withdrawn',
  'kb.exported',
  'kb.synonymSaved',
  'kb.synonymDeleted',
  'kb.reindexed',
  'attachment.added',
  'attachment.withdrawn',
  'ticket.contactViewed',
  'ticket.lateEntry',
  'bulletin.exported',
  'dashboard.exported',
  'bulletin.issued',
  'queue.exported',
  'audit.read',
  'call.calledBack',
  'open311Client.created',
  'open311Client.revoked',
  'portal.appealSubmitted',
  'portal.rated',
  'portal.trackVerified',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  /** What the action was about: 'user', 'ticket', 'unit', 'token', 'session', 'policy', … */
  targetType: string;
  targetId?: string | number | null;
  details?: Record<string, unknown>;
}
