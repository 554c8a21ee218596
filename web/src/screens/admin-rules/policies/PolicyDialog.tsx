import { useMemo, useState } from 'react';
import { App, Form, Input, Modal, Radio, Select, TreeSelect } from 'antd';
import { useApiErrorHandler } from '../../../api/errors.ts';
import type { Category } from '../codes/codes-api.ts';
import { savePolicy, type Policy, type PolicyInput } from './policies-api.ts';
import type { PoliciesText } from './text.ts';

interface TreeNode {
  value: string;
  title: string;
  search: string;
  disabled?: boolean;
  children?: TreeNode[];
}

function categoryTree(categories: readonly Category[]): TreeNode[] {
  const byParent = new Map<string | null, Category[]>();
  for (const category of categories) {
    const siblings = byParent.get(category.parentCode) ?? [];
    siblings.push(category);
    byParent.set(category.parentCode, siblings);
  }
  const build = (parent: string | null): TreeNode[] =>
    (byParent.get(parent) ?? []).map((category) => {
      const children = build(category.code);
      return {
        value: category.code,
        title: `${category.code} ${category.name}`,
        search: `${category.code} ${category.name} ${category.aliases.join(' ')}`.toLowerCase(),
        ...(category.active ? {} : { disabled: true }),
        ...(children.length ? { children } : {}),
      };
    });
  return build(null);
}

type Values = Omit<PolicyInput, 'counting'> & {
  counting: { start: 'nextDay' | 'sameDay'; cutoff: string | null };
};

/** New or existing policy; the server's message lands on the field it names (a limit it cannot read, a cut-off). */
export function PolicyDialog(props: {
  policy: Policy | 'new';
  appealTypes: Map<string, string>;
  urgencies: Map<string, string>;
  categories: readonly Category[];
  onClose(): void;
  onSaved(): void;
  t: PoliciesText;
}) {
  const { policy, appealTypes, urgencies, categories, onClose, onSaved, t } = props;
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const showError = useApiErrorHandler();
  const { message } = App.useApp();
  const tree = useMemo(() => categoryTree(categories), [categories]);
  const existing = policy === 'new' ? null : policy;
  const options = (labels: Map<string, string>) =>
    [...labels].map(([value, label]) => ({ value, label: `${label}（${value}）` }));

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const blank = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
    setBusy(true);
    try {
      await savePolicy(
        {
          appealType: (values.appealType ?? null) as PolicyInput['appealType'],
          categoryCode: values.categoryCode ?? null,
          urgency: (values.urgency ?? null) as PolicyInput['urgency'],
          acknowledgeLimit: blank(values.acknowledgeLimit),
          feedbackLimit: blank(values.feedbackLimit),
          completionLimit: blank(values.completionLimit),
          counting: { start: values.counting.start, cutoff: blank(values.counting.cutoff) },
          note: blank(values.note),
        },
        existing?.id,
      );
      message.success(t('saved'));
      onSaved();
      onClose();
    } catch (error) {
      showError(error, { form });
    } finally {
      setBusy(false);
    }
  };

  const limitItem = (name: 'acknowledgeLimit' | 'feedbackLimit' | 'completionLimit') => (
    <Form.Item name={name} label={t(name)} extra={name === 'completionLimit' ? t('limitHelp') : undefined}>
      <Input placeholder={t('limitPlaceholder')} maxLength={16} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={existing ? t('editTitle', { id: existing.id }) : t('newTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      width={560}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        size="small"
        layout="horizontal"
        labelCol={{ flex: '84px' }}
        initialValues={{
          appealType: existing?.appealType ?? null,
          categoryCode: existing?.categoryCode ?? null,
          urgency: existing?.urgency ?? null,
          acknowledgeLimit: existing?.acknowledgeLimit ?? '',
          feedbackLimit: existing?.feedbackLimit ?? '',
          completionLimit: existing?.completionLimit ?? '',
          counting: existing?.counting ?? { start: 'nextDay', cutoff: '' },
          note: existing?.note ?? '',
        }}
        onFinish={() => void submit()}
      >
        <Form.Item name="appealType" label={t('appealType')}>
          <Select allowClear placeholder={t('any')} options={options(appealTypes)} />
        </Form.Item>
        <Form.Item name="categoryCode" label={t('category')}>
          <TreeSelect
            allowClear
            showSearch={{
              filterTreeNode: (input, node) =>
                String((node as unknown as TreeNode).search).includes(input.trim().toLowerCase()),
            }}
            placeholder={t('categoryPlaceholder')}
            treeData={tree}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item name="urgency" label={t('urgency')}>
          <Select allowClear placeholder={t('any')} options={options(urgencies)} />
        </Form.Item>
        {limitItem('acknowledgeLimit')}
        {limitItem('feedbackLimit')}
        {limitItem('completionLimit')}
        <Form.Item name={['counting', 'start']} label={t('counting')}>
          <Radio.Group
            options={[
              { value: 'nextDay', label: t('nextDay') },
              { value: 'sameDay', label: t('sameDay') },
            ]}
          />
        </Form.Item>
        <Form.Item name={['counting', 'cutoff']} label={t('cutoff')} extra={t('cutoffHelp')}>
          <Input placeholder={t('cutoffPlaceholder')} maxLength={5} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
