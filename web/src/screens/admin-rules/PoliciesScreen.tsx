import { useMemo, useState } from 'react';
import { App, Button, Popconfirm, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useShortcut } from '../../app/shortcuts.ts';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { useApiErrorHandler } from '../../api/errors.ts';
import { useLang } from '../../i18n/index.tsx';
import { useAllCategories, useDictionaryLabels } from './codes/codes-api.ts';
import { PolicyDialog } from './policies/PolicyDialog.tsx';
import { deletePolicy, fetchPolicies, limitText, policiesKey, type Policy } from './policies/policies-api.ts';
import { useText, type PoliciesText } from './policies/text.ts';

/**
 * `/admin/deadline-policies`: the table of 签收, 反馈 and 办结 limits by appeal type, category and urgency
 * (DESIGN §5). A change applies to assignments made afterwards; deadlines already given stay as they were.
 */
export default function PoliciesScreen() {
  const t = useText();
  const { lang } = useLang();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  const policies = useQuery({ queryKey: policiesKey, queryFn: fetchPolicies });
  const categories = useAllCategories();
  const appealTypes = useDictionaryLabels('appealType');
  const urgencies = useDictionaryLabels('urgency');
  const categoryPaths = useMemo(
    () => new Map((categories.data ?? []).map((c) => [c.code, c.path])),
    [categories.data],
  );
  const refresh = () => void queryClient.invalidateQueries({ queryKey: policiesKey });
  useShortcut({ keys: 'Alt+N', label: t('add'), run: () => setEditing('new') });
  useShortcut({ keys: 'Alt+R', label: t('refresh'), run: refresh });

  const remove = async (policy: Policy) => {
    try {
      await deletePolicy(policy.id);
      message.success(t('deleted'));
      refresh();
    } catch (error) {
      showError(error);
    }
  };

  const columns = useMemo(
    () =>
      policyColumns({
        t,
        lang,
        appealTypes,
        urgencies,
        categoryPaths,
        onEdit: setEditing,
        onDelete: (policy) => void remove(policy),
      }),
    [t, lang, appealTypes, urgencies, categoryPaths],
  );

  if (policies.error && !policies.data)
    return <ErrorPage detail={policies.error.message} onRetry={() => void policies.refetch()} />;

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('count', { count: policies.data?.length ?? 0 })}
        </Typography.Text>
        <span style={{ flex: 1 }} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('add')}
        </Button>
        <Button icon={<ReloadOutlined />} aria-label={t('refresh')} onClick={refresh} />
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('rule')}
      </Typography.Text>
      <Table<Policy>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        loading={policies.isFetching && !policies.data}
        dataSource={policies.data ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('empty') }}
        scroll={{ y: 'calc(100vh - 190px)' }}
        onRow={(policy) => ({ onDoubleClick: () => setEditing(policy) })}
      />
      {editing ? (
        <PolicyDialog
          policy={editing}
          appealTypes={appealTypes}
          urgencies={urgencies}
          categories={categories.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={refresh}
          t={t}
        />
      ) : null}
    </div>
  );
}

function policyColumns(options: {
  t: PoliciesText;
  lang: 'zh-CN' | 'en';
  appealTypes: Map<string, string>;
  urgencies: Map<string, string>;
  categoryPaths: Map<string, string>;
  onEdit(policy: Policy): void;
  onDelete(policy: Policy): void;
}): ColumnsType<Policy> {
  const { t, lang, appealTypes, urgencies, categoryPaths } = options;
  const any = <Typography.Text type="secondary">{t('any')}</Typography.Text>;
  const limit = (key: 'acknowledgeLimit' | 'feedbackLimit' | 'completionLimit') => ({
    key,
    title: t(key),
    width: 100,
    render: (_: unknown, policy: Policy) => limitText(policy[key], lang),
  });
  return [
    { key: 'id', title: '#', dataIndex: 'id', width: 44 },
    {
      key: 'appealType',
      title: t('appealType'),
      width: 90,
      render: (_, p) => (p.appealType ? (appealTypes.get(p.appealType) ?? p.appealType) : any),
    },
    {
      key: 'category',
      title: t('category'),
      ellipsis: true,
      render: (_, p) =>
        p.categoryCode ? (
          <span title={p.categoryCode}>{categoryPaths.get(p.categoryCode) ?? p.categoryCode}</span>
        ) : (
          any
        ),
    },
    {
      key: 'urgency',
      title: t('urgency'),
      width: 80,
      render: (_, p) => (p.urgency ? (urgencies.get(p.urgency) ?? p.urgency) : any),
    },
    limit('acknowledgeLimit'),
    limit('feedbackLimit'),
    limit('completionLimit'),
    {
      key: 'counting',
      title: t('counting'),
      width: 150,
      render: (_, p) =>
        [
          p.counting.start === 'sameDay' ? t('sameDay') : t('nextDay'),
          p.counting.cutoff ? t('cutoffShort', { cutoff: p.counting.cutoff }) : '',
        ]
          .filter(Boolean)
          .join('，'),
    },
    { key: 'note', title: t('note'), dataIndex: 'note', ellipsis: true },
    {
      key: 'actions',
      title: t('actions'),
      width: 104,
      render: (_, policy) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Button type="link" size="small" onClick={() => options.onEdit(policy)}>
            {t('edit')}
          </Button>
          <Popconfirm
            title={t('deleteConfirm')}
            onConfirm={() => options.onDelete(policy)}
            okButtonProps={{ danger: true }}
          >
            <Button type="link" size="small" danger>
              {t('delete')}
            </Button>
          </Popconfirm>
        </span>
      ),
    },
  ];
}
