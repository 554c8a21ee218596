import { AppError } from '../../shared/errors.ts';

/**
 * A handling time limit (办理时限): wall-clock hours, because the hotline runs 7×24 and urgent
 * appeals are timed by the clock, or working days (工作日) counted on the working calendar.
 */
export type TimeLimit = { amount: number; unit: 'hours' | 'workingDays' };

// No published hotline rule sets a limit beyond a year; larger figures are typing errors and would
// only make deadline counting walk far into years the holiday data does not cover.
const MAX_HOURS = 366 * 24;
const MAX_WORKING_DAYS = 250;

export class TimeLimitParseError extends AppError {
  constructor(readonly input: string) {
    super(
      'TIME_LIMIT_INVALID',
      `无法识别的办理时限：“${input}”（应为 24h、0.5h、5wd、24小时 或 5个工作日；工作日为不超过 ${MAX_WORKING_DAYS} 的正整数）`,
      { input },
    );
    this.name = 'TimeLimitParseError';
  }
}

const HOURS_PATTERN = /^(\d+(?:\.\d+)?)\s*(?:h|个?小时)$/i;
const WORKING_DAYS_PATTERN = /^(\d+(?:\.\d+)?)\s*(?:wd|个?工作日)$/i;

function isValidTimeLimit(limit: TimeLimit): boolean {
  const { amount, unit } = limit;
  if (unit === 'hours') return Number.isFinite(amount) && amount > 0 && amount <= MAX_HOURS;
  if (unit === 'workingDays') return Number.isInteger(amount) && amount >= 1 && amount <= MAX_WORKING_DAYS;
  return false;
}

/** '24h', '0.5h', '5wd', or the Chinese '24小时', '5个工作日', '5工作日'. */
export function parseTimeLimit(text: string): TimeLimit {
  const trimmed = text.trim();
  const hours = HOURS_PATTERN.exec(trimmed);
  const workingDays = WORKING_DAYS_PATTERN.exec(trimmed);
  const limit: TimeLimit | null = hours?.[1]
    ? { amount: Number(hours[1]), unit: 'hours' }
    : workingDays?.[1]
      ? { amount: Number(workingDays[1]), unit: 'workingDays' }
      : null;
  if (!limit || !isValidTimeLimit(limit)) throw new TimeLimitParseError(text);
  return limit;
}

/** Rejects a limit read from storage or built in code that parseTimeLimit would not have produced. */
export function assertValidTimeLimit(limit: TimeLimit): TimeLimit {
  if (!isValidTimeLimit(limit))
    throw new TimeLimitParseError(`${String(limit.amount)} ${String(limit.unit)}`);
  return limit;
}

/** The compact form stored and exchanged: '5wd' / '24h'. */
export function formatTimeLimit(limit: TimeLimit): string {
  return limit.unit === 'hours' ? `${limit.amount}h` : `${limit.amount}wd`;
}

/** The form shown to people: '5个工作日' / '24小时'. */
export function describeTimeLimit(limit: TimeLimit): string {
  return limit.unit === 'hours' ? `${limit.amount}小时` : `${limit.amount}个工作日`;
}
