import { useEffect, useState } from 'react';
import { App, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import type { WorkingCalendar } from '../../../../../src/domain/calendar/working-calendar.ts';
import { weekdayOf } from '../../../../../src/domain/time.ts';
import { useApiErrorHandler } from '../../../api/errors.ts';
import { clearDay, saveDay, type CalendarDay } from './calendar-api.ts';
import type { CalendarText } from './text.ts';

interface DayForm {
  kind: CalendarDay['kind'];
  name: string;
}

/**
 * One day of the calendar: a day off (休), a make-up working day (班), or back to the ordinary week. A weekday
 * is offered as a day off and a weekend day as a working day first, since that is what a notice changes.
 */
export function DayDialog(props: {
  date: string | null;
  calendar: WorkingCalendar;
  onClose(): void;
  onChanged(): void;
  t: CalendarText;
}) {
  const { date, calendar, onClose, onChanged, t } = props;
  const [form] = Form.useForm<DayForm>();
  const [busy, setBusy] = useState<'save' | 'clear' | null>(null);
  const showError = useApiErrorHandler();
  const { message } = App.useApp();
  const info = date ? calendar.dayInfo(date) : null;
  const special = info?.kind === 'holiday' || info?.kind === 'workday';

  useEffect(() => {
    if (!date || !info) return;
    const weekend = weekdayOf(date) === 0 || weekdayOf(date) === 6;
    form.setFieldsValue({
      kind: special ? (info.kind as DayForm['kind']) : weekend ? 'workday' : 'holiday',
      name: info.name ?? '',
    });
    // Reset only when another day is opened, not when the calendar refreshes under the open dialog.
  }, [date]);

  if (!date || !info) return null;
  const weekday = t('weekdayNames').split(',')[weekdayOf(date)]!;
  const state =
    info.kind === 'holiday'
      ? t('kindHoliday')
      : info.kind === 'workday'
        ? t('kindWorkday')
        : info.kind === 'weekend'
          ? t('kindWeekend')
          : t('kindWeekday');

  const act = async (what: 'save' | 'clear') => {
    try {
      if (what === 'save') {
        const values = await form.validateFields();
        setBusy(what);
        await saveDay(date, values.kind, values.name);
        message.success(t('saved', { date }));
      } else {
        setBusy(what);
        await clearDay(date);
        message.success(t('cleared', { date }));
      }
      onChanged();
      onClose();
    } catch (error) {
      // Form validation failures are already shown on the fields.
      if (!(error && typeof error === 'object' && 'errorFields' in error)) showError(error, { form });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      open
      title={t('dayTitle', { date, weekday })}
      onCancel={onClose}
      width={420}
      destroyOnHidden
      footer={[
        special ? (
          <Button key="clear" danger loading={busy === 'clear'} onClick={() => void act('clear')}>
            {t('clear')}
          </Button>
        ) : null,
        <Button key="cancel" onClick={onClose}>
          {t('cancel')}
        </Button>,
        <Button key="save" type="primary" loading={busy === 'save'} onClick={() => void act('save')}>
          {t('save')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('dayNow', { state: info.name ? `${state} · ${info.name}` : state })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="horizontal"
        size="small"
        labelCol={{ span: 5 }}
        onFinish={() => void act('save')}
      >
        <Form.Item name="kind" label={t('dayKind')}>
          <Radio.Group
            options={[
              { value: 'holiday', label: t('holidayOption') },
              { value: 'workday', label: t('workdayOption') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('dayName')}
          rules={[{ required: true, whitespace: true, message: t('dayNameRequired') }]}
        >
          <Input placeholder={t('dayNamePlaceholder')} maxLength={100} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
