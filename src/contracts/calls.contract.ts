import { CENTRE_ROLES, type Role } from '../domain/access/roles.ts';
import {
  CallbackInput,
  CallbackRecorded,
  CallFiguresQuery,
  CallFiguresResult,
  CallIdParams,
  CallList,
  CallListQuery,
  CtiEvent,
  CtiEventResult,
  LinkedCalls,
  LinkedCallsQuery,
  MissedCallList,
  MissedCallsQuery,
} from './calls.schemas.ts';
import { ErrorEnvelope } from './common.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['话务 calls'];
/** Agents call back; reviewers, who call citizens back for 回访 anyway, may too. */
const CALLBACK_ROLES: readonly Role[] = ['agent', 'reviewer'];
/** The roles that see citizens' numbers unmasked (roleSeesContacts). */
const CONTACT_ROLES: readonly Role[] = ['agent', 'dispatcher', 'reviewer'];

export const callsContract = {
  ctiEvent: {
    method: 'POST',
    path: '/api/cti/events',
    tags,
    summary: 'CTI 事件接收（话务系统推送，HMAC-SHA256 签名）',
    description:
      'No login: the request is authenticated by its signature. Headers: `X-Hotline-Timestamp` (Unix seconds, ' +
      'within ±300 s of the server clock) and `X-Hotline-Signature: sha256=<hex>`, the HMAC-SHA256 under the ' +
      'shared secret (HOTLINE_CTI_SECRET) of the text `<timestamp>.<raw body>`. A missing or wrong signature ' +
      'or a stale timestamp: 401, nothing stored. No secret configured: 503. Idempotent on eventId.',
    public: true,
    body: CtiEvent,
    response: { 200: CtiEventResult, 401: ErrorEnvelope, 503: ErrorEnvelope },
  },
  listCalls: {
    method: 'GET',
    path: '/api/calls',
    tags,
    summary: '来电列表（含关联工单）',
    roles: CENTRE_ROLES,
    limit: 'personalData',
    querystring: CallListQuery,
    response: { 200: CallList },
  },
  figures: {
    method: 'GET',
    path: '/api/calls/figures',
    tags,
    summary: '话务指标：按小时、按日或按座席（话务接通率、15秒接通率、平均等待）',
    roles: CENTRE_ROLES,
    querystring: CallFiguresQuery,
    response: { 200: CallFiguresResult },
  },
  missed: {
    method: 'GET',
    path: '/api/calls/missed',
    tags,
    summary: '未接来电待回拨清单',
    roles: CENTRE_ROLES,
    limit: 'personalData',
    querystring: MissedCallsQuery,
    response: { 200: MissedCallList },
  },
  recordCallback: {
    method: 'POST',
    path: '/api/calls/missed/:id/callback',
    tags,
    summary: '登记未接来电回拨结果',
    roles: CALLBACK_ROLES,
    params: CallIdParams,
    body: CallbackInput,
    response: { 201: CallbackRecorded },
  },
  linkedCalls: {
    method: 'GET',
    path: '/api/calls/linked',
    tags,
    summary: '工单的来电记录（按来电号码与受理时间关联）',
    roles: CONTACT_ROLES,
    limit: 'personalData',
    querystring: LinkedCallsQuery,
    response: { 200: LinkedCalls },
  },
} as const satisfies Record<string, RouteContract>;
