import type { Role } from './roles.ts';

/** Who is acting: every service call that reads or changes tickets takes one. */
export interface Actor {
  userId: number | null;
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  /** The client address the request came from (recorded in the audit log); absent for the CLI and jobs. */
  address?: string | null;
}

/** The platform itself (imports, the simulator's system steps, migrations of legacy data). */
export function systemActor(unitCode: string): Actor {
  return { userId: null, username: 'system', displayName: '系统', role: 'admin', unitCode };
}
