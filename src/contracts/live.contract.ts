import type { RouteContract } from './route-contract.ts';
import { LiveStream, LiveStreamHeaders, PresenceInput, PresenceView } from './live.schemas.ts';
import { TicketIdParams } from './tickets.schemas.ts';

const tags = ['实时更新 live'];

export const liveContract = {
  stream: {
    method: 'GET',
    path: '/api/live',
    tags,
    summary: '实时更新（Server-Sent Events：工单变化与正在查看的用户）',
    description:
      '以 EventSource 打开（须带 Accept: text/event-stream）。只推送本人权限范围内的工单（单位用户：派给本单位及下级' +
      '单位的工单），且只含编号、状态与版本，不含诉求人信息：页面收到后经普通接口重新拉取。事件格式见 docs/live.md。',
    headers: LiveStreamHeaders,
    response: { 200: LiveStream },
  },
  presence: {
    method: 'POST',
    path: '/api/tickets/:id/presence',
    tags,
    summary: '正在查看工单（打开工单页时每 10 秒一次；关闭时 leaving: true），返回当前查看者',
    params: TicketIdParams,
    body: PresenceInput,
    response: { 200: PresenceView },
  },
} as const satisfies Record<string, RouteContract>;
