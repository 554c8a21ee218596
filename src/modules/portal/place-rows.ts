import {
  formatOf,
  ImportValidationError,
  mapColumns,
  readTable,
  rowError,
  type ColumnSpec,
  type ImportSource,
  type RowError,
} from '../imports/index.ts';

/** The places file, as the export writes it and the import reads it back. */
export const PLACE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'name', header: '地点名称', aliases: ['name', '名称', '地点'], required: true },
  { key: 'address', header: '地址', aliases: ['address', '详细地址'], required: true },
  { key: 'district', header: '所属区县', aliases: ['district', '区县', '所属区县编码'], required: false },
  { key: 'lat', header: '纬度', aliases: ['lat', 'latitude'], required: false },
  { key: 'long', header: '经度', aliases: ['long', 'lng', 'lon', 'longitude'], required: false },
  { key: 'state', header: '状态', aliases: ['state', 'status', 'active', '是否启用'], required: false },
];

export interface PlaceRow {
  row: number;
  name: string;
  address: string;
  districtCode: string | null;
  lat: number | null;
  long: number | null;
  active: boolean;
}

const ACTIVE = new Map<string, boolean>([
  ...['启用', '有效', '是', '1', 'true', 'yes', 'active', ''].map((text) => [text, true] as const),
  ...['停用', '无效', '否', '0', 'false', 'no', 'inactive'].map((text) => [text, false] as const),
]);
const LIMITS = { name: 100, address: 300 } as const;

/** A district by its code or its name: the units a citizen chooses as 所属区县 on the portal. */
export type DistrictLookup = (text: string) => string | undefined;

function coordinate(text: string, min: number, max: number): number | null | undefined {
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/** Reads and checks a places file; throws ImportValidationError listing every error of every row. */
export async function parsePlaceFile(
  source: ImportSource,
  districtOf: DistrictLookup,
  fileName?: string,
): Promise<PlaceRow[]> {
  const table = await readTable(source, await formatOf(source, fileName));
  const mapped = mapColumns(table, PLACE_COLUMNS);
  const errors: RowError[] = [...mapped.errors];
  const rows: PlaceRow[] = [];
  const firstRow = new Map<string, number>();
  for (const row of mapped.rows) {
    const cell = (key: string) => (row.fields[key] ?? '').normalize('NFKC').trim();
    const fail = (header: string, code: string, message: string, value?: string) =>
      errors.push(rowError(row.rowNumber, header, code, message, value));
    const before = errors.length;
    for (const key of ['name', 'address'] as const) {
      const header = key === 'name' ? '地点名称' : '地址';
      if (cell(key) === '') fail(header, 'REQUIRED', `「${header}」不能为空`);
      else if ([...cell(key)].length > LIMITS[key])
        fail(header, 'INVALID_VALUE', `「${header}」不能超过 ${LIMITS[key]} 个字符`, cell(key));
    }
    const districtCode = cell('district') === '' ? null : districtOf(cell('district'));
    if (districtCode === undefined)
      fail(
        '所属区县',
        'UNKNOWN_UNIT',
        `「所属区县」“${cell('district')}”既不是区县编码，也不是区县名称`,
        cell('district'),
      );
    const lat = coordinate(cell('lat'), -90, 90);
    const long = coordinate(cell('long'), -180, 180);
    if (lat === undefined) fail('纬度', 'INVALID_VALUE', '「纬度」应为 -90 到 90 之间的数', cell('lat'));
    if (long === undefined) fail('经度', 'INVALID_VALUE', '「经度」应为 -180 到 180 之间的数', cell('long'));
    if (lat !== undefined && long !== undefined && (lat === null) !== (long === null))
      fail(lat === null ? '纬度' : '经度', 'REQUIRED', '「纬度」和「经度」须同时填写或同时留空');
    const active = ACTIVE.get(cell('state').toLowerCase());
    if (active === undefined)
      fail('状态', 'INVALID_VALUE', `「状态」“${cell('state')}”无效，应为：启用、停用`, cell('state'));
    const key = `${cell('name')}\u0000${cell('address')}`;
    if (firstRow.has(key))
      fail('地点名称', 'DUPLICATE', `与第 ${firstRow.get(key)} 行的地点名称和地址相同`, cell('name'));
    else firstRow.set(key, row.rowNumber);
    if (errors.length > before) continue;
    rows.push({
      row: row.rowNumber,
      name: cell('name'),
      address: cell('address'),
      districtCode: districtCode ?? null,
      lat: lat ?? null,
      long: long ?? null,
      active: active!,
    });
  }
  if (errors.length > 0) throw new ImportValidationError(errors);
  return rows;
}
