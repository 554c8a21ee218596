import { useMemo, useRef, useState } from 'react';
import {
  App,
  Button,
  Checkbox,
  Dropdown,
  Empty,
  Input,
  Spin,
  Tag,
  Tree,
  Typography,
  type InputRef,
} from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useShortcut } from '../../app/shortcuts.ts';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { useApiErrorHandler } from '../../api/errors.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { downloadFile } from '../../api/transport.ts';
import { CategoryDetailPanel } from './codes/CategoryDetailPanel.tsx';
import { CategoryDialog, type CategoryEdit } from './codes/CategoryDialog.tsx';
import { categoryTree } from './codes/category-tree.ts';
import { SPREADSHEET_ACCEPT } from '../../api/upload.ts';
import { importCategoryFile } from './codes/category-upload.ts';
import { ImportErrorsDialog, importRowErrors, type ImportRowError } from './codes/ImportErrorsDialog.tsx';
import { ApiError } from '../../api/client.ts';
import { saveCategory, useAllCategories, type Category } from './codes/codes-api.ts';
import { useText } from './codes/text.ts';

/**
 * `/admin/categories`: the three-level 诉求分类 code list as a tree with search; the selected node's details and
 * versions on the right; rename, aliases, retire or activate; import and export as CSV or Excel.
 */
export default function CategoriesScreen() {
  const t = useText();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const categories = useAllCategories();
  const [search, setSearch] = useState('');
  const [includeRetired, setIncludeRetired] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<CategoryEdit | null>(null);
  const [userExpanded, setUserExpanded] = useState<string[]>([]);
  const [busy, setBusy] = useState<'toggle' | 'import' | null>(null);
  const [importProblems, setImportProblems] = useState<{ summary: string; errors: ImportRowError[] } | null>(
    null,
  );
  const searchRef = useRef<InputRef>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const all = useMemo(() => categories.data ?? [], [categories.data]);
  const byCode = useMemo(() => new Map(all.map((c) => [c.code, c])), [all]);
  const tree = useMemo(() => categoryTree(all, { search, includeRetired }), [all, search, includeRetired]);
  const current = selected ? byCode.get(selected) : undefined;
  const retiredCount = all.filter((c) => !c.active).length;
  // Every category list of the console (the desks' pickers too) shares this prefix.
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.categories });

  useShortcut({ keys: '/', label: t('search'), run: () => searchRef.current?.focus() });

  // Leaving a search keeps the way down to the node picked from its results open.
  const changeSearch = (text: string) => {
    if (!text.trim() && search.trim() && selected) {
      const ancestors: string[] = [];
      for (let code = byCode.get(selected)?.parentCode; code; code = byCode.get(code)?.parentCode)
        ancestors.push(code);
      setUserExpanded((open) => [...new Set([...open, ...ancestors])]);
    }
    setSearch(text);
  };

  const toggle = async (category: Category) => {
    setBusy('toggle');
    try {
      await saveCategory(category.code, {
        name: category.name,
        aliases: category.aliases,
        active: !category.active,
      });
      message.success(t(category.active ? 'retiredDone' : 'activatedDone', { name: category.name }));
      refresh();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (file: File) => {
    setBusy('import');
    const hide = message.loading(t('importing'), 0);
    try {
      const result = await importCategoryFile(file);
      message.success(t('imported', result));
      refresh();
    } catch (error) {
      const errors = error instanceof ApiError ? importRowErrors(error.details) : [];
      if (error instanceof ApiError && errors.length > 0)
        setImportProblems({ summary: error.message, errors });
      else showError(error);
    } finally {
      hide();
      setBusy(null);
    }
  };

  const exportAs = (format: 'csv' | 'xlsx') =>
    downloadFile(`/api/categories/export?format=${format}`, `诉求分类.${format}`).catch((error) =>
      showError(error),
    );

  if (categories.error && !categories.data)
    return <ErrorPage detail={categories.error.message} onRetry={() => void categories.refetch()} />;

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8, height: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('categoriesTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('categoriesCount', { count: all.length, retired: retiredCount })}
        </Typography.Text>
        <span style={{ flex: 1 }} />
        <Button icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'new', parent: null })}>
          {t('addTop')}
        </Button>
        <Button
          icon={<UploadOutlined />}
          loading={busy === 'import'}
          onClick={() => fileRef.current?.click()}
        >
          {t('import')}
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept={SPREADSHEET_ACCEPT}
          aria-label={t('import')}
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'xlsx', label: t('exportXlsx'), onClick: () => void exportAs('xlsx') },
              { key: 'csv', label: t('exportCsv'), onClick: () => void exportAs('csv') },
            ],
          }}
        >
          <Button icon={<DownloadOutlined />}>{t('export')}</Button>
        </Dropdown>
      </div>
      <div style={{ display: 'flex', gap: 16, minHeight: 0, flex: 1 }}>
        <div style={{ width: 420, flex: 'none', display: 'flex', flexDirection: 'column', gap: 6 }}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <Input.Search
              ref={searchRef}
              size="small"
              allowClear
              placeholder={t('search')}
              aria-label={t('search')}
              onChange={(event) => changeSearch(event.target.value)}
              onSearch={changeSearch}
            />
            <Checkbox checked={includeRetired} onChange={(event) => setIncludeRetired(event.target.checked)}>
              <span style={{ whiteSpace: 'nowrap' }}>{t('showRetired')}</span>
            </Checkbox>
          </div>
          <Spin spinning={categories.isLoading}>
            {tree.nodes.length === 0 && !categories.isLoading ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noResult')} />
            ) : (
              <Tree<(typeof tree.nodes)[number]>
                blockNode
                height={window.innerHeight - 170}
                treeData={tree.nodes}
                expandedKeys={search.trim() ? tree.expanded : userExpanded}
                onExpand={(keys) => setUserExpanded(keys.map(String))}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setSelected(keys.length ? String(keys[0]) : null)}
                titleRender={(node) => (
                  <span style={{ fontSize: 13, color: node.category.active ? undefined : '#8c8c8c' }}>
                    <span style={{ color: '#8c8c8c', marginRight: 6, fontVariantNumeric: 'tabular-nums' }}>
                      {node.category.code}
                    </span>
                    <span>{node.category.name}</span>
                    {node.category.aliases.length ? (
                      <span style={{ color: '#8c8c8c' }}>（{node.category.aliases.join('、')}）</span>
                    ) : null}
                    {node.category.active ? null : (
                      <Tag style={{ marginLeft: 6 }} bordered={false}>
                        {t('retired')}
                      </Tag>
                    )}
                  </span>
                )}
              />
            )}
          </Spin>
        </div>
        <div style={{ flex: 1, minWidth: 0, overflowY: 'auto' }}>
          {current ? (
            <CategoryDetailPanel
              category={current}
              busy={busy === 'toggle'}
              onEdit={() => setEditing({ mode: 'edit', category: current })}
              onAddChild={() => setEditing({ mode: 'new', parent: current })}
              onToggle={() => void toggle(current)}
              t={t}
            />
          ) : (
            <Typography.Text type="secondary">{t('selectHint')}</Typography.Text>
          )}
        </div>
      </div>
      {importProblems ? (
        <ImportErrorsDialog {...importProblems} onClose={() => setImportProblems(null)} t={t} />
      ) : null}
      {editing ? (
        <CategoryDialog
          edit={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            refresh();
            setSelected(saved.code);
          }}
          t={t}
        />
      ) : null}
    </div>
  );
}
