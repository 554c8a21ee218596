// Unit kinds of DESIGN §4 and §7, and the peer groups that are ranked separately in a bulletin.
export const UNIT_KINDS = [
  'center',
  'district',
  'zone',
  'department',
  'utility',
  'grassroots',
  'community',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  center: '中心',
  district: '县区',
  zone: '经济区',
  department: '市直部门',
  utility: '公共企事业单位',
  grassroots: '基层单位',
  community: '社区',
};

export type PeerGroup = 'districts' | 'departments' | 'grassroots';

export const PEER_GROUP_LABELS: Record<PeerGroup, string> = {
  districts: '县区/经济区',
  departments: '市直部门',
  grassroots: '基层承办单位',
};

/**
 * The reference bulletin ranks districts with economic zones, and municipal departments together with
 * utilities (水务集团, 国网盘锦供电公司 appear in the departments' ranking); grassroots units on their own.
 */
export function defaultPeerGroup(kind: UnitKind): PeerGroup | null {
  switch (kind) {
    case 'district':
    case 'zone':
      return 'districts';
    case 'department':
    case 'utility':
      return 'departments';
    case 'grassroots':
      return 'grassroots';
    case 'center':
    case 'community':
      return null;
  }
}

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}
