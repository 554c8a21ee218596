import type { usersContract } from '../../../src/contracts/users.contract.ts';
import type { RequestOf, ResponseOf } from '../../../src/contracts/client.ts';
import { sendJson } from './client.ts';
import { sessionGate } from './session-gate.ts';

// Login, logout and the logged-in user. The login page loads this file and little else (docs/console.md,
// budgets): the calls are typed by the users contract at compile time, paths included, without bringing its
// zod schemas into the browser.

export type Me = ResponseOf<typeof usersContract.me>;

const ME_PATH: (typeof usersContract.me)['path'] = '/api/auth/me';
const LOGIN_PATH: (typeof usersContract.login)['path'] = '/api/auth/login';
const LOGOUT_PATH: (typeof usersContract.logout)['path'] = '/api/auth/logout';
type LoginBody = RequestOf<typeof usersContract.login>['body'];

/** Fetches the logged-in user; marks the session active so that later 401s open the re-login dialog. */
export async function fetchMe(): Promise<Me> {
  const me = await sendJson<Me>('GET', ME_PATH);
  sessionGate.activate(me.username);
  return me;
}

export async function login(username: string, password: string): Promise<Me> {
  const body: LoginBody = { username, password };
  await sendJson<ResponseOf<typeof usersContract.login>>('POST', LOGIN_PATH, {}, body);
  return fetchMe();
}

export async function logout(): Promise<void> {
  // First: a 401 from a session already ended elsewhere must not open the re-login dialog.
  sessionGate.end();
  try {
    await sendJson('POST', LOGOUT_PATH);
  } catch {
    // already ended server-side: nothing left to end
  }
}
