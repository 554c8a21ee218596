import { useEffect, useRef, useSyncExternalStore } from 'react';

// One keyboard registry for the whole console: screens register while mounted, the shortcut sheet (`?`) lists
// what is registered, one window listener dispatches. Later registrations win, so a screen can take a key the
// shell also uses while it is open.

export interface Shortcut {
  /** 'Ctrl+K', 'Alt+1', 'Ctrl+Enter', 'F2', 'Escape', '?' (see docs/console.md) */
  keys: string;
  /** What it does, in the user's language (shown in the sheet). */
  label: string;
  run(event: KeyboardEvent): void;
  /** 'global' for the shell's own; screens default to 'screen'. */
  scope?: 'global' | 'screen';
  /** Fire even while the focus is in a text field (default only for Ctrl/Alt/Meta chords, F-keys, Escape). */
  inFields?: boolean;
}

interface Entry extends Shortcut {
  id: number;
}

let nextId = 1;
let entries: Entry[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function registerShortcut(shortcut: Shortcut): () => void {
  const entry: Entry = { ...shortcut, id: nextId++ };
  entries = [...entries, entry];
  changed();
  return () => {
    entries = entries.filter((e) => e.id !== entry.id);
    changed();
  };
}

interface Chord {
  ctrl: boolean;
  alt: boolean;
  meta: boolean;
  shift: boolean;
  key: string;
}

function parse(keys: string): Chord {
  const parts = keys.split('+').filter(Boolean);
  const key = keys.endsWith('++') ? '+' : (parts.pop() ?? '');
  const has = (name: string) => parts.some((p) => p.toLowerCase() === name);
  return { ctrl: has('ctrl'), alt: has('alt'), meta: has('meta'), shift: has('shift'), key };
}

const NAMED: Record<string, string> = { esc: 'escape', enter: 'enter', space: ' ', del: 'delete' };

function keyMatches(chord: Chord, event: KeyboardEvent): boolean {
  const wanted = (NAMED[chord.key.toLowerCase()] ?? chord.key).toLowerCase();
  if (event.key.toLowerCase() === wanted) return true;
  // Alt+1 on layouts where Alt changes the character: compare the physical key.
  if (/^[a-z]$/.test(wanted)) return event.code === `Key${wanted.toUpperCase()}`;
  if (/^[0-9]$/.test(wanted)) return event.code === `Digit${wanted}` || event.code === `Numpad${wanted}`;
  return false;
}

export function matches(keys: string, event: KeyboardEvent): boolean {
  const chord = parse(keys);
  if (chord.ctrl !== event.ctrlKey || chord.alt !== event.altKey || chord.meta !== event.metaKey)
    return false;
  // '?' needs Shift on most layouts: a printable symbol matches whatever Shift took to type it.
  const symbol = chord.key.length === 1 && !/[a-z0-9]/i.test(chord.key);
  if (!symbol && chord.shift !== event.shiftKey) return false;
  return keyMatches(chord, event);
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

function firesInFields(shortcut: Shortcut): boolean {
  if (shortcut.inFields !== undefined) return shortcut.inFields;
  const chord = parse(shortcut.keys);
  return chord.ctrl || chord.alt || chord.meta || /^(f\d{1,2}|escape|esc)$/i.test(chord.key);
}

/** The one window listener; App installs it once. */
export function installShortcutListener(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const typing = typingIn(event.target);
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const entry = entries[i]!;
      if (!matches(entry.keys, event)) continue;
      if (typing && !firesInFields(entry)) continue;
      event.preventDefault();
      entry.run(event);
      return;
    }
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}

/** Registers while the component is mounted; `run` may change between renders without re-registering. */
export function useShortcut(shortcut: Shortcut, enabled = true): void {
  const latest = useRef(shortcut);
  latest.current = shortcut;
  const { keys, label, scope, inFields } = shortcut;
  useEffect(() => {
    if (!enabled) return undefined;
    return registerShortcut({
      keys,
      label,
      ...(scope ? { scope } : {}),
      ...(inFields !== undefined ? { inFields } : {}),
      run: (event) => latest.current.run(event),
    });
  }, [keys, label, scope, inFields, enabled]);
}

function snapshot(): readonly Entry[] {
  return entries;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What is registered now, for the shortcut sheet: one line per key (the latest registration). */
export function useRegisteredShortcuts(): readonly Shortcut[] {
  const all = useSyncExternalStore(subscribe, snapshot);
  const byKey = new Map<string, Shortcut>();
  for (const entry of all) byKey.set(entry.keys.toLowerCase(), entry);
  return [...byKey.values()];
}

/** 'Ctrl+K' → ['Ctrl', 'K'] for display as key caps. */
export function keyCaps(keys: string): string[] {
  const chord = parse(keys);
  return [
    ...(chord.ctrl ? ['Ctrl'] : []),
    ...(chord.alt ? ['Alt'] : []),
    ...(chord.meta ? ['Meta'] : []),
    ...(chord.shift ? ['Shift'] : []),
    chord.key.length === 1 ? chord.key.toUpperCase() : chord.key,
  ];
}

/** Several shortcuts whose number varies (one per action shown): registered together. */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  const signature = shortcuts.map((s) => `${s.keys}\u0000${s.label}\u0000${s.scope ?? ''}`).join('\u0001');
  useEffect(() => {
    const unregister = latest.current.map((shortcut, index) =>
      registerShortcut({ ...shortcut, run: (event) => latest.current[index]?.run(event) }),
    );
    return () => unregister.forEach((off) => off());
  }, [signature]);
}
