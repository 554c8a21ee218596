import { useMemo, useState } from 'react';
import { App, Alert, Form, Input, Modal, Select, TreeSelect } from 'antd';
import type { unitsContract } from '../../../../src/contracts/units.contract.ts';
import {
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
} from '../../../../src/domain/organisation/unit-kind.ts';
import { api, lean } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import type { Unit } from '../../api/reference.ts';
import { buildUnitTree, subtreeOf, type UnitNode } from './unit-tree.ts';
import { useUnitText } from './unit-text.ts';

const SAVE = lean<typeof unitsContract.saveUnit>('PUT', '/api/units/:code');

interface ParentOption {
  value: string;
  title: string;
  disabled: boolean;
  children: ParentOption[];
}

/** Active units as a tree to pick a parent from; a unit's own subtree cannot be its parent. */
function parentOptions(units: readonly Unit[], excluded: Set<string>): ParentOption[] {
  const map = (node: UnitNode): ParentOption => ({
    value: node.unit.code,
    title: `${node.unit.name}（${node.unit.code}）`,
    disabled: !node.unit.active || excluded.has(node.unit.code),
    children: node.children.map(map),
  });
  return buildUnitTree(units, '').map(map);
}

function ParentPicker(props: {
  units: readonly Unit[];
  excluded: Set<string>;
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const treeData = useMemo(() => parentOptions(props.units, props.excluded), [props.units, props.excluded]);
  return (
    <TreeSelect
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      treeData={treeData}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandedKeys={props.value ? [props.value] : undefined}
      listHeight={360}
      style={{ width: '100%' }}
    />
  );
}

/** 新建 or 修改 a unit (name and kind; the parent is changed by 移动). */
export function UnitFormDialog(props: {
  unit: Unit | null;
  parentCode: string | null;
  units: readonly Unit[];
  onClose(): void;
  onDone(code: string): Promise<void>;
}) {
  const t = useUnitText();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<{ code: string; name: string; kind: UnitKind; parentCode: string }>();
  const [saving, setSaving] = useState(false);
  const editing = props.unit !== null;
  const excluded = useMemo(() => new Set<string>(), []);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const code = editing ? props.unit!.code : values.code.trim();
      await api.call(SAVE, {
        params: { code },
        body: {
          name: values.name,
          kind: values.kind,
          parentCode: editing ? props.unit!.parentCode : values.parentCode,
        },
      });
      message.success(t('saved'));
      await props.onDone(code);
    } catch (error) {
      showError(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={editing ? `${t('edit')} · ${props.unit!.name}` : t('newUnit')}
      okText={t('ok')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        size="small"
        initialValues={
          editing
            ? { code: props.unit!.code, name: props.unit!.name, kind: props.unit!.kind }
            : { parentCode: props.parentCode ?? undefined, kind: 'grassroots' }
        }
      >
        <Form.Item
          name="code"
          label={t('code')}
          extra={editing ? undefined : t('codeRule')}
          rules={[
            { required: true, message: t('required', { field: t('code') }) },
            { pattern: /^[^\s/\\]{1,64}$/, message: t('codeRule') },
          ]}
        >
          <Input disabled={editing} maxLength={64} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, message: t('required', { field: t('name') }) }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
          <Select
            options={UNIT_KINDS.filter((kind) => kind !== 'center' || editing).map((kind) => ({
              value: kind,
              label: UNIT_KIND_LABELS[kind],
            }))}
          />
        </Form.Item>
        {editing ? null : (
          <Form.Item
            name="parentCode"
            label={t('parent')}
            rules={[{ required: true, message: t('required', { field: t('parent') }) }]}
          >
            <ParentPicker units={props.units} excluded={excluded} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** 移动: a new parent for a unit and its subtree; the server recomputes the figures before it answers. */
export function MoveUnitDialog(props: {
  unit: Unit;
  units: readonly Unit[];
  onClose(): void;
  onDone(): Promise<void>;
}) {
  const t = useUnitText();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<{ parentCode: string }>();
  const [saving, setSaving] = useState(false);
  const excluded = useMemo(() => {
    const inside = subtreeOf(props.units, props.unit.code);
    if (props.unit.parentCode) inside.add(props.unit.parentCode);
    return inside;
  }, [props.units, props.unit]);

  const submit = async () => {
    const { parentCode } = await form.validateFields();
    setSaving(true);
    try {
      await api.call(SAVE, {
        params: { code: props.unit.code },
        body: { name: props.unit.name, kind: props.unit.kind as UnitKind, parentCode },
      });
      const parent = props.units.find((unit) => unit.code === parentCode);
      message.success(t('moved', { parent: parent?.name ?? parentCode }));
      await props.onDone();
    } catch (error) {
      showError(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('moveTitle', { name: props.unit.name })}
      okText={t('move')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small">
        <Form.Item
          name="parentCode"
          label={t('moveTo')}
          rules={[{ required: true, message: t('required', { field: t('parent') }) }]}
        >
          <ParentPicker units={props.units} excluded={excluded} />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title={t('moveNote')} />
    </Modal>
  );
}
