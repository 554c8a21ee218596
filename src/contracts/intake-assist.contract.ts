import { REGISTERING_ROLES } from '../domain/access/roles.ts';
import {
  CallerTicketList,
  CallerTicketsQuery,
  PossibleDuplicateList,
  PossibleDuplicatesQuery,
  SuggestedUnitList,
  SuggestedUnitsQuery,
} from './intake-assist.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['受理辅助 intake'];

// The desk's lookups during a call; only those who register appeals ask them.
export const intakeAssistContract = {
  possibleDuplicates: {
    method: 'GET',
    path: '/api/intake/possible-duplicates',
    tags,
    summary: '疑似重复件：同区县同分类（地址相近）或同一来电人 30 天内的未办结工单，最多 10 张，新的在前',
    roles: REGISTERING_ROLES,
    limit: 'personalData',
    querystring: PossibleDuplicatesQuery,
    response: { 200: PossibleDuplicateList },
  },
  callerTickets: {
    method: 'GET',
    path: '/api/intake/caller-tickets',
    tags,
    summary: '来电人历史工单（按联系电话，新的在前；号码按列表方式遮蔽）',
    roles: REGISTERING_ROLES,
    limit: 'personalData',
    querystring: CallerTicketsQuery,
    response: { 200: CallerTicketList },
  },
  suggestedUnits: {
    method: 'GET',
    path: '/api/intake/suggested-units',
    tags,
    summary: '建议承办单位：近 90 天该区县该分类工单最常见的主办单位（无记录时用全市记录），最多 5 个',
    roles: REGISTERING_ROLES,
    querystring: SuggestedUnitsQuery,
    response: { 200: SuggestedUnitList },
  },
} as const satisfies Record<string, RouteContract>;
