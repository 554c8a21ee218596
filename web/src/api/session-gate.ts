// What the console knows of its login session, outside React so that the transport can consult it.
//   anonymous: no session yet (the login page); a 401 is simply an error.
//   active:    logged in; a 401 means the session ended server-side (idle timeout, logout elsewhere, an
//              administrator ending it). The request then waits while the re-login dialog asks for the
//              password, and is sent again: the screen stays mounted and keeps what was typed.
//   expired:   the dialog is open; further 401s join the same wait.

export type SessionStatus = 'anonymous' | 'active' | 'expired';

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

let status: SessionStatus = 'anonymous';
let username: string | null = null;
let waiters: Waiter[] = [];
const listeners = new Set<() => void>();

function set(next: SessionStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export class SessionAbandoned extends Error {
  constructor() {
    super('会话已结束');
    this.name = 'SessionAbandoned';
  }
}

export const sessionGate = {
  status: () => status,
  username: () => username,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** A session is known to be valid (login, or GET /api/auth/me answered). */
  activate(name: string): void {
    username = name;
    const released = waiters;
    waiters = [];
    set('active');
    for (const waiter of released) waiter.resolve();
  },
  /** Called by the transport on a 401 while a session was active: waits until re-login or abandonment. */
  waitForRelogin(): Promise<void> {
    if (status === 'active') set('expired');
    return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
  },
  /** May a 401 be recovered by logging in again (rather than reported)? */
  recoverable: () => status !== 'anonymous',
  /** Logged out, or the user chose to leave: waiting requests fail. */
  end(): void {
    const released = waiters;
    waiters = [];
    username = null;
    set('anonymous');
    for (const waiter of released) waiter.reject(new SessionAbandoned());
  },
};
