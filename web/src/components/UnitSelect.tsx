import { Select } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useUnits, type Unit } from '../api/reference.ts';

/** Units of `root`'s subtree (root itself excluded), or every unit below the centre. */
export function unitsBelow(units: Unit[], root: string | null): Unit[] {
  if (!root) return units.filter((unit) => unit.parentCode !== null && unit.active);
  const inside = new Set([root]);
  // The list comes ordered by path (GET /api/units): a parent always precedes its children.
  const below: Unit[] = [];
  for (const unit of units) {
    if (unit.parentCode && inside.has(unit.parentCode)) {
      inside.add(unit.code);
      if (unit.active) below.push(unit);
    }
  }
  return below;
}

/** A searchable unit picker (by name or code), indented by depth. */
export function UnitSelect({
  value,
  onChange,
  multiple,
  root = null,
  kinds,
  placeholder,
  id,
  style,
  allowClear,
}: {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  /** Only units below this one (sub-dispatch within one's own unit). */
  root?: string | null;
  /** Only units of these kinds (e.g. districts for the 区县 filter). */
  kinds?: readonly string[];
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
  allowClear?: boolean;
}) {
  const { units, isLoading } = useUnits();
  const options = useMemo(
    () =>
      unitsBelow(units, root)
        .filter((unit) => !kinds || kinds.includes(unit.kind))
        .map((unit) => ({
          value: unit.code,
          label: unit.name,
          search: `${unit.name} ${unit.code}`,
          title: `${unit.name}（${unit.code}）`,
          depth: unit.depth,
        })),
    [units, root, kinds],
  );
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? undefined}
      onChange={onChange}
      options={options}
      loading={isLoading}
      showSearch={{ optionFilterProp: 'search' }}
      placeholder={placeholder}
      allowClear={allowClear}
      style={style}
      maxTagCount="responsive"
      optionRender={(option) => (
        <span style={{ paddingLeft: kinds ? 0 : Math.max(0, (option.data.depth - 1) * 12) }}>
          {option.label}
        </span>
      )}
    />
  );
}
