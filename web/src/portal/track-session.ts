// The tracking token (30 minutes, one ticket) lives in sessionStorage: a reload or a look at the home page does
// not ask for a new code, and closing the tab forgets it.

export interface TrackSession {
  number: string;
  token: string;
  expiresAt: string;
}

const KEY = 'portal.track';

export function loadTrackSession(number: string): TrackSession | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as TrackSession | null;
    if (!saved || saved.number !== number || Date.parse(saved.expiresAt) <= Date.now()) return null;
    return saved;
  } catch {
    return null;
  }
}

export function saveTrackSession(session: TrackSession | null): void {
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // no storage: the token lives as long as the page
  }
}
