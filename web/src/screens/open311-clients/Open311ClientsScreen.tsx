import { useMemo, useState } from 'react';
import { App, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CHANNELS } from '../../../../src/domain/lifecycle/index.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { formatTime } from '../../components/format.ts';
import { useValueLabel } from '../../components/value-labels.ts';
import {
  clientsKey,
  createClient,
  fetchClients,
  revokeClient,
  type NewClientBody,
  type NewOpen311Client,
  type Open311Client,
} from './open311-api.ts';
import { useText } from './text.ts';
import { SecretOnceDialog } from '../../components/SecretOnceDialog.tsx';

/**
 * Open311 客户端: the applications that submit appeals through GeoReport v2, each with its own api_key (shown
 * once, when registered; the server keeps only its digest) and the 来源渠道 its tickets carry.
 */
export default function Open311ClientsScreen() {
  const t = useText();
  const label = useValueLabel();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<NewOpen311Client | null>(null);
  const [showRevoked, setShowRevoked] = useState(false);
  const clients = useQuery({ queryKey: clientsKey, queryFn: fetchClients });
  const rows = useMemo(
    () => (clients.data ?? []).filter((client) => showRevoked || !client.revokedAt),
    [clients.data, showRevoked],
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: clientsKey });

  const revoke = async (client: Open311Client) => {
    try {
      await revokeClient(client.id);
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
          {t('newClient')}
        </Button>
      </div>
      <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      <Table<Open311Client>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        loading={clients.isLoading}
        dataSource={rows}
        pagination={{ defaultPageSize: 20, size: 'small', hideOnSinglePage: true }}
        columns={[
          { title: t('name'), dataIndex: 'name', ellipsis: true },
          {
            title: t('channel'),
            dataIndex: 'channel',
            width: 110,
            render: (value: string) => label('channel', value),
          },
          { title: t('keyHint'), dataIndex: 'keyHint', width: 110, render: (value: string) => `${value}…` },
          { title: t('createdAt'), dataIndex: 'createdAt', width: 140, render: formatTime },
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
            render: (_, client) =>
              client.revokedAt ? <Tag>{t('revoked')}</Tag> : <Tag color="green">{t('valid')}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            width: 70,
            render: (_, client) =>
              client.revokedAt ? null : (
                <Popconfirm
                  title={t('revokeConfirm', { name: client.name })}
                  okText={t('revoke')}
                  cancelText={t('cancel')}
                  onConfirm={() => revoke(client)}
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
        <NewClientDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setSecret(created);
            void refresh();
          }}
        />
      ) : null}
      <SecretOnceDialog
        secret={secret?.apiKey ?? null}
        label="api_key"
        text={{
          title: t('secretTitle'),
          note: t('secretNote'),
          close: t('close'),
          copy: t('copy'),
          copied: t('copied'),
        }}
        onClose={() => setSecret(null)}
      ></SecretOnceDialog>
    </div>
  );
}

function NewClientDialog(props: { onClose(): void; onCreated(client: NewOpen311Client): void }) {
  const t = useText();
  const label = useValueLabel();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<NewClientBody>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      props.onCreated(await createClient(values));
    } catch (error) {
      showError(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('newClient')}
      okText={t('ok')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" initialValues={{ channel: 'app' }}>
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, message: t('required', { field: t('name') }) }]}
        >
          <Input maxLength={100} placeholder="城管通 App" />
        </Form.Item>
        <Form.Item name="channel" label={t('channel')} rules={[{ required: true }]}>
          <Select
            style={{ width: 200 }}
            options={CHANNELS.map((channel) => ({ value: channel, label: label('channel', channel) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
