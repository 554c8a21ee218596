import { useState } from 'react';
import { App, Button, Form, Input, Modal, Popconfirm, Segmented, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { useApiErrorHandler } from '../../api/errors.ts';
import { queryKeys } from '../../api/query-keys.ts';
import {
  deleteAlias,
  dictionariesKey,
  saveAlias,
  useDictionaries,
  type Dictionary,
  type DictionaryKey,
} from './codes/codes-api.ts';
import { useText, type CodesText } from './codes/text.ts';

type Entry = Dictionary['entries'][number];

/**
 * `/admin/dictionaries`: the fixed code lists (来源渠道, 诉求类型, 紧急程度, 满意度) and the aliases the admin keeps
 * for them, so that imports and other systems may write 加急 or 微信 and still land on the platform's code.
 */
export default function DictionariesScreen() {
  const t = useText();
  const dictionaries = useDictionaries();
  const [current, setCurrent] = useState<DictionaryKey>('channel');
  const [adding, setAdding] = useState<Entry | null>(null);
  const queryClient = useQueryClient();
  const showError = useApiErrorHandler();
  const { message } = App.useApp();

  if (dictionaries.error && !dictionaries.data)
    return <ErrorPage detail={dictionaries.error.message} onRetry={() => void dictionaries.refetch()} />;

  const list = dictionaries.data ?? [];
  const dictionary = list.find((d) => d.key === current);
  // Both the list and each dictionary's own key (read by the desks' pickers) follow a change.
  const changed = (key: DictionaryKey) => {
    void queryClient.invalidateQueries({ queryKey: dictionariesKey });
    void queryClient.invalidateQueries({ queryKey: queryKeys.dictionary(key) });
  };

  const remove = async (alias: string) => {
    try {
      await deleteAlias(current, alias);
      message.success(t('aliasRemoved', { alias }));
      changed(current);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dictionariesTitle')}
        </Typography.Title>
        <Segmented<DictionaryKey>
          size="small"
          value={current}
          onChange={setCurrent}
          options={list.map((d) => ({ value: d.key, label: `${d.label}（${d.entries.length}）` }))}
        />
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('dictionariesRule')}
      </Typography.Text>
      <Table<Entry>
        size="small"
        rowKey="code"
        tableLayout="fixed"
        loading={dictionaries.isLoading}
        dataSource={dictionary?.entries ?? []}
        pagination={false}
        scroll={{ y: 'calc(100vh - 190px)' }}
        columns={[
          { key: 'code', title: t('code'), dataIndex: 'code', width: 160 },
          { key: 'label', title: t('label'), dataIndex: 'label', width: 160 },
          {
            key: 'aliases',
            title: t('aliases'),
            render: (_, entry) =>
              entry.aliases.length === 0 ? (
                <Typography.Text type="secondary">{t('noAliases')}</Typography.Text>
              ) : (
                <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
                  {entry.aliases.map((alias) => (
                    <AliasTag key={alias} alias={alias} onRemove={() => void remove(alias)} t={t} />
                  ))}
                </span>
              ),
          },
          {
            key: 'actions',
            title: t('actions'),
            width: 110,
            render: (_, entry) => (
              <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => setAdding(entry)}>
                {t('addAlias')}
              </Button>
            ),
          },
        ]}
      />
      {adding ? (
        <AliasDialog
          dictionary={current}
          entry={adding}
          onClose={() => setAdding(null)}
          onSaved={() => changed(current)}
          t={t}
        />
      ) : null}
    </div>
  );
}

function AliasTag({ alias, onRemove, t }: { alias: string; onRemove(): void; t: CodesText }) {
  return (
    <Tag style={{ marginInlineEnd: 0 }}>
      {alias}
      <Popconfirm
        title={t('removeAliasConfirm', { alias })}
        onConfirm={onRemove}
        okButtonProps={{ danger: true }}
      >
        <button
          type="button"
          aria-label={t('removeAlias', { alias })}
          style={{
            border: 'none',
            background: 'none',
            padding: '0 0 0 4px',
            cursor: 'pointer',
            color: '#8c8c8c',
          }}
        >
          ×
        </button>
      </Popconfirm>
    </Tag>
  );
}

function AliasDialog(props: {
  dictionary: DictionaryKey;
  entry: Entry;
  onClose(): void;
  onSaved(): void;
  t: CodesText;
}) {
  const { dictionary, entry, onClose, onSaved, t } = props;
  const [form] = Form.useForm<{ alias: string }>();
  const [busy, setBusy] = useState(false);
  const showError = useApiErrorHandler();
  const { message } = App.useApp();
  const submit = async () => {
    let alias: string;
    try {
      alias = (await form.validateFields()).alias.trim();
    } catch {
      return;
    }
    setBusy(true);
    try {
      await saveAlias(dictionary, alias, entry.code);
      message.success(t('aliasSaved', { alias }));
      onSaved();
      onClose();
    } catch (error) {
      showError(error, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('addAliasTitle', { label: entry.label, code: entry.code })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      width={420}
      destroyOnHidden
    >
      <Form form={form} size="small" layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          name="alias"
          label={t('alias')}
          rules={[{ required: true, whitespace: true, message: t('aliasRequired') }]}
        >
          <Input placeholder={t('aliasPlaceholder')} maxLength={50} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
