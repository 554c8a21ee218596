import { z } from 'zod';
import { ADMIN_ROLES } from '../domain/access/roles.ts';
import { OkResponse } from './common.schemas.ts';
import {
  NewOpen311ClientView,
  Open311ClientIdParams,
  Open311ClientInput,
  Open311ClientView,
} from './open311.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['Open311 open311'];

/** API keys of the applications that submit through Open311 GeoReport v2 (/open311/v2): administrators only. */
export const open311Contract = {
  listClients: {
    method: 'GET',
    path: '/api/open311/clients',
    tags,
    summary: 'Open311 客户端列表（含已吊销的）',
    roles: ADMIN_ROLES,
    response: { 200: z.array(Open311ClientView) },
  },
  createClient: {
    method: 'POST',
    path: '/api/open311/clients',
    tags,
    summary: '登记 Open311 客户端并签发 api_key（只显示一次）',
    roles: ADMIN_ROLES,
    body: Open311ClientInput,
    response: { 201: NewOpen311ClientView },
  },
  revokeClient: {
    method: 'POST',
    path: '/api/open311/clients/:id/revoke',
    tags,
    summary: '吊销 Open311 客户端的 api_key',
    roles: ADMIN_ROLES,
    params: Open311ClientIdParams,
    response: { 200: OkResponse },
  },
} as const satisfies Record<string, RouteContract>;
