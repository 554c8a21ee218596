import { Alert, Descriptions, Form, Input, Radio, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { dictionariesContract } from '../../../../src/contracts/dictionaries.contract.ts';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import { SATISFACTION_LABELS, SOLVED_LEVELS } from '../../../../src/domain/lifecycle/states.ts';
import { api, lean } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useLang } from '../../i18n/index.tsx';
import type { CommandDialogProps } from '../command-dialog/CommandDialog.tsx';
import { formatTime } from '../format.ts';
import { valueLabel } from '../value-labels.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { CommandModal } from './CommandModal.tsx';
import { noteOrNull, useCommandRunner } from './command-call.ts';
import { useDialogText } from './text.ts';

const DICTIONARY = lean<typeof dictionariesContract.getDictionary>('GET', '/api/dictionaries/:dictionary');

/** The lead unit's feedback of the current round: what a reviewer judges. */
export function leadFeedback(ticket: TicketDetail) {
  return (
    ticket.assignments.find(
      (a) => a.round === ticket.round && a.role === 'lead' && a.parentUnitCode === null,
    ) ?? null
  );
}

/** The feedback as the unit wrote it, with its files. */
export function FeedbackView({ ticket }: { ticket: TicketDetail }) {
  const t = useDialogText();
  const lead = leadFeedback(ticket);
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      style={{ marginBottom: 12 }}
      styles={{ label: { width: 84 } }}
    >
      <Descriptions.Item label={t('feedbackOf', { unit: lead?.unitName ?? '—' })}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{lead?.feedbackText ?? t('noFeedback')}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('feedbackAt')}>{formatTime(lead?.feedbackAt)}</Descriptions.Item>
      <Descriptions.Item label={t('attachments')}>
        <AttachmentList ticketId={ticket.id} />
      </Descriptions.Item>
    </Descriptions>
  );
}

interface ReviewValues {
  accept?: boolean;
  note?: string;
}

/** 审核: accept the feedback (on to the return visit), or return it for rework with what is missing. */
export function ReviewDialog(props: CommandDialogProps) {
  const t = useDialogText();
  const [form] = Form.useForm<ReviewValues>();
  const accept = Form.useWatch('accept', form);
  const { busy, run } = useCommandRunner({ ...props, command: 'review', form });
  return (
    <CommandModal
      ticket={props.ticket}
      command="review"
      form={form}
      busy={busy}
      width={640}
      onFinish={(values) => void run({ accept: values.accept!, note: noteOrNull(values.note) })}
      onClose={props.onClose}
    >
      <FeedbackView ticket={props.ticket} />
      <Form.Item
        name="accept"
        label={t('reviewResult')}
        rules={[{ required: true, message: t('requiredChoice', { field: t('reviewResult') }) }]}
      >
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: t('accept') },
            { value: false, label: t('returnForRework') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={accept === false ? t('returnReason') : t('reviewNote')}
        rules={
          accept === false
            ? [{ required: true, whitespace: true, message: t('required', { field: t('returnReason') }) }]
            : []
        }
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </CommandModal>
  );
}

interface RevisitValues {
  reached?: boolean;
  satisfaction?: string;
  solved?: string;
  note?: string;
}

/** The satisfaction levels as the dictionary names them (an administrator may have renamed nothing, or a lot). */
function useSatisfactionLevels() {
  return useQuery({
    queryKey: queryKeys.dictionary('satisfaction'),
    queryFn: async () =>
      (await api.call(DICTIONARY, { params: { dictionary: 'satisfaction' } })).entries.map((e) => ({
        value: e.code,
        label: e.label,
      })),
    staleTime: 10 * 60_000,
    placeholderData: Object.entries(SATISFACTION_LABELS).map(([value, label]) => ({ value, label })),
  });
}

/** 回访: whom to call, then reached or not; when reached, solved and satisfaction, and what the citizen said. */
export function RevisitDialog(props: CommandDialogProps) {
  const t = useDialogText();
  const { lang } = useLang();
  const [form] = Form.useForm<RevisitValues>();
  const reached = Form.useWatch('reached', form);
  const levels = useSatisfactionLevels();
  const { busy, run } = useCommandRunner({ ...props, command: 'revisit', form });
  const { ticket } = props;
  const finish = (values: RevisitValues) =>
    void run({
      reached: values.reached!,
      // The lifecycle refuses a satisfaction without contact: nothing is sent for a missed call.
      satisfaction: values.reached ? ((values.satisfaction ?? null) as 'satisfied' | null) : null,
      solved: values.reached ? ((values.solved ?? null) as 'solved' | null) : null,
      note: noteOrNull(values.note),
    });
  const choose = (field: string) => [{ required: true, message: t('requiredChoice', { field }) }];
  return (
    <CommandModal
      ticket={ticket}
      command="revisit"
      form={form}
      busy={busy}
      width={600}
      onFinish={finish}
      onClose={props.onClose}
    >
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginBottom: 12 }}
        styles={{ label: { width: 84 } }}
      >
        <Descriptions.Item label={t('callCaller')}>
          {ticket.callerHidden ? (
            t('callerHidden')
          ) : (
            <Typography.Text strong copyable={ticket.callerPhone ? { text: ticket.callerPhone } : false}>
              {[ticket.callerName, ticket.callerPhone].filter(Boolean).join(' ') || '—'}
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('feedbackOf', { unit: leadFeedback(ticket)?.unitName ?? '—' })}>
          <span style={{ whiteSpace: 'pre-wrap' }}>
            {leadFeedback(ticket)?.feedbackText ?? t('noFeedback')}
          </span>
        </Descriptions.Item>
      </Descriptions>
      {!ticket.revisitConsent ? (
        <Alert type="warning" showIcon title={t('noConsent')} style={{ marginBottom: 8 }} />
      ) : null}
      <Form.Item name="reached" label={t('reached')} rules={choose(t('reached'))}>
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: t('reachedYes') },
            { value: false, label: t('reachedNo') },
          ]}
        />
      </Form.Item>
      {reached === true ? (
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item name="solved" label={t('solved')} rules={choose(t('solved'))}>
            <Radio.Group
              optionType="button"
              options={SOLVED_LEVELS.map((value) => ({
                value,
                label: valueLabel('solved', value, lang),
              }))}
            />
          </Form.Item>
          <Form.Item name="satisfaction" label={t('satisfaction')} rules={choose(t('satisfaction'))}>
            <Radio.Group optionType="button" options={levels.data ?? []} />
          </Form.Item>
        </div>
      ) : null}
      {reached === false ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('notReachedHint')}
        </Typography.Paragraph>
      ) : null}
      <Form.Item name="note" label={t('revisitNote')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </CommandModal>
  );
}
