import { useState } from 'react';
import { App, Button, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { KB, kbKeys, type KbSynonym, type KbSynonymInput } from '../../api/kb.ts';
import { useAbilities } from '../../api/session.ts';
import { useText, type KbText } from './text.ts';

/** The rule just added or changed comes first, where the user looks for it. */
const newestFirst = (rules: KbSynonym[]) =>
  [...rules].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);

interface Values {
  kind: 'equivalent' | 'oneWay';
  from?: string;
  terms: string[];
}

/**
 * `/kb/synonyms`: the centre's synonym table (暖气=供暖=采暖, 上户口→落户). A rule bringing words the segmenter
 * did not know says so, and an administrator may rebuild the index from here.
 */
export default function KbSynonymsScreen() {
  const t = useText();
  const can = useAbilities();
  const { message, modal } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<KbSynonym | 'new' | null>(null);
  const rules = useQuery({ queryKey: kbKeys.synonyms, queryFn: () => api.call(KB.synonyms, {}) });

  const saved = async (answer: { reindexAdvised: boolean; newWords: string[] }) => {
    setEditing(null);
    await queryClient.invalidateQueries({ queryKey: kbKeys.all });
    if (!answer.reindexAdvised) return;
    modal.confirm({
      title: t('reindexAdvised', { words: answer.newWords.join('、') }),
      okText: t('reindex'),
      cancelText: t('cancel'),
      okButtonProps: { disabled: !can('kb.reindex') },
      onOk: async () => {
        try {
          const done = await api.call(KB.reindex, {});
          message.success(t('reindexDone', { count: done.indexed, ms: done.milliseconds }));
        } catch (error) {
          showError(error);
        }
      },
    });
  };

  const remove = async (rule: KbSynonym) => {
    try {
      await api.call(KB.deleteSynonym, { params: { id: rule.id } });
      await queryClient.invalidateQueries({ queryKey: kbKeys.all });
    } catch (error) {
      showError(error);
    }
  };

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Link to="/kb">← {t('title')}</Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('synonymsTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('results', { count: rules.data?.length ?? 0 })}</Typography.Text>
        <span style={{ flex: 1 }} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('addRule')}
        </Button>
      </div>
      <Table<KbSynonym>
        size="small"
        rowKey="id"
        loading={rules.isLoading}
        dataSource={newestFirst(rules.data ?? [])}
        locale={{ emptyText: rules.error ? rules.error.message : undefined }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          {
            title: t('kind'),
            dataIndex: 'kind',
            width: 80,
            render: (kind: KbSynonym['kind']) => t(kind),
          },
          {
            title: t('terms'),
            key: 'terms',
            render: (_, rule) =>
              rule.kind === 'oneWay' ? `${rule.from} → ${rule.terms.join('、')}` : rule.terms.join(' = '),
          },
          {
            title: t('operations'),
            key: 'actions',
            width: 120,
            render: (_, rule) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setEditing(rule)}>
                  {t('edit')}
                </Button>
                <Popconfirm title={t('deleteConfirm')} onConfirm={() => remove(rule)}>
                  <Button size="small" type="link" danger>
                    {t('delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing !== null ? (
        <RuleDialog
          t={t}
          rule={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={saved}
          onError={showError}
        />
      ) : null}
    </div>
  );
}

function RuleDialog(props: {
  t: KbText;
  rule: KbSynonym | null;
  onClose(): void;
  onSaved(answer: { reindexAdvised: boolean; newWords: string[] }): void;
  onError(error: unknown, options: { form: ReturnType<typeof Form.useForm<Values>>[0] }): void;
}) {
  const { t, rule } = props;
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form) ?? rule?.kind ?? 'equivalent';
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const body: KbSynonymInput =
      values.kind === 'oneWay'
        ? { kind: 'oneWay', from: values.from ?? '', terms: values.terms }
        : { kind: 'equivalent', terms: values.terms };
    setBusy(true);
    try {
      props.onSaved(
        rule
          ? await api.call(KB.updateSynonym, { params: { id: rule.id }, body })
          : await api.call(KB.addSynonym, { body }),
      );
    } catch (error) {
      props.onError(error, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={rule ? t('editRule') : t('addRule')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={props.onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        size="small"
        initialValues={{
          kind: rule?.kind ?? 'equivalent',
          from: rule?.from ?? undefined,
          terms: rule?.terms ?? [],
        }}
      >
        <Form.Item name="kind" label={t('kind')}>
          <Radio.Group
            options={[
              { value: 'equivalent', label: t('equivalent') },
              { value: 'oneWay', label: t('oneWay') },
            ]}
          />
        </Form.Item>
        {kind === 'oneWay' ? (
          <Form.Item name="from" label={t('from')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={32} />
          </Form.Item>
        ) : null}
        <Form.Item name="terms" label={t('terms')} tooltip={t('keywordsHint')} rules={[{ required: true }]}>
          <Select mode="tags" tokenSeparators={[',', '，', '、', ' ', '=']} maxCount={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
