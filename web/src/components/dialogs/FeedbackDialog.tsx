import { useState } from 'react';
import { Form, Input } from 'antd';
import type { CommandDialogProps } from '../command-dialog/CommandDialog.tsx';
import { DeadlineText } from '../TicketTags.tsx';
import { useTicketAttachments } from './attachments-api.ts';
import { AttachmentItems } from './AttachmentList.tsx';
import { AttachmentUpload } from './AttachmentUpload.tsx';
import { CommandModal } from './CommandModal.tsx';
import { useCommandRunner } from './command-call.ts';
import { ownAssignment } from './RequestDialogs.tsx';
import { useDialogText } from './text.ts';

/** 反馈: the result of the handling, with evidence files uploaded first (each on its own request). */
export function SubmitFeedbackDialog(props: CommandDialogProps) {
  const t = useDialogText();
  const [form] = Form.useForm<{ content?: string }>();
  const [uploading, setUploading] = useState(false);
  const { busy, run } = useCommandRunner({ ...props, command: 'submitFeedback', form });
  const attachments = useTicketAttachments(props.ticket.id);
  const own = ownAssignment(props.ticket, props.unitCode);
  const items = attachments.data?.items ?? [];
  return (
    <CommandModal
      ticket={props.ticket}
      command="submitFeedback"
      form={form}
      busy={busy}
      blocked={uploading}
      width={640}
      onFinish={(values) => void run({ content: values.content!.trim() })}
      onClose={props.onClose}
    >
      <Form.Item
        name="content"
        label={t('feedbackContent')}
        extra={
          own?.feedbackDue ? (
            <>
              {t('feedbackDue')}：<DeadlineText due={own.feedbackDue} />
            </>
          ) : undefined
        }
        rules={[
          { required: true, whitespace: true, message: t('required', { field: t('feedbackContent') }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 5, maxRows: 12 }}
          maxLength={8000}
          placeholder={t('feedbackPlaceholder')}
          autoFocus
        />
      </Form.Item>
      <Form.Item label={t('attachments')} extra={uploading ? t('waitUploads') : undefined}>
        {items.length > 0 ? <AttachmentItems items={items} /> : null}
        <AttachmentUpload
          owner={{ kind: 'ticket', id: props.ticket.id }}
          list={attachments.data}
          onBusyChange={setUploading}
        />
      </Form.Item>
    </CommandModal>
  );
}
