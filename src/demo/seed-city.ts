import type { Executor } from '../db/executor.ts';
import type { Services } from '../app/services.ts';
import type { Role } from '../domain/access/roles.ts';
import { systemActor, type Actor } from '../domain/access/actor.ts';
import { DEMO_PORTAL_PLACES } from './data/portal-places.ts';
import { DEMO_UNITS, ROOT_UNIT_CODE } from './data/units.ts';

export const DEMO_PASSWORD = 'hotline12345';

/** The logins printed by `npm start`; every unit also has a handler named after its code (pj-dw …). */
export const DEMO_LOGINS: readonly { username: string; role: Role; unitCode: string; description: string }[] =
  [
    { username: 'admin', role: 'admin', unitCode: ROOT_UNIT_CODE, description: '系统管理员' },
    { username: 'agent', role: 'agent', unitCode: ROOT_UNIT_CODE, description: '话务员（受理、直接答复）' },
    {
      username: 'dispatcher',
      role: 'dispatcher',
      unitCode: ROOT_UNIT_CODE,
      description: '派单员（派单、审批退回与延期）',
    },
    { username: 'reviewer', role: 'reviewer', unitCode: ROOT_UNIT_CODE, description: '审核/回访员' },
    { username: 'supervisor', role: 'supervisor', unitCode: ROOT_UNIT_CODE, description: '督办员' },
    { username: 'leader', role: 'leader', unitCode: ROOT_UNIT_CODE, description: '领导（只读）' },
    {
      username: 'pj-dw',
      role: 'unitHandler',
      unitCode: 'PJ-DW',
      description: '大洼区 承办人（看本区及下属单位）',
    },
    { username: 'pj-ga', role: 'unitHandler', unitCode: 'PJ-GA', description: '市公安局 承办人' },
  ];

export function unitUsername(unitCode: string): string {
  return unitCode.toLowerCase();
}

export interface DemoPeople {
  centre: Record<'admin' | 'agent' | 'dispatcher' | 'reviewer' | 'supervisor' | 'leader', Actor>;
  /** The handler of each unit, by unit code. */
  units: Map<string, Actor>;
}

/** Loads the demo organisation tree and one account per role and per unit, inside the caller's transaction. */
export async function seedDemoCity(db: Executor, services: Services): Promise<DemoPeople> {
  await services.units.applyUnits(
    db,
    DEMO_UNITS.map((u) => ({ code: u.code, name: u.name, parentCode: u.parentCode, kind: u.kind })),
  );
  services.units.invalidate();
  // The portal's named points (squares, stations, schools) of the demo city.
  await services.portal.seedPlaces(DEMO_PORTAL_PLACES);
  // One hash serves every demo account: argon2id is deliberately slow, and they share a password.
  const passwordHash = await services.users.hashPassword(DEMO_PASSWORD);
  const create = async (
    username: string,
    displayName: string,
    role: Role,
    unitCode: string,
  ): Promise<Actor> => {
    const user = await services.users.createUser(
      systemActor(ROOT_UNIT_CODE),
      { username, displayName, password: DEMO_PASSWORD, role, unitCode },
      passwordHash,
    );
    return { userId: user.id, username, displayName, role, unitCode };
  };
  const centre = {} as DemoPeople['centre'];
  for (const login of DEMO_LOGINS.filter((l) => l.unitCode === ROOT_UNIT_CODE)) {
    centre[login.username as keyof DemoPeople['centre']] = await create(
      login.username,
      login.description,
      login.role,
      login.unitCode,
    );
  }
  const units = new Map<string, Actor>();
  for (const unit of DEMO_UNITS.filter((u) => u.parentCode !== null)) {
    units.set(
      unit.code,
      await create(unitUsername(unit.code), `${unit.name}承办人`, 'unitHandler', unit.code),
    );
  }
  return { centre, units };
}
