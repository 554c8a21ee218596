import { forwardRef, useImperativeHandle, useState } from 'react';
import { Button, Form, Input, Radio, Typography } from 'antd';
import { ApiError } from '../../../api/client.ts';
import { useApiErrorHandler } from '../../../api/errors.ts';
import { weekdayOf } from '../../../../../src/domain/time.ts';
import { computeDeadline, type DeadlineAnswer, type DeadlineTrial as Trial } from './calendar-api.ts';
import type { CalendarText } from './text.ts';

function sameTrial(a: Trial, b: Trial): boolean {
  return (
    a.from === b.from && a.limit === b.limit && a.start === b.start && (a.cutoff ?? '') === (b.cutoff ?? '')
  );
}

export interface DeadlineTrialHandle {
  /** Computes the last trial again (after the calendar changed); answers nothing when none was made. */
  recompute(): void;
}

interface Props {
  defaultFrom: string;
  /** The local date the current answer falls due, to ring it on the grid. */
  onDue(date: string | null): void;
  t: CalendarText;
}

/**
 * 试算时限: start time and limit → due, computed by the server on the stored calendar (GET /api/deadlines/compute),
 * so the admin sees what a change of the calendar does to a real deadline. When the calendar changes, the same
 * trial is computed again and the due it had before stays visible next to the new one.
 */
export const DeadlineTrial = forwardRef<DeadlineTrialHandle, Props>(function DeadlineTrial(
  { defaultFrom, onDue, t },
  ref,
) {
  const [form] = Form.useForm<Trial>();
  const showError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<{
    trial: Trial;
    answer: DeadlineAnswer;
    before: DeadlineAnswer | null;
  } | null>(null);

  const run = async (trial: Trial, recomputing: boolean) => {
    setBusy(true);
    try {
      const answer = await computeDeadline(trial);
      setLast((previous) => {
        // The same trial again (after a change of the calendar, or asked twice): keep the due it had before.
        const same = previous && (recomputing || sameTrial(previous.trial, trial)) ? previous : null;
        const before =
          same && same.answer.dueLocal !== answer.dueLocal ? same.answer : (same?.before ?? null);
        return { trial, answer, before };
      });
      onDue(answer.dueLocal.slice(0, 10));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TIME_LIMIT_INVALID') {
        form.setFields([{ name: 'limit', errors: [error.message] }]);
      } else {
        showError(error, { form });
      }
    } finally {
      setBusy(false);
    }
  };

  useImperativeHandle(ref, () => ({
    recompute: () => {
      if (last) void run(last.trial, true);
    },
  }));

  const weekdayNames = t('weekdayNames').split(',');
  const withWeekday = (answer: DeadlineAnswer) =>
    `${answer.dueLocal}（${weekdayNames[weekdayOf(answer.dueLocal.slice(0, 10))]}）`;

  return (
    <section aria-label={t('trialTitle')}>
      <Typography.Title level={5} style={{ margin: '0 0 2px' }}>
        {t('trialTitle')}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('trialHint')}
      </Typography.Text>
      <Form<Trial>
        form={form}
        size="small"
        layout="horizontal"
        labelCol={{ flex: '64px' }}
        style={{ marginTop: 8 }}
        initialValues={{ from: defaultFrom, limit: '3wd', start: 'nextDay', cutoff: '' }}
        onFinish={(values) => void run({ ...values, cutoff: values.cutoff?.trim() || undefined }, false)}
      >
        <Form.Item
          name="from"
          label={t('trialFrom')}
          rules={[{ required: true, message: t('trialFromRequired') }]}
          style={{ marginBottom: 6 }}
        >
          <Input placeholder={t('trialFromPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="limit"
          label={t('trialLimit')}
          extra={t('trialLimitHelp')}
          rules={[{ required: true, message: t('trialLimitRequired') }]}
          style={{ marginBottom: 6 }}
        >
          <Input />
        </Form.Item>
        <Form.Item name="start" label={t('trialStart')} style={{ marginBottom: 6 }}>
          <Radio.Group
            options={[
              { value: 'nextDay', label: t('startNextDay') },
              { value: 'sameDay', label: t('startSameDay') },
            ]}
          />
        </Form.Item>
        <Form.Item name="cutoff" label={t('trialCutoff')} style={{ marginBottom: 8 }}>
          <Input placeholder={t('trialCutoffPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('compute')}
        </Button>
      </Form>
      {last ? (
        <div role="status" aria-label={t('due')} style={{ marginTop: 8, lineHeight: '20px' }}>
          <div>
            <Typography.Text type="secondary">{t('due')}：</Typography.Text>
            <Typography.Text strong>{withWeekday(last.answer)}</Typography.Text>
          </div>
          {last.before ? (
            <div>
              <Typography.Text type="secondary">{t('dueBefore')}：</Typography.Text>
              <Typography.Text delete type="secondary">
                {withWeekday(last.before)}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
});
