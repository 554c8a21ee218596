import { z } from 'zod';
import type { Role } from '../domain/access/roles.ts';
import {
  AttachmentIdParams,
  AttachmentList,
  AttachmentOwnerParams,
  AttachmentUploadQuery,
  AttachmentView,
  WithdrawAttachmentInput,
} from './attachments.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['附件 attachments'];
/** Everyone who works a ticket may add evidence to it; leaders read. */
const TICKET_WORKERS: readonly Role[] = [
  'agent',
  'dispatcher',
  'unitHandler',
  'unitAdmin',
  'reviewer',
  'supervisor',
  'admin',
];
const KB_AUTHORS: readonly Role[] = ['unitHandler', 'unitAdmin', 'admin'];
const UPLOAD_NOTE =
  '文件内容作为请求体（任意 Content-Type，服务器按文件内容识别类型，不信任声明的类型），文件名放在查询参数 fileName。' +
  '大小和类型限制见列表接口的 limits；超限返回 413，类型不符返回 415（ATTACHMENT_TYPE_REFUSED）。';

export const attachmentsContract = {
  uploadToTicket: {
    method: 'POST',
    path: '/api/tickets/:id/attachments',
    tags,
    summary: '上传工单附件（办理证据、现场照片、录音等）',
    description: UPLOAD_NOTE,
    roles: TICKET_WORKERS,
    params: AttachmentOwnerParams,
    querystring: AttachmentUploadQuery,
    response: { 201: AttachmentView },
  },
  listForTicket: {
    method: 'GET',
    path: '/api/tickets/:id/attachments',
    tags,
    summary: '工单附件列表',
    params: AttachmentOwnerParams,
    response: { 200: AttachmentList },
  },
  uploadToArticle: {
    method: 'POST',
    path: '/api/kb/articles/:id/attachments',
    tags,
    summary: '上传知识附件（政策原文、办事指南等）',
    description: UPLOAD_NOTE,
    roles: KB_AUTHORS,
    params: AttachmentOwnerParams,
    querystring: AttachmentUploadQuery,
    response: { 201: AttachmentView },
  },
  listForArticle: {
    method: 'GET',
    path: '/api/kb/articles/:id/attachments',
    tags,
    summary: '知识附件列表',
    params: AttachmentOwnerParams,
    response: { 200: AttachmentList },
  },
  content: {
    method: 'GET',
    path: '/api/attachments/:id/content',
    tags,
    summary: '下载附件（图片和 PDF 可在浏览器中打开）',
    params: AttachmentIdParams,
    response: { 200: z.unknown().meta({ description: '文件内容' }) },
  },
  withdraw: {
    method: 'POST',
    path: '/api/attachments/:id/withdraw',
    tags,
    summary: '撤回附件（上传人或管理员；记录保留，不再作为证据）',
    params: AttachmentIdParams,
    body: WithdrawAttachmentInput,
    response: { 200: AttachmentView },
  },
} as const satisfies Record<string, RouteContract>;
