import { z } from 'zod';
import { ADMIN_ROLES } from '../domain/access/roles.ts';
import {
  CalendarDateParams,
  CalendarDaysQuery,
  CalendarDayView,
  DeadlineQuery,
  DeadlineView,
  PolicyIdParams,
  PolicyInputSchema,
  PolicyView,
  SetCalendarDayInput,
} from './calendar.schemas.ts';
import { OkResponse } from './common.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['工作日历与时限 calendar'];

export const calendarContract = {
  listDays: {
    method: 'GET',
    path: '/api/calendar/days',
    tags,
    summary: '节假日与调休上班日',
    querystring: CalendarDaysQuery,
    response: { 200: z.array(CalendarDayView) },
  },
  setDay: {
    method: 'PUT',
    path: '/api/calendar/days/:date',
    tags,
    summary: '设置节假日或调休上班日',
    roles: ADMIN_ROLES,
    params: CalendarDateParams,
    body: SetCalendarDayInput,
    response: { 200: CalendarDayView },
  },
  deleteDay: {
    method: 'DELETE',
    path: '/api/calendar/days/:date',
    tags,
    summary: '恢复为普通日',
    roles: ADMIN_ROLES,
    params: CalendarDateParams,
    response: { 200: OkResponse },
  },
  listPolicies: {
    method: 'GET',
    path: '/api/deadline-policies',
    tags,
    summary: '时限规则',
    response: { 200: z.array(PolicyView) },
  },
  createPolicy: {
    method: 'POST',
    path: '/api/deadline-policies',
    tags,
    summary: '新增时限规则',
    roles: ADMIN_ROLES,
    body: PolicyInputSchema,
    response: { 201: PolicyView },
  },
  updatePolicy: {
    method: 'PUT',
    path: '/api/deadline-policies/:id',
    tags,
    summary: '修改时限规则',
    roles: ADMIN_ROLES,
    params: PolicyIdParams,
    body: PolicyInputSchema,
    response: { 200: PolicyView },
  },
  deletePolicy: {
    method: 'DELETE',
    path: '/api/deadline-policies/:id',
    tags,
    summary: '删除时限规则',
    roles: ADMIN_ROLES,
    params: PolicyIdParams,
    response: { 200: OkResponse },
  },
  computeDeadline: {
    method: 'GET',
    path: '/api/deadlines/compute',
    tags,
    summary: '计算时限（按工作日历）',
    querystring: DeadlineQuery,
    response: { 200: DeadlineView },
  },
} as const satisfies Record<string, RouteContract>;
