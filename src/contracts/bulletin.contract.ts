import { CENTRE_ROLES } from '../domain/access/roles.ts';
import { Bulletin } from './bulletin-document.ts';
import { BulletinQuery, BulletinRequest } from './bulletin.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['通报 bulletin'];

// Both routes answer with the bulletin as JSON, or, for another format, with its file as an attachment: the
// response schema documents the JSON form.
export const bulletinContract = {
  getBulletin: {
    method: 'GET',
    path: '/api/bulletin',
    tags,
    summary: '生成通报（json/html/docx/xlsx/pdf）',
    roles: CENTRE_ROLES,
    limit: 'personalData',
    querystring: BulletinQuery,
    response: { 200: Bulletin },
  },
  postBulletin: {
    method: 'POST',
    path: '/api/bulletin',
    tags,
    summary: '生成通报（可指定典型件及其文字）',
    roles: CENTRE_ROLES,
    limit: 'personalData',
    body: BulletinRequest,
    response: { 200: Bulletin },
  },
} as const satisfies Record<string, RouteContract>;
