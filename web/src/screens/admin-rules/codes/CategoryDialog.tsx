import { useState } from 'react';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useApiErrorHandler } from '../../../api/errors.ts';
import { saveCategory, type Category } from './codes-api.ts';
import type { CodesText } from './text.ts';

interface Values {
  code: string;
  name: string;
  aliases: string[];
  active: boolean;
}

/** What the dialog is for: a new category (under a parent, or at the first level) or an existing one. */
export type CategoryEdit = { mode: 'new'; parent: Category | null } | { mode: 'edit'; category: Category };

/**
 * A new category's code is typed once and never changes afterwards (tickets and policies refer to it); the name,
 * the aliases and whether it is active may change, each change kept as a version.
 */
export function CategoryDialog(props: {
  edit: CategoryEdit;
  onClose(): void;
  onSaved(category: Category): void;
  t: CodesText;
}) {
  const { edit, onClose, onSaved, t } = props;
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const showError = useApiErrorHandler();
  const { message } = App.useApp();
  const existing = edit.mode === 'edit' ? edit.category : null;
  const parent = edit.mode === 'new' ? edit.parent : null;
  const codeStem = parent ? parent.code.slice(0, parent.level * 2) : '';

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      const saved = await saveCategory(existing?.code ?? values.code.trim(), {
        name: values.name.trim(),
        aliases: values.aliases.map((a) => a.trim()).filter(Boolean),
        active: values.active,
      });
      message.success(t('saved', { name: saved.name }));
      onSaved(saved);
      onClose();
    } catch (error) {
      showError(error, { form });
    } finally {
      setBusy(false);
    }
  };

  const title = existing
    ? t('editCategory', { code: existing.code })
    : parent
      ? t('newUnder', { parent: parent.path })
      : t('newCategory');

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      width={520}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        size="small"
        layout="horizontal"
        labelCol={{ flex: '72px' }}
        initialValues={{
          code: existing?.code ?? codeStem,
          name: existing?.name ?? '',
          aliases: existing?.aliases ?? [],
          active: existing?.active ?? true,
        }}
        onFinish={() => void submit()}
      >
        <Form.Item
          name="code"
          label={t('codeField')}
          extra={existing ? undefined : t('codeHelp')}
          rules={[{ required: true, whitespace: true, message: t('codeRequired') }]}
        >
          <Input disabled={!!existing} maxLength={6} style={{ width: 160 }} autoFocus={!existing} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('nameField')}
          rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
        >
          <Input maxLength={50} autoFocus={!!existing} />
        </Form.Item>
        <Form.Item name="aliases" label={t('aliasesField')} extra={t('aliasesHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['、', ';', '；', ',', '，']} />
        </Form.Item>
        <Form.Item name="active" label={t('activeField')} valuePropName="checked" extra={t('retiredNote')}>
          <Switch size="small" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
