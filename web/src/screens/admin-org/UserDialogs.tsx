import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import type { usersContract } from '../../../../src/contracts/users.contract.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../../src/domain/access/roles.ts';
import { api, lean } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { generatePassword } from './password.ts';
import { useUserText } from './user-text.ts';
import type { User } from './UsersScreen.tsx';

const CREATE = lean<typeof usersContract.createUser>('POST', '/api/users');
const RESET = lean<typeof usersContract.resetUserPassword>('POST', '/api/users/:id/password');

/** A password typed or generated, shown in clear: the administrator passes it on to the person. */
function PasswordInput(props: { id?: string; value?: string; onChange?: (value: string) => void }) {
  const t = useUserText();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange?.(event.target.value)}
        autoComplete="new-password"
        style={{ fontFamily: 'monospace' }}
      />
      <Button onClick={() => props.onChange?.(generatePassword())}>{t('generate')}</Button>
    </Space.Compact>
  );
}

export function NewUserDialog(props: {
  unitOptions: { value: string; label: string }[];
  onClose(): void;
  onDone(): void;
}) {
  const t = useUserText();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<{
    username: string;
    displayName: string;
    role: Role;
    unitCode: string;
    password: string;
  }>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const body = await form.validateFields();
    setSaving(true);
    try {
      await api.call(CREATE, { body });
      message.success(t('created', { name: body.displayName }));
      props.onDone();
    } catch (error) {
      showError(error, { form });
    } finally {
      setSaving(false);
    }
  };

  const required = (field: string) => [{ required: true, message: t('required', { field }) }];
  return (
    <Modal
      open
      title={t('newUser')}
      okText={t('ok')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" initialValues={{ password: generatePassword() }}>
        <Form.Item name="username" label={t('username')} rules={required(t('username'))}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('displayName')} rules={required(t('displayName'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label={t('role')} rules={required(t('role'))}>
          <Select options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />
        </Form.Item>
        <Form.Item name="unitCode" label={t('unit')} rules={required(t('unit'))}>
          <Select showSearch optionFilterProp="label" options={props.unitOptions} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('password')}
          extra={t('passwordHint')}
          rules={required(t('password'))}
        >
          <PasswordInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ResetPasswordDialog(props: { user: User; onClose(): void; onDone(): void }) {
  const t = useUserText();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const { newPassword } = await form.validateFields();
    setSaving(true);
    try {
      await api.call(RESET, { params: { id: props.user.id }, body: { newPassword } });
      message.success(t('resetDone', { name: props.user.displayName }));
      props.onDone();
    } catch (error) {
      showError(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('resetTitle', { name: `${props.user.displayName}（${props.user.username}）` })}
      okText={t('resetPassword')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" initialValues={{ newPassword: generatePassword() }}>
        <Form.Item
          name="newPassword"
          label={t('newPassword')}
          extra={t('passwordHint')}
          rules={[{ required: true, message: t('required', { field: t('newPassword') }) }]}
        >
          <PasswordInput />
        </Form.Item>
      </Form>
      <Typography.Text type="warning">{t('resetNote')}</Typography.Text>
    </Modal>
  );
}
