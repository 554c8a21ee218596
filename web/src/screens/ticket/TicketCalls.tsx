import { Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { callsContract } from '../../../../src/contracts/calls.contract.ts';
import type { CallView } from '../../../../src/contracts/calls.schemas.ts';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import { api, lean } from '../../api/client.ts';
import { useAbilities } from '../../api/session.ts';
import { formatTime } from '../../components/format.ts';
import { useBilingual } from '../../i18n/index.tsx';

const LINKED = lean<typeof callsContract.linkedCalls>('GET', '/api/calls/linked');

const WORDS = {
  title: { 'zh-CN': '来电记录', en: 'Calls' },
  offeredAt: { 'zh-CN': '呼入时间', en: 'Offered' },
  status: { 'zh-CN': '状态', en: 'Status' },
  agent: { 'zh-CN': '座席', en: 'Agent' },
  wait: { 'zh-CN': '等待', en: 'Wait' },
  talk: { 'zh-CN': '通话', en: 'Talk' },
  answered: { 'zh-CN': '已接通', en: 'Answered' },
  abandoned: { 'zh-CN': '放弃', en: 'Abandoned' },
  inProgress: { 'zh-CN': '进行中', en: 'In progress' },
  seconds: { 'zh-CN': '秒', en: 's' },
};

/**
 * 来电记录: the calls from the ticket's caller during which (or up to 30 minutes after which) it was registered.
 * Shown to the roles that see callers' numbers, and only when there are such calls.
 */
export function TicketCalls({ ticket }: { ticket: TicketDetail }) {
  const can = useAbilities();
  const say = useBilingual();
  const phone = ticket.callerHidden ? null : ticket.callerPhone;
  const enabled = can('calls.linkedCalls') && phone !== null && !phone.includes('*');
  const calls = useQuery({
    queryKey: ['calls', 'linked', phone, ticket.receivedAt],
    queryFn: () => api.call(LINKED, { query: { phone: phone!, receivedAt: ticket.receivedAt } }),
    enabled,
  });
  const items = calls.data?.items ?? [];
  if (!enabled || items.length === 0) return null;
  const seconds = (value: number | null) => (value === null ? '—' : `${value} ${say(WORDS.seconds)}`);
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {say(WORDS.title)}
      </Typography.Title>
      <Table<CallView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        columns={[
          { title: say(WORDS.offeredAt), dataIndex: 'offeredAt', render: (iso: string) => formatTime(iso) },
          { title: say(WORDS.status), dataIndex: 'status', render: (s: CallView['status']) => say(WORDS[s]) },
          { title: say(WORDS.agent), dataIndex: 'agentNumber', render: (a: string | null) => a ?? '—' },
          { title: say(WORDS.wait), dataIndex: 'waitSeconds', align: 'right', render: seconds },
          { title: say(WORDS.talk), dataIndex: 'talkSeconds', align: 'right', render: seconds },
        ]}
      />
    </>
  );
}
