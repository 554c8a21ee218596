import { z } from 'zod';
import { APPEAL_TYPES, URGENCIES } from '../domain/lifecycle/states.ts';
import { isLocalDate } from '../domain/time.ts';
import { CategoryCode, LocalTime, NonEmptyText } from './common.schemas.ts';

const LocalDateText = z.string().refine(isLocalDate, { message: '日期格式应为 YYYY-MM-DD' });
const Limit = z
  .string()
  .trim()
  .max(16)
  .nullable()
  .meta({ description: "'24h' (wall clock) or '5wd' (working days)" });

export const CountingRuleSchema = z.object({
  /** nextDay: counting starts the working day after receipt (default); sameDay: the day of receipt counts */
  start: z.enum(['nextDay', 'sameDay']).default('nextDay'),
  /** 'HH:mm': appeals received at or after it count from the next day */
  cutoff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '截止时刻格式应为 HH:mm')
    .nullable()
    .default(null),
});

export const CalendarDayView = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'workday']),
  name: z.string(),
});
export const CalendarDaysQuery = z.object({ from: LocalDateText.optional(), to: LocalDateText.optional() });
export const CalendarDateParams = z.object({ date: LocalDateText });
export const SetCalendarDayInput = z.object({
  /** holiday: a weekday off; workday: a weekend worked (调休上班) */
  kind: z.enum(['holiday', 'workday']),
  name: NonEmptyText(100),
});

export const PolicyView = z.object({
  id: z.number(),
  appealType: z.string().nullable(),
  /** The category (six-digit code) the policy covers, with everything below it */
  categoryCode: z.string().nullable(),
  urgency: z.string().nullable(),
  acknowledgeLimit: z.string().nullable(),
  feedbackLimit: z.string().nullable(),
  completionLimit: z.string().nullable(),
  counting: z.object({ start: z.enum(['nextDay', 'sameDay']), cutoff: z.string().nullable() }),
  note: z.string().nullable(),
});

export const PolicyInputSchema = z.object({
  appealType: z.enum(APPEAL_TYPES).nullable().default(null),
  categoryCode: CategoryCode.nullable().default(null),
  urgency: z.enum(URGENCIES).nullable().default(null),
  acknowledgeLimit: Limit,
  feedbackLimit: Limit,
  completionLimit: Limit,
  counting: CountingRuleSchema.default({ start: 'nextDay', cutoff: null }),
  note: z.string().trim().max(300).nullable().default(null),
});

export const PolicyIdParams = z.object({ id: z.coerce.number().int().positive() });

export const DeadlineQuery = z.object({
  from: LocalTime,
  limit: z.string().trim().min(1).meta({ description: "'5wd' or '24h'" }),
  start: z.enum(['nextDay', 'sameDay']).default('nextDay'),
  cutoff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '截止时刻格式应为 HH:mm')
    .optional(),
});

export const DeadlineView = z.object({
  from: z.string(),
  limit: z.string(),
  due: z.string(),
  dueLocal: z.string(),
});
