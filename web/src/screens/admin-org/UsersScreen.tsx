import { useMemo, useState } from 'react';
import { App, Button, Dropdown, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { MoreOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { usersContract } from '../../../../src/contracts/users.contract.ts';
import type { ResponseOf } from '../../../../src/contracts/client.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../../src/domain/access/roles.ts';
import { api, lean } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { useUnits } from '../../api/reference.ts';
import { useAbilities } from '../../api/session.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { formatTime } from '../../components/format.ts';
import { NewUserDialog, ResetPasswordDialog } from './UserDialogs.tsx';
import { useUserText } from './user-text.ts';

export type User = ResponseOf<typeof usersContract.listUsers>[number];
type Lock = ResponseOf<typeof usersContract.listLoginLocks>[number];

const LIST = lean<typeof usersContract.listUsers>('GET', '/api/users');
const LOCKS = lean<typeof usersContract.listLoginLocks>('GET', '/api/security/login-locks');
const LIFT = lean<typeof usersContract.liftLoginLock>('DELETE', '/api/security/login-locks/:key');
const ACTIONS = {
  deactivate: lean<typeof usersContract.deactivateUser>('POST', '/api/users/:id/deactivate'),
  activate: lean<typeof usersContract.activateUser>('POST', '/api/users/:id/activate'),
  unlock: lean<typeof usersContract.unlockUser>('POST', '/api/users/:id/unlock'),
  endSessions: lean<typeof usersContract.endUserSessions>('POST', '/api/users/:id/end-sessions'),
} as const;

export const usersKey = ['admin', 'users'] as const;
const locksKey = ['admin', 'login-locks'] as const;

/**
 * 用户与角色: every account the caller may see (a unit administrator: their own unit and below), filtered in the
 * browser (a city has a few thousand accounts); locks from failed logins next to the account they block.
 */
export default function UsersScreen() {
  const t = useUserText();
  const can = useAbilities();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const { byCode } = useUnits();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [state, setState] = useState<'' | 'active' | 'inactive'>('');
  const [unitCode, setUnitCode] = useState<string>('');
  const [dialog, setDialog] = useState<{ type: 'new' } | { type: 'reset'; user: User } | null>(null);
  const mayAdminister = can('users.deactivateUser');

  const users = useQuery({ queryKey: usersKey, queryFn: () => api.call(LIST, {}) });
  const locks = useQuery({
    queryKey: locksKey,
    queryFn: () => api.call(LOCKS, {}),
    enabled: can('users.listLoginLocks'),
    refetchInterval: 60_000,
  });
  const lockOf = useMemo(() => {
    const now = Date.now();
    const map = new Map<string, Lock>();
    for (const lock of locks.data ?? []) {
      if (lock.kind === 'account' && lock.lockedUntil && Date.parse(lock.lockedUntil) > now) {
        map.set(lock.key.slice('user:'.length), lock);
      }
    }
    return map;
  }, [locks.data]);
  const addressLocks = (locks.data ?? []).filter(
    (lock) => lock.kind === 'address' && lock.lockedUntil && Date.parse(lock.lockedUntil) > Date.now(),
  );

  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (users.data ?? []).filter(
      (user) =>
        (!needle ||
          user.username.toLowerCase().includes(needle) ||
          user.displayName.toLowerCase().includes(needle)) &&
        (!role || user.role === role) &&
        (!unitCode || user.unitCode === unitCode) &&
        (!state || user.active === (state === 'active')),
    );
  }, [users.data, search, role, unitCode, state]);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: usersKey });
    void queryClient.invalidateQueries({ queryKey: locksKey });
  };
  useShortcut({ keys: 'Alt+R', label: t('title'), run: refresh });

  const act = async (action: keyof typeof ACTIONS, user: User) => {
    try {
      await api.call(ACTIONS[action], { params: { id: user.id } });
      message.success(t('done'));
      refresh();
    } catch (error) {
      showError(error);
    }
  };
  const lift = async (key: string) => {
    try {
      await api.call(LIFT, { params: { key } });
      refresh();
    } catch (error) {
      showError(error);
    }
  };

  const unitOptions = useMemo(
    () => [...byCode.values()].map((unit) => ({ value: unit.code, label: `${unit.name}（${unit.code}）` })),
    [byCode],
  );

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('total', { total: rows.length })}</Typography.Text>
        <span style={{ flex: 1 }} />
        {can('users.createUser') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ type: 'new' })}>
            {t('newUser')}
          </Button>
        ) : null}
        <Button icon={<ReloadOutlined />} aria-label="refresh" onClick={refresh} />
      </div>
      <Space wrap size={8}>
        <Input.Search
          allowClear
          placeholder={t('search')}
          aria-label={t('search')}
          style={{ width: 200 }}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Select<Role | ''>
          value={role}
          onChange={setRole}
          style={{ width: 140 }}
          aria-label={t('role')}
          options={[
            { value: '', label: t('allRoles') },
            ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
          ]}
        />
        <Select
          value={unitCode || undefined}
          onChange={(value?: string) => setUnitCode(value ?? '')}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('unit')}
          aria-label={t('unit')}
          style={{ width: 240 }}
          options={unitOptions}
        />
        <Select
          value={state}
          onChange={setState}
          style={{ width: 110 }}
          aria-label={t('state')}
          options={[
            { value: '', label: t('allStates') },
            { value: 'active', label: t('active') },
            { value: 'inactive', label: t('inactive') },
          ]}
        />
      </Space>
      {addressLocks.length > 0 ? (
        <Space wrap size={6}>
          <Typography.Text type="secondary">{t('addressLocks')}</Typography.Text>
          {addressLocks.map((lock) => (
            <Tag key={lock.key} color="red" closable onClose={() => void lift(lock.key)}>
              {lock.key.replace(/^ip:/, '')} · {t('locked', { until: formatTime(lock.lockedUntil) })}
            </Tag>
          ))}
        </Space>
      ) : null}
      <Table<User>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        loading={users.isLoading}
        dataSource={rows}
        pagination={{
          defaultPageSize: 20,
          size: 'small',
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
        }}
        columns={[
          { title: t('username'), dataIndex: 'username', width: 150 },
          { title: t('displayName'), dataIndex: 'displayName', width: 140 },
          { title: t('role'), dataIndex: 'role', width: 120, render: (value: Role) => ROLE_LABELS[value] },
          {
            title: t('unit'),
            dataIndex: 'unitCode',
            ellipsis: true,
            render: (code: string) => byCode.get(code)?.name ?? code,
          },
          {
            title: t('state'),
            key: 'state',
            width: 220,
            render: (_, user) => {
              const lock = lockOf.get(user.username);
              return (
                <Space size={4}>
                  {user.active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>}
                  {lock ? (
                    <Tag color="red" title={t('failures', { count: lock.failures })}>
                      {t('locked', { until: formatTime(lock.lockedUntil).slice(5) })}
                    </Tag>
                  ) : null}
                </Space>
              );
            },
          },
          ...(mayAdminister
            ? [
                {
                  title: t('actions'),
                  key: 'actions',
                  width: 230,
                  render: (_: unknown, user: User) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setDialog({ type: 'reset', user })}>
                        {t('resetPassword')}
                      </Button>
                      {user.active ? (
                        <Popconfirm
                          title={t('deactivateConfirm', { name: user.displayName })}
                          okText={t('deactivate')}
                          cancelText={t('cancel')}
                          onConfirm={() => act('deactivate', user)}
                        >
                          <Button type="link" size="small" danger>
                            {t('deactivate')}
                          </Button>
                        </Popconfirm>
                      ) : (
                        <Button type="link" size="small" onClick={() => void act('activate', user)}>
                          {t('activate')}
                        </Button>
                      )}
                      {lockOf.has(user.username) ? (
                        <Button type="link" size="small" onClick={() => void act('unlock', user)}>
                          {t('unlock')}
                        </Button>
                      ) : null}
                      <Dropdown
                        trigger={['click']}
                        menu={{
                          items: [{ key: 'end', label: t('endSessions'), disabled: !user.active }],
                          onClick: () => void act('endSessions', user),
                        }}
                      >
                        <Button type="text" size="small" aria-label={t('more')} icon={<MoreOutlined />} />
                      </Dropdown>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog?.type === 'new' ? (
        <NewUserDialog
          unitOptions={unitOptions}
          onClose={() => setDialog(null)}
          onDone={() => (setDialog(null), refresh())}
        />
      ) : null}
      {dialog?.type === 'reset' ? (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={() => (setDialog(null), refresh())}
        />
      ) : null}
    </div>
  );
}
