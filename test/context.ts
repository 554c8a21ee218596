import type { DatabaseHandle } from '../src/db/connection.ts';
import { createServices, type Services } from '../src/app/services.ts';
import { buildHttpApp, type App } from '../src/app/http-app.ts';
import type { Role } from '../src/domain/access/roles.ts';
import type { UnitKind } from '../src/domain/organisation/unit-kind.ts';
import { parseLocalTime } from '../src/domain/time.ts';
import { systemActor, type Actor } from '../src/domain/access/actor.ts';
import { createManualClock } from '../src/shared/clock.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskAttachmentStore } from '../src/modules/attachments/index.ts';
import { createTestDatabase } from './db.ts';

/** A small city: the centre, one district with two grassroots units and a community, and one department. */
export const TEST_UNITS: { code: string; name: string; parentCode: string | null; kind: UnitKind }[] = [
  { code: 'C', name: '测试市12345热线', parentCode: null, kind: 'center' },
  { code: 'D1', name: '东区', parentCode: 'C', kind: 'district' },
  { code: 'D1-G1', name: '东区住房和城乡建设局', parentCode: 'D1', kind: 'grassroots' },
  { code: 'D1-G2', name: '东区兴盛街道办事处', parentCode: 'D1', kind: 'grassroots' },
  { code: 'D1-G2-S1', name: '兴盛街道幸福社区', parentCode: 'D1-G2', kind: 'community' },
  { code: 'D2', name: '西区', parentCode: 'C', kind: 'district' },
  { code: 'M1', name: '市供暖办', parentCode: 'C', kind: 'department' },
];

export const TEST_PASSWORD = 'test-password-1';

/** One user per role at the centre, plus a handler for each unit below it (username = unit code). */
const CENTRE_USERS: { username: string; role: Role }[] = [
  { username: 'agent', role: 'agent' },
  { username: 'dispatcher', role: 'dispatcher' },
  { username: 'dispatcher2', role: 'dispatcher' },
  { username: 'reviewer', role: 'reviewer' },
  { username: 'supervisor', role: 'supervisor' },
  { username: 'leader', role: 'leader' },
  { username: 'admin', role: 'admin' },
];

export interface TestContext {
  handle: DatabaseHandle;
  services: Services;
  clock: ReturnType<typeof createManualClock>;
  app: App;
  actors: Record<string, Actor>;
  /** Bearer tokens by username, for app.inject(). */
  tokens: Record<string, string>;
  auth(username: string): { authorization: string };
  close(): Promise<void>;
}

export async function createTestContext(start = '2023-03-01 09:00:00'): Promise<TestContext> {
  const handle = await createTestDatabase();
  const clock = createManualClock(parseLocalTime(start));
  const attachmentsDir = mkdtempSync(join(tmpdir(), 'hotline-attachments-'));
  const services = createServices({
    db: handle.db,
    clock,
    attachmentStore: createDiskAttachmentStore(attachmentsDir),
  });
  await services.calendar.seedDefaults();
  await services.categories.seedDefaults();
  await services.dictionaries.seedDefaults();
  await services.units.applyUnits(handle.db, TEST_UNITS);
  services.units.invalidate();
  const passwordHash = await services.users.hashPassword(TEST_PASSWORD);
  const actors: Record<string, Actor> = {};
  const tokens: Record<string, string> = {};
  const people = [
    ...CENTRE_USERS.map((u) => ({ ...u, unitCode: 'C' })),
    ...TEST_UNITS.filter((u) => u.parentCode).map((u) => ({
      username: u.code,
      role: 'unitHandler' as Role,
      unitCode: u.code,
    })),
  ];
  for (const person of people) {
    const user = await services.users.createUser(
      SYSTEM,
      {
        username: person.username,
        displayName: person.username,
        password: TEST_PASSWORD,
        role: person.role,
        unitCode: person.unitCode,
      },
      passwordHash,
    );
    actors[person.username] = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitCode: user.unitCode,
    };
    tokens[person.username] = (
      await services.users.createApiToken(actors[person.username]!, {
        name: 'test',
        expiresInDays: 365,
      })
    ).token;
  }
  const app = await buildHttpApp(services, { logLevel: 'silent', secureCookies: false, version: 'test' });
  await app.ready();
  return {
    handle,
    services,
    clock,
    app,
    actors,
    tokens,
    auth: (username) => ({ authorization: `Bearer ${tokens[username]}` }),
    close: async () => {
      await app.close();
      await handle.close();
      rmSync(attachmentsDir, { recursive: true, force: true });
    },
  };
}

export const SYSTEM = systemActor('C');
