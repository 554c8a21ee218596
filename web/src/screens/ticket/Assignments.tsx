import { Table, Tag, Typography } from 'antd';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import { DeadlineText } from '../../components/TicketTags.tsx';
import { formatTime } from '../../components/format.ts';
import { useText } from './text.ts';

type Assignment = TicketDetail['assignments'][number];

const ASSIGNMENT_STATE_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  dispatched: { 'zh-CN': '待签收', en: 'To acknowledge' },
  inProgress: { 'zh-CN': '办理中', en: 'In progress' },
  feedbackSubmitted: { 'zh-CN': '已反馈', en: 'Feedback in' },
  closed: { 'zh-CN': '已结束', en: 'Closed' },
  sentBack: { 'zh-CN': '已退回', en: 'Sent back' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};

/** One table per dispatch round: each unit's part, its deadlines and where it stands. */
export function Assignments({ ticket, lang }: { ticket: TicketDetail; lang: 'zh-CN' | 'en' }) {
  const t = useText();
  if (ticket.assignments.length === 0)
    return <Typography.Text type="secondary">{t('noAssignments')}</Typography.Text>;
  const rounds = [...new Set(ticket.assignments.map((a) => a.round))].sort((a, b) => b - a);
  const pending = (a: Assignment) => a.state === 'dispatched' || a.state === 'inProgress';
  return (
    <>
      {rounds.map((round) => (
        <div key={round} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('round', { round })}</Typography.Text>
          <Table<Assignment>
            size="small"
            pagination={false}
            rowKey={(a) => `${a.round}-${a.unitCode}`}
            dataSource={ticket.assignments.filter((a) => a.round === round)}
            expandable={{
              rowExpandable: (a) => Boolean(a.feedbackText || a.sendBackRequest || a.extensionRequest),
              expandedRowRender: (a) => (
                <div style={{ fontSize: 12 }}>
                  {a.feedbackText ? (
                    <div>
                      <b>{t('feedbackText')}：</b>
                      {a.feedbackText}
                    </div>
                  ) : null}
                  {a.sendBackRequest ? (
                    <div>{t('sendBackRequest', { reason: a.sendBackRequest.reason })}</div>
                  ) : null}
                  {a.extensionRequest ? (
                    <div>
                      {t('extensionRequest', {
                        due: formatTime(a.extensionRequest.requestedDue),
                        reason: a.extensionRequest.reason,
                      })}
                    </div>
                  ) : null}
                </div>
              ),
            }}
            columns={[
              {
                title: t('unit'),
                render: (_, a) => (
                  <span>
                    {a.parentUnitCode ? '└ ' : ''}
                    {a.unitName}
                  </span>
                ),
              },
              {
                title: t('role'),
                width: 56,
                render: (_, a) => (
                  <Tag color={a.role === 'lead' ? 'blue' : 'default'}>
                    {a.role === 'lead' ? t('lead') : t('support')}
                  </Tag>
                ),
              },
              {
                title: t('state'),
                width: 72,
                render: (_, a) => ASSIGNMENT_STATE_LABELS[a.state]?.[lang] ?? a.state,
              },
              {
                title: t('acknowledge'),
                width: 120,
                render: (_, a) =>
                  a.acknowledgedAt ? (
                    formatTime(a.acknowledgedAt).slice(5)
                  ) : (
                    <DeadlineText due={a.acknowledgeDue} />
                  ),
              },
              {
                title: t('feedback'),
                width: 120,
                render: (_, a) =>
                  a.feedbackAt ? (
                    formatTime(a.feedbackAt).slice(5)
                  ) : (
                    <DeadlineText due={a.feedbackDue} done={!pending(a)} />
                  ),
              },
              {
                title: t('completion'),
                width: 120,
                render: (_, a) => <DeadlineText due={a.completionDue} done={!pending(a)} />,
              },
            ]}
          />
        </div>
      ))}
    </>
  );
}
