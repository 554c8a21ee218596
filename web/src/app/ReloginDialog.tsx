import { useState, useSyncExternalStore } from 'react';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { queryClient } from '../api/query-client.ts';
import { login } from '../api/auth.ts';
import { sessionGate } from '../api/session-gate.ts';
import { useShellText } from '../i18n/shell.ts';

/**
 * Opens over the current screen when the session ends server-side. The screen stays mounted (so what was typed
 * stays), the refused requests wait, and are sent again once the same user has logged in.
 */
export function ReloginDialog() {
  const t = useShellText();
  const navigate = useNavigate();
  const status = useSyncExternalStore(sessionGate.subscribe, sessionGate.status);
  const [form] = Form.useForm<{ password: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const username = sessionGate.username() ?? '';

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    setProblem(null);
    try {
      await login(username, password);
      form.resetFields();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const leave = () => {
    sessionGate.end();
    queryClient.clear();
    navigate('/login');
  };

  return (
    <Modal
      open={status === 'expired'}
      title={t('session.expiredTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={null}
      forceRender
      width={400}
      // Above any dialog the screen has open (the one whose submit met the 401 stays beneath, as it was).
      zIndex={3000}
    >
      <p style={{ marginTop: 0 }}>{t('session.expiredBody')}</p>
      {problem ? <Alert type="error" title={problem} showIcon style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label={t('session.username')}>
          <Input value={username} disabled autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('session.password')}
          rules={[{ required: true, message: t('session.password') }]}
        >
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('session.relogin')}
          </Button>
          <Button onClick={leave}>{t('session.leave')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
