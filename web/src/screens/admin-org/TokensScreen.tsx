import { useMemo, useState } from 'react';
import {
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { usersContract } from '../../../../src/contracts/users.contract.ts';
import type { ResponseOf } from '../../../../src/contracts/client.ts';
import { api, lean } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { useAbilities } from '../../api/session.ts';
import { formatTime } from '../../components/format.ts';
import { useTokenText } from './user-text.ts';
import { SecretOnceDialog } from '../../components/SecretOnceDialog.tsx';

type Token = ResponseOf<typeof usersContract.listTokens>[number];
type NewToken = ResponseOf<typeof usersContract.createToken>;

const LIST = lean<typeof usersContract.listTokens>('GET', '/api/tokens');
const CREATE = lean<typeof usersContract.createToken>('POST', '/api/tokens');
const REVOKE = lean<typeof usersContract.revokeToken>('DELETE', '/api/tokens/:id');
const USERS = lean<typeof usersContract.listUsers>('GET', '/api/users');

const tokensKey = ['admin', 'tokens'] as const;

function stateOf(token: Token): 'valid' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now()) return 'expired';
  return 'valid';
}

const STATE_COLOR = { valid: 'green', revoked: undefined, expired: 'orange' } as const;

/**
 * API 令牌 for the systems that call the API (the 12345 platform of the province, a district's own system). A
 * token's secret is shown once, when it is created; the server keeps only its digest.
 */
export default function TokensScreen() {
  const t = useTokenText();
  const can = useAbilities();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<NewToken | null>(null);
  const [showRevoked, setShowRevoked] = useState(false);
  const tokens = useQuery({ queryKey: tokensKey, queryFn: () => api.call(LIST, {}) });
  const rows = useMemo(
    () => (tokens.data ?? []).filter((token) => showRevoked || !token.revokedAt),
    [tokens.data, showRevoked],
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: tokensKey });

  const revoke = async (token: Token) => {
    try {
      await api.call(REVOKE, { params: { id: token.id } });
      message.success(t('revokedDone'));
      await refresh();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('total', { total: rows.length })}</Typography.Text>
        <span style={{ flex: 1 }} />
        <Checkbox checked={showRevoked} onChange={(event) => setShowRevoked(event.target.checked)}>
          {t('showRevoked')}
        </Checkbox>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('newToken')}
        </Button>
      </div>
      <Table<Token>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        loading={tokens.isLoading}
        dataSource={rows}
        pagination={{ defaultPageSize: 20, size: 'small', hideOnSinglePage: true }}
        columns={[
          { title: t('name'), dataIndex: 'name', ellipsis: true },
          { title: t('user'), dataIndex: 'username', width: 140 },
          { title: t('createdAt'), dataIndex: 'createdAt', width: 140, render: formatTime },
          { title: t('expiresAt'), dataIndex: 'expiresAt', width: 140, render: formatTime },
          {
            title: t('lastUsedAt'),
            dataIndex: 'lastUsedAt',
            width: 140,
            render: (value: string | null) => (value ? formatTime(value) : t('never')),
          },
          {
            title: t('state'),
            key: 'state',
            width: 90,
            render: (_, token) => {
              const state = stateOf(token);
              return <Tag color={STATE_COLOR[state]}>{t(state)}</Tag>;
            },
          },
          {
            title: '',
            key: 'actions',
            width: 70,
            render: (_, token) =>
              token.revokedAt ? null : (
                <Popconfirm
                  title={t('revokeConfirm', { name: token.name })}
                  okText={t('revoke')}
                  cancelText={t('cancel')}
                  onConfirm={() => revoke(token)}
                >
                  <Button type="link" size="small" danger>
                    {t('revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {creating ? (
        <NewTokenDialog
          mayChooseUser={can('users.listUsers') && can('users.deactivateUser')}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setSecret(created);
            void refresh();
          }}
        />
      ) : null}
      <SecretOnceDialog
        secret={secret?.token ?? null}
        label="token"
        text={{
          title: t('secretTitle'),
          note: t('secretNote'),
          close: t('close'),
          copy: t('copy'),
          copied: t('copied'),
        }}
        onClose={() => setSecret(null)}
      >
        <Typography.Text type="secondary">
          {t('expiresAt')} {formatTime(secret?.expiresAt)}
        </Typography.Text>
      </SecretOnceDialog>
    </div>
  );
}

function NewTokenDialog(props: {
  mayChooseUser: boolean;
  onClose(): void;
  onCreated(token: NewToken): void;
}) {
  const t = useTokenText();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<{ name: string; expiresInDays: number; userId?: number }>();
  const [saving, setSaving] = useState(false);
  const users = useQuery({
    queryKey: ['admin', 'users'],
    queryFn: () => api.call(USERS, {}),
    enabled: props.mayChooseUser,
  });

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      props.onCreated(await api.call(CREATE, { body: values }));
    } catch (error) {
      showError(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('newToken')}
      okText={t('ok')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" initialValues={{ expiresInDays: 90 }}>
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, message: t('required', { field: t('name') }) }]}
        >
          <Input maxLength={100} placeholder="省 12345 平台对接" />
        </Form.Item>
        {props.mayChooseUser ? (
          <Form.Item name="userId" label={t('forUser')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('self')}
              loading={users.isLoading}
              options={(users.data ?? [])
                .filter((user) => user.active)
                .map((user) => ({ value: user.id, label: `${user.displayName}（${user.username}）` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="expiresInDays" label={t('days')} rules={[{ required: true }]}>
          <InputNumber min={1} max={365} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
