import { useEffect, useMemo, useState } from 'react';
import { TreeSelect } from 'antd';
import { useUnits } from '../../api/reference.ts';
import { buildUnitTree, loadInitials, matchesUnit } from './unit-tree.ts';

let initialsCache: ((name: string) => string) | null = null;

function useInitials(): ((name: string) => string) | null {
  const [initials, setInitials] = useState(() => initialsCache);
  useEffect(() => {
    if (initials) return undefined;
    let live = true;
    void loadInitials().then((fn) => {
      initialsCache = fn;
      if (live) setInitials(() => fn);
    });
    return () => {
      live = false;
    };
  }, [initials]);
  return initials;
}

/**
 * A unit from the organisation tree, found by name, code or pinyin initials (东区住建局 → dqzjj). `root` limits
 * it to the units below one unit (sub-dispatch); `exclude` disables units already chosen elsewhere.
 */
export function UnitTreeSelect(props: {
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  root?: string | null;
  exclude?: readonly string[];
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const { units, isLoading } = useUnits();
  const initials = useInitials();
  const { root = null, exclude } = props;
  const treeData = useMemo(() => {
    const tree = buildUnitTree(units, root, initials ?? undefined);
    if (!exclude?.length) return tree;
    const mark = (nodes: typeof tree): typeof tree =>
      nodes.map((node) => ({
        ...node,
        disabled: exclude.includes(node.value),
        ...(node.children ? { children: mark(node.children) } : {}),
      }));
    return mark(tree);
  }, [units, root, initials, exclude]);
  return (
    <TreeSelect
      id={props.id}
      value={props.value}
      onChange={(value: string | string[] | undefined) => props.onChange?.(value)}
      treeData={treeData}
      loading={isLoading}
      multiple={props.multiple ?? false}
      allowClear
      autoFocus={props.autoFocus ?? false}
      showSearch={{ filterTreeNode: (input, node) => matchesUnit(input, node as { search?: unknown }) }}
      placeholder={props.placeholder}
      treeDefaultExpandAll={units.length < 60}
      treeLine
      maxTagCount="responsive"
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 360, minWidth: 320 } } }}
      style={{ width: '100%' }}
    />
  );
}
