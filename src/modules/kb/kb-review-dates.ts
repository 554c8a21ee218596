import { KB_REVIEW_INTERVAL_DAYS } from '../../domain/kb/article-workflow.ts';
import { addCalendarDays } from '../../domain/time.ts';

/** 定期复核: a year after approval, or the 失效日期 when that comes first (an expiring rule needs a successor). */
export function reviewDueAfterApproval(approvedOn: string, expiresOn: string | null): string {
  const periodic = addCalendarDays(approvedOn, KB_REVIEW_INTERVAL_DAYS);
  return expiresOn !== null && expiresOn < periodic ? expiresOn : periodic;
}
