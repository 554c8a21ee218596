import { useMemo, useState } from 'react';
import { Alert, App, Button, Descriptions, Empty, Input, Popconfirm, Tag, Tree, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { unitsContract } from '../../../../src/contracts/units.contract.ts';
import { PEER_GROUP_LABELS, type PeerGroup } from '../../../../src/domain/organisation/unit-kind.ts';
import { api, ApiError, lean } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useUnits, type Unit } from '../../api/reference.ts';
import { MoveUnitDialog, UnitFormDialog } from './UnitDialogs.tsx';
import { buildUnitTree, type UnitNode } from './unit-tree.ts';
import { useUnitText } from './unit-text.ts';

const DEACTIVATE = lean<typeof unitsContract.deactivateUnit>('POST', '/api/units/:code/deactivate');
const ACTIVATE = lean<typeof unitsContract.activateUnit>('POST', '/api/units/:code/activate');

type Dialog =
  { type: 'create'; parentCode: string | null } | { type: 'edit'; unit: Unit } | { type: 'move'; unit: Unit };

/**
 * 组织机构: the unit tree on the left, the chosen unit on the right with what may be done to it. A move takes its
 * subtree along and has the server recompute the evaluation's figures in the same transaction; a deactivation
 * the server refuses (open tickets, active units below) is shown with its reason and counts.
 */
export default function UnitsScreen() {
  const t = useUnitText();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const { units, byCode, isLoading } = useUnits();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const tree = useMemo(() => buildUnitTree(units, search), [units, search]);
  const expanded = useMemo(
    () =>
      search.trim() ? units.map((unit) => unit.code) : units.filter((u) => u.depth < 1).map((u) => u.code),
    [units, search],
  );
  const [opened, setOpened] = useState<string[] | null>(null);
  const unit = selected ? byCode.get(selected) : undefined;
  const inactive = units.filter((u) => !u.active).length;

  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.units });

  const toggleActive = async (target: Unit) => {
    setBusy(true);
    setRefusal(null);
    try {
      await api.call(target.active ? DEACTIVATE : ACTIVATE, { params: { code: target.code } });
      message.success(t(target.active ? 'deactivated' : 'activated', { name: target.name }));
      await refresh();
    } catch (error) {
      // The refusal names what is left with the unit (open tickets, active units below): kept on screen.
      if (error instanceof ApiError && error.status === 409)
        setRefusal({ code: target.code, message: error.message });
      else showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8, height: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('count', { total: units.length, inactive })}</Typography.Text>
        <span style={{ flex: 1 }} />
        <Button
          icon={<PlusOutlined />}
          onClick={() => setDialog({ type: 'create', parentCode: unit?.code ?? units[0]?.code ?? null })}
        >
          {t('newUnit')}
        </Button>
      </div>
      <div style={{ display: 'flex', gap: 16, minHeight: 0, flex: 1 }}>
        <div style={{ width: 420, display: 'flex', flexDirection: 'column', gap: 6 }}>
          <Input.Search
            allowClear
            placeholder={t('search')}
            aria-label={t('search')}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Tree<UnitNode>
            aria-label={t('title')}
            blockNode
            showLine
            height={600}
            treeData={tree}
            expandedKeys={search.trim() ? expanded : (opened ?? expanded)}
            onExpand={(keys) => setOpened(keys.map(String))}
            selectedKeys={selected ? [selected] : []}
            onSelect={(keys) => {
              setSelected(keys[0] === undefined ? selected : String(keys[0]));
              setRefusal(null);
            }}
            titleRender={(node) => (
              <span style={{ display: 'inline-flex', gap: 6, alignItems: 'baseline' }}>
                <span
                  style={node.unit.active ? undefined : { color: '#999', textDecoration: 'line-through' }}
                >
                  {node.unit.name}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {node.unit.code}
                </Typography.Text>
                {node.unit.active ? null : <Tag style={{ marginInlineEnd: 0 }}>{t('inactive')}</Tag>}
              </span>
            )}
          />
          {!isLoading && tree.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
        </div>
        <div style={{ flex: 1, minWidth: 0, borderInlineStart: '1px solid #f0f0f0', paddingInlineStart: 16 }}>
          {unit ? (
            <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
              <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {unit.name}
                </Typography.Title>
                <Tag color={unit.active ? 'green' : undefined}>
                  {unit.active ? t('active') : t('inactive')}
                </Tag>
                <span style={{ flex: 1 }} />
                <Button onClick={() => setDialog({ type: 'edit', unit })}>{t('edit')}</Button>
                {unit.parentCode ? (
                  <Button disabled={!unit.active} onClick={() => setDialog({ type: 'move', unit })}>
                    {t('move')}
                  </Button>
                ) : null}
                <Button
                  disabled={!unit.active}
                  onClick={() => setDialog({ type: 'create', parentCode: unit.code })}
                >
                  {t('newChild')}
                </Button>
                {unit.parentCode ? (
                  unit.active ? (
                    <Popconfirm
                      title={t('deactivateConfirm', { name: unit.name })}
                      okText={t('deactivate')}
                      cancelText={t('cancel')}
                      onConfirm={() => toggleActive(unit)}
                    >
                      <Button danger loading={busy}>
                        {t('deactivate')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button loading={busy} onClick={() => void toggleActive(unit)}>
                      {t('activate')}
                    </Button>
                  )
                ) : null}
              </div>
              {refusal && refusal.code === unit.code ? (
                <Alert
                  type="warning"
                  showIcon
                  role="alert"
                  title={t('refused')}
                  description={refusal.message}
                />
              ) : null}
              <Descriptions
                size="small"
                column={2}
                bordered
                items={[
                  { key: 'code', label: t('code'), children: unit.code },
                  { key: 'kind', label: t('kind'), children: unit.kindLabel },
                  {
                    key: 'parent',
                    label: t('parent'),
                    children: unit.parentCode
                      ? (byCode.get(unit.parentCode)?.name ?? unit.parentCode)
                      : t('none'),
                  },
                  { key: 'depth', label: t('depth'), children: unit.depth + 1 },
                  {
                    key: 'peer',
                    label: t('peerGroup'),
                    children: unit.peerGroup ? PEER_GROUP_LABELS[unit.peerGroup as PeerGroup] : t('none'),
                  },
                  {
                    key: 'children',
                    label: t('children'),
                    children: units.filter((u) => u.parentCode === unit.code).length,
                  },
                ]}
              />
            </div>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pickUnit')} />
          )}
        </div>
      </div>
      {dialog?.type === 'move' ? (
        <MoveUnitDialog
          unit={dialog.unit}
          units={units}
          onClose={() => setDialog(null)}
          onDone={async () => {
            setDialog(null);
            await refresh();
          }}
        />
      ) : null}
      {dialog && dialog.type !== 'move' ? (
        <UnitFormDialog
          unit={dialog.type === 'edit' ? dialog.unit : null}
          parentCode={dialog.type === 'create' ? dialog.parentCode : null}
          units={units}
          onClose={() => setDialog(null)}
          onDone={async (code) => {
            setDialog(null);
            setSelected(code);
            await refresh();
          }}
        />
      ) : null}
    </div>
  );
}
