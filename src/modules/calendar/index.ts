export {
  createCalendarService,
  type CalendarService,
  type PolicyInput,
  type DeadlineRules,
} from './calendar.service.ts';
export type { DeadlinePolicy } from './deadline-policy.ts';
export { bundledCalendarDays } from './bundled-days.ts';
export { registerCalendarRoutes } from './calendar.routes.ts';
export { CALENDAR_ERRORS } from './calendar.errors.ts';
