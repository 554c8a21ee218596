// When a live intake may say the appeal was received. A call is registered while or just after it is taken,
// so the time is the server's, give or take the call's length; an earlier time would let anyone move a ticket
// into a month whose bulletin is published. Historical tickets enter through imports (admin-only, audited).
export const LIVE_TOLERANCE_BEFORE_MS = 30 * 60_000;
export const LIVE_TOLERANCE_AFTER_MS = 2 * 60_000;
/** Calls noted on paper during an outage may be entered this long afterwards, by the roles allowed to. */
export const LATE_ENTRY_MAX_MS = 7 * 24 * 3_600_000;

export type ReceivedAtRuling = { ok: true; late: boolean } | { ok: false; message: string };

export function ruleOnReceivedAt(receivedAt: Date, now: Date, mayRecordLate: boolean): ReceivedAtRuling {
  const ahead = receivedAt.getTime() - now.getTime();
  if (ahead > LIVE_TOLERANCE_AFTER_MS) return { ok: false, message: '受理时间不能晚于当前时间' };
  if (-ahead <= LIVE_TOLERANCE_BEFORE_MS) return { ok: true, late: false };
  if (!mayRecordLate) {
    return {
      ok: false,
      message: '受理时间只能是当前时间前 30 分钟内；补录历史工单请由派单员补登或由管理员导入',
    };
  }
  if (-ahead > LATE_ENTRY_MAX_MS) {
    return { ok: false, message: '补登只能补录 7 天内的来电；更早的工单请由管理员导入' };
  }
  return { ok: true, late: true };
}
