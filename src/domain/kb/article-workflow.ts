import type { Role } from '../access/roles.ts';

/**
 * 知识库 article workflow: units draft and revise their own articles, the centre reviews. The working copy has
 * a state; the live text is the last approved revision, so an article under revision stays searchable as it was
 * approved. Expiry is not a stored state: an article is expired from its 失效日期 on.
 */
export const KB_STATUSES = ['draft', 'pendingReview', 'published', 'withdrawn'] as const;
export type KbStatus = (typeof KB_STATUSES)[number];
/** What lists and search show: the stored state, or expired once the 失效日期 has come. */
export type KbShownStatus = KbStatus | 'expired';

export const KB_STATUS_LABELS: Record<KbShownStatus, string> = {
  draft: '草稿',
  pendingReview: '待审核',
  published: '已发布',
  withdrawn: '已撤回',
  expired: '已失效',
};

export type KbAction = 'edit' | 'submit' | 'approve' | 'return' | 'withdraw';

// Editing a submitted or published article starts a new working copy; the live revision stays until approval.
const FROM: Record<KbAction, readonly KbStatus[]> = {
  edit: KB_STATUSES,
  submit: ['draft'],
  approve: ['pendingReview'],
  return: ['pendingReview'],
  withdraw: ['draft', 'pendingReview', 'published'],
};
const TO: Record<KbAction, KbStatus> = {
  edit: 'draft',
  submit: 'pendingReview',
  approve: 'published',
  return: 'draft',
  withdraw: 'withdrawn',
};

/** The state after `action`, or null when the action does not apply in `status`. */
export function kbTransition(status: KbStatus, action: KbAction): KbStatus | null {
  return FROM[action].includes(status) ? TO[action] : null;
}

export function shownStatus(status: KbStatus, expiresOn: string | null, today: string): KbShownStatus {
  return status === 'published' && expiresOn !== null && expiresOn <= today ? 'expired' : status;
}

/** Units write their own articles; the centre's administrators may write any. */
export function roleMayAuthorKb(role: Role): boolean {
  return role === 'unitHandler' || role === 'unitAdmin' || role === 'admin';
}

/** The centre's reviewers approve or return what units submit (审核). */
export function roleMayReviewKb(role: Role): boolean {
  return role === 'reviewer' || role === 'admin';
}

/** Days after approval by which an article is due for its periodic review (定期复核), unless it expires sooner. */
export const KB_REVIEW_INTERVAL_DAYS = 365;
