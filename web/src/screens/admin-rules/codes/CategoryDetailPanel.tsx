import { Button, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { formatTime } from '../../../components/format.ts';
import { allCategoriesKey, fetchCategory, type Category } from './codes-api.ts';
import type { CodesText } from './text.ts';

/** The selected category: its fields, what may be done to it, and every version it has had. */
export function CategoryDetailPanel(props: {
  category: Category;
  onEdit(): void;
  onAddChild(): void;
  onToggle(): void;
  busy: boolean;
  t: CodesText;
}) {
  const { category, onEdit, onAddChild, onToggle, busy, t } = props;
  const detail = useQuery({
    // Under the list's key: a save refreshes both.
    queryKey: [...allCategoriesKey, 'detail', category.code, category.version],
    queryFn: () => fetchCategory(category.code),
  });
  return (
    <section aria-label={category.path} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {category.name}
        </Typography.Title>
        {category.active ? null : <Tag>{t('retired')}</Tag>}
        <span style={{ flex: 1 }} />
        <Space size={4}>
          <Button size="small" onClick={onEdit}>
            {t('edit')}
          </Button>
          {category.level < 3 ? (
            <Button size="small" onClick={onAddChild}>
              {t('addChild')}
            </Button>
          ) : null}
          <Button size="small" danger={category.active} loading={busy} onClick={onToggle}>
            {category.active ? t('retire') : t('activate')}
          </Button>
        </Space>
      </div>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'code', label: t('codeField'), children: category.code },
          { key: 'level', label: t('level'), children: t('levelN', { level: category.level }) },
          { key: 'path', label: t('path'), span: 2, children: category.path },
          {
            key: 'aliases',
            label: t('aliasesField'),
            span: 2,
            children: category.aliases.length ? (
              category.aliases.map((alias) => <Tag key={alias}>{alias}</Tag>)
            ) : (
              <Typography.Text type="secondary">{t('noAliases')}</Typography.Text>
            ),
          },
          { key: 'state', label: t('state'), children: category.active ? t('active') : t('retired') },
          { key: 'version', label: t('version'), children: `v${category.version}` },
          { key: 'updatedAt', label: t('updatedAt'), span: 2, children: formatTime(category.updatedAt) },
        ]}
      />
      <Typography.Text strong>{t('history')}</Typography.Text>
      <Timeline
        style={{ marginTop: 4 }}
        items={[...(detail.data?.versions ?? [])].reverse().map((version) => ({
          key: version.version,
          color: version.active ? 'blue' : 'gray',
          content: (
            <div style={{ fontSize: 12 }}>
              <Typography.Text type="secondary">
                {t('historyEntry', { version: version.version, at: formatTime(version.changedAt) })}
              </Typography.Text>
              <div>
                {version.name}
                {version.aliases.length ? `（${version.aliases.join('、')}）` : ''}
                {version.active ? '' : ` · ${t('retired')}`}
              </div>
            </div>
          ),
        }))}
      />
    </section>
  );
}
