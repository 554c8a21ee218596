import { HTTP_ERRORS } from '../http/http-errors.ts';
import type { ErrorKinds } from '../http/error-status.ts';
import { ATTACHMENTS_ERRORS } from '../modules/attachments/index.ts';
import { BULLETIN_ERRORS } from '../modules/bulletin/index.ts';
import { CALENDAR_ERRORS } from '../modules/calendar/index.ts';
import { CALLS_ERRORS } from '../modules/calls/index.ts';
import { OPEN311_ERRORS } from '../modules/open311/index.ts';
import { LINES_ERRORS } from '../modules/lines/index.ts';
import { CATEGORIES_ERRORS } from '../modules/categories/index.ts';
import { DICTIONARIES_ERRORS } from '../modules/dictionaries/index.ts';
import { EVALUATION_ERRORS } from '../modules/evaluation/index.ts';
import { IMPORTS_ERRORS } from '../modules/imports/index.ts';
import { KB_ERRORS } from '../modules/kb/index.ts';
import { PORTAL_ERRORS } from '../modules/portal/index.ts';
import { QUEUES_ERRORS } from '../modules/queues/index.ts';
import { SUPERVISION_ERRORS } from '../modules/supervision/index.ts';
import { TICKETS_ERRORS } from '../modules/tickets/index.ts';
import { UNITS_ERRORS } from '../modules/units/index.ts';
import { USERS_ERRORS } from '../modules/users/index.ts';
import { SHARED_ERRORS } from '../shared/errors.ts';

/** Every module's codes in one map; the type makes it fail to compile when a module's table is left out. */
export const ERROR_KINDS: ErrorKinds = {
  ...SHARED_ERRORS,
  ...HTTP_ERRORS,
  ...UNITS_ERRORS,
  ...USERS_ERRORS,
  ...CALENDAR_ERRORS,
  ...CATEGORIES_ERRORS,
  ...DICTIONARIES_ERRORS,
  ...TICKETS_ERRORS,
  ...EVALUATION_ERRORS,
  ...BULLETIN_ERRORS,
  ...IMPORTS_ERRORS,
  ...KB_ERRORS,
  ...ATTACHMENTS_ERRORS,
  ...QUEUES_ERRORS,
  ...SUPERVISION_ERRORS,
  ...CALLS_ERRORS,
  ...OPEN311_ERRORS,
  ...PORTAL_ERRORS,
  ...LINES_ERRORS,
};
