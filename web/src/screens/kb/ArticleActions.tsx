import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { KB, kbKeys, type KbAction, type KbArticle } from '../../api/kb.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import type { KbText } from './text.ts';

type Step = KbAction;
/** Returning and withdrawing need a reason (the server says so too); the others are one click. */
const NEEDS_REASON: readonly Step[] = ['return', 'withdraw'];
const ORDER: readonly Step[] = ['submit', 'approve', 'return', 'withdraw'];

/**
 * The article's workflow buttons, exactly those its `abilities` allow. Each sends the version the user is
 * looking at; a stale one comes back 409 and the article is reloaded with a message.
 */
export function ArticleActions({ t, article }: { t: KbText; article: KbArticle }) {
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Step | null>(null);
  const [busy, setBusy] = useState<Step | null>(null);
  const [form] = Form.useForm<{ comment: string }>();

  const run = async (action: Step, comment: string | null) => {
    setBusy(action);
    try {
      await api.call(KB.action, {
        params: { id: article.id, action },
        body: { version: article.version, comment },
      });
      message.success(t('done', { action: t(action) }));
      setAsking(null);
      form.resetFields();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') message.warning(t('conflict'));
      else showError(error, { form });
    } finally {
      setBusy(null);
      await queryClient.invalidateQueries({ queryKey: kbKeys.all });
    }
  };

  const allowed = ORDER.filter((action) => article.abilities[action]);
  const start = (action: Step) =>
    NEEDS_REASON.includes(action) ? setAsking(action) : void run(action, null);
  const shortcuts = [
    ...(article.abilities.edit
      ? [{ keys: 'Alt+E', label: t('edit'), run: () => navigate(`/kb/articles/${article.id}/edit`) }]
      : []),
    ...allowed.map((action, index) => ({
      keys: `Alt+${index + 1}`,
      label: t(action),
      run: () => start(action),
    })),
  ];
  useShortcuts(shortcuts);

  return (
    <>
      <Space size={8} wrap>
        {article.abilities.edit ? (
          <Button onClick={() => navigate(`/kb/articles/${article.id}/edit`)}>{t('edit')}</Button>
        ) : null}
        {allowed.map((action) => (
          <Button
            key={action}
            type={action === 'approve' || action === 'submit' ? 'primary' : 'default'}
            danger={action === 'withdraw'}
            loading={busy === action}
            onClick={() => start(action)}
          >
            {t(action)}
          </Button>
        ))}
      </Space>
      <Modal
        open={asking !== null}
        title={
          asking ? t(asking === 'return' ? 'returnTitle' : 'withdrawTitle', { number: article.number }) : ''
        }
        okText={t('confirm')}
        cancelText={t('cancel')}
        confirmLoading={busy !== null}
        onCancel={() => setAsking(null)}
        onOk={() => void form.validateFields().then(({ comment }) => run(asking!, comment))}
        destroyOnHidden={false}
      >
        <Form form={form} layout="vertical" size="small">
          <Form.Item
            name="comment"
            label={t('reason')}
            rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
