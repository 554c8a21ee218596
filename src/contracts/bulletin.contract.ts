import { CENTRE_ROLES, type Role } from '../domain/access/roles.ts';
import { Bulletin } from './bulletin-document.ts';
import {
  BulletinIssueDocumentQuery,
  BulletinIssueList,
  BulletinIssueListQuery,
  BulletinIssueParams,
  BulletinIssueView,
  HighlightDraftParams,
  IssueBulletinRequest,
  PrintedHighlight,
} from './bulletin-issues.schemas.ts';
import { BulletinQuery, BulletinRequest } from './bulletin.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['通报 bulletin'];

/** Issuing a bulletin is the centre's formal act: its supervisors, leaders and administrators. */
export const BULLETIN_ISSUERS: readonly Role[] = ['supervisor', 'leader', 'admin'];

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
  highlightDraft: {
    method: 'GET',
    path: '/api/bulletin/highlights/:number',
    tags,
    summary: '典型件的默认标题与正文（由工单生成，可编辑）',
    roles: CENTRE_ROLES,
    params: HighlightDraftParams,
    response: { 200: PrintedHighlight },
  },
  listIssues: {
    method: 'GET',
    path: '/api/bulletins',
    tags,
    summary: '已出具的通报（最新在前）',
    roles: CENTRE_ROLES,
    querystring: BulletinIssueListQuery,
    response: { 200: BulletinIssueList },
  },
  issueBulletin: {
    method: 'POST',
    path: '/api/bulletins',
    tags,
    summary: '出具通报：记录期间、截至时间、考核方案及版本、典型件，可据此原样重现',
    roles: BULLETIN_ISSUERS,
    limit: 'personalData',
    body: IssueBulletinRequest,
    response: { 201: BulletinIssueView },
  },
  getIssue: {
    method: 'GET',
    path: '/api/bulletins/:id',
    tags,
    summary: '一份已出具的通报的记录',
    roles: CENTRE_ROLES,
    params: BulletinIssueParams,
    response: { 200: BulletinIssueView },
  },
  issueDocument: {
    method: 'GET',
    path: '/api/bulletins/:id/document',
    tags,
    summary: '按记录的参数重现已出具的通报（json/html/docx/xlsx/pdf）',
    roles: CENTRE_ROLES,
    limit: 'personalData',
    params: BulletinIssueParams,
    querystring: BulletinIssueDocumentQuery,
    response: { 200: Bulletin },
  },
} as const satisfies Record<string, RouteContract>;
