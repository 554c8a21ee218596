import { useMemo, type Ref } from 'react';
import { Button, DatePicker, Input, Select, TreeSelect, type InputRef } from 'antd';
import dayjs from 'dayjs';
import {
  APPEAL_TYPE_LABELS,
  CHANNEL_LABELS,
  TICKET_STATE_LABELS,
  URGENCY_LABELS,
} from '../../../../src/domain/lifecycle/index.ts';
import { useCategories, type Category } from '../../api/reference.ts';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useLang, type Lang } from '../../i18n/index.tsx';
import { valueLabel, type ValueKind } from '../../components/value-labels.ts';
import { filterKeysOf, type FilterKey, type FilterText } from './queue-query.ts';
import { useText } from './text.ts';

interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}

function categoryTree(categories: Category[]): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  for (const category of categories) {
    if (!category.active) continue;
    const node = { value: category.code, title: category.name, children: [] };
    nodes.set(category.code, node);
    const parent = category.parentCode ? nodes.get(category.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The codes of a value list, named in the console's language. */
const options = (labels: Record<string, string>, kind: ValueKind, lang: Lang) =>
  Object.keys(labels).map((value) => ({ value, label: valueLabel(kind, value, lang) }));

const DISTRICT_KINDS = ['district', 'zone'];

/** The filter bar; every change lands in the address bar (shareable, savable, kept on reload). */
export function QueueFilters({
  view,
  filter,
  onChange,
  searchRef,
}: {
  view: string;
  filter: FilterText;
  onChange(next: FilterText): void;
  searchRef: Ref<InputRef>;
}) {
  const t = useText();
  const { lang } = useLang();
  const { categories } = useCategories();
  const tree = useMemo(() => categoryTree(categories), [categories]);
  const keys = filterKeysOf(view);
  const has = (key: FilterKey) => keys.includes(key);
  const set = (key: FilterKey, value: string | undefined | null) => {
    const next = { ...filter };
    if (value) next[key] = value;
    else delete next[key];
    onChange(next);
  };
  const list = (key: FilterKey) => (filter[key] ? filter[key]!.split(',') : []);
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    filter.receivedFrom && filter.receivedTo ? [dayjs(filter.receivedFrom), dayjs(filter.receivedTo)] : null;
  const active = Object.keys(filter).some((key) => key !== 'sort');

  return (
    <div role="search" style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
      <Input.Search
        ref={searchRef}
        key={filter.q ?? ''}
        defaultValue={filter.q}
        placeholder={t('search')}
        aria-label={t('search')}
        allowClear
        onSearch={(value) => set('q', value.trim())}
        style={{ width: 210 }}
      />
      {has('categoryCode') ? (
        <TreeSelect
          aria-label={t('category')}
          placeholder={t('category')}
          value={filter.categoryCode}
          treeData={tree}
          showSearch={{ treeNodeFilterProp: 'title' }}
          allowClear
          onChange={(value: string | undefined) => set('categoryCode', value)}
          style={{ width: 150 }}
          popupMatchSelectWidth={260}
        />
      ) : null}
      {has('district') ? (
        <UnitSelect
          kinds={DISTRICT_KINDS}
          placeholder={t('district')}
          value={filter.district}
          allowClear
          onChange={(value) => set('district', value as string | undefined)}
          style={{ width: 100 }}
        />
      ) : null}
      <UnitSelect
        placeholder={t('unit')}
        value={filter.unitCode}
        allowClear
        onChange={(value) => set('unitCode', value as string | undefined)}
        style={{ width: 150 }}
      />
      <Select
        aria-label={t('urgency')}
        mode="multiple"
        placeholder={t('urgency')}
        value={list('urgency')}
        options={options(URGENCY_LABELS, 'urgency', lang)}
        onChange={(value: string[]) => set('urgency', value.join(','))}
        style={{ minWidth: 100 }}
        maxTagCount="responsive"
      />
      {has('state') ? (
        <Select
          aria-label={t('state')}
          mode="multiple"
          placeholder={t('state')}
          value={list('state')}
          options={options(TICKET_STATE_LABELS, 'state', lang)}
          onChange={(value: string[]) => set('state', value.join(','))}
          style={{ minWidth: 110 }}
          maxTagCount="responsive"
        />
      ) : null}
      <Select
        aria-label={t('channel')}
        placeholder={t('channel')}
        value={filter.channel}
        options={options(CHANNEL_LABELS, 'channel', lang)}
        allowClear
        onChange={(value: string | undefined) => set('channel', value)}
        style={{ width: 96 }}
      />
      <Select
        aria-label={t('appealType')}
        placeholder={t('appealType')}
        value={filter.appealType}
        options={options(APPEAL_TYPE_LABELS, 'appealType', lang)}
        allowClear
        onChange={(value: string | undefined) => set('appealType', value)}
        style={{ width: 96 }}
      />
      <DatePicker.RangePicker
        aria-label={t('received')}
        value={range}
        onChange={(dates) => {
          const next = { ...filter };
          if (dates?.[0] && dates[1]) {
            next.receivedFrom = dates[0].format('YYYY-MM-DD 00:00:00');
            next.receivedTo = dates[1].format('YYYY-MM-DD 23:59:59');
          } else {
            delete next.receivedFrom;
            delete next.receivedTo;
          }
          onChange(next);
        }}
        style={{ width: 220 }}
      />
      <Select
        aria-label={t('flag')}
        placeholder={t('flag')}
        value={filter.flag}
        options={[
          { value: 'yellow', label: t('flagYellow') },
          { value: 'red', label: t('flagRed') },
        ]}
        allowClear
        onChange={(value: string | undefined) => set('flag', value)}
        style={{ width: 90 }}
        popupMatchSelectWidth={200}
      />
      {active ? (
        <Button type="link" onClick={() => onChange(filter.sort ? { sort: filter.sort } : {})}>
          {t('reset')}
        </Button>
      ) : null}
    </div>
  );
}
