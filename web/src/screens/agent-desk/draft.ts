import type { TransferTarget } from '../../../../src/domain/lifecycle/index.ts';

/** The form's fields, named as the intake body names them so that server errors land on the right field. */
export interface DeskValues {
  callerPhone?: string;
  callerName?: string;
  channel?: string;
  appealType?: string;
  urgency?: string;
  confidential?: boolean;
  revisitConsent?: boolean;
  /** The cascader's path of codes; the intake takes the last one */
  category?: string[];
  districtCode?: string;
  address?: string;
  title?: string;
  content?: string;
  disposition?: { answer?: string; reason?: string; target?: TransferTarget; note?: string };
}

/** What is chosen beside the form: kept with it, so that a reload restores the whole call. */
export interface DeskChoices {
  articleNumbers: string[];
  unitCodes: string[];
  mergeInto: { id: number; number: string } | null;
}

export interface DeskDraft {
  values: DeskValues;
  choices: DeskChoices;
  /** One Idempotency-Key per form: a retried submit never registers the appeal twice. */
  key: string;
  /** Registered already, waiting for its merge (a failed second step is retried without a second intake). */
  registered: { id: number; number: string; version: number } | null;
}

export const INITIAL_VALUES: DeskValues = {
  channel: 'phone',
  urgency: 'normal',
  confidential: false,
  revisitConsent: true,
};

const EMPTY_CHOICES: DeskChoices = { articleNumbers: [], unitCodes: [], mergeInto: null };

// sessionStorage: the draft survives a reload, a failed submit and a re-login in this tab, and dies with the tab
// (a shared workstation keeps no caller's data after the agent closes it).
const STORAGE_KEY = 'hotline.desk.draft';

function newKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function freshDraft(): DeskDraft {
  return { values: { ...INITIAL_VALUES }, choices: { ...EMPTY_CHOICES }, key: newKey(), registered: null };
}

export function loadDraft(): { draft: DeskDraft; restored: boolean } {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    if (text) {
      const stored = JSON.parse(text) as Partial<DeskDraft>;
      if (stored && typeof stored.key === 'string') {
        return {
          draft: {
            values: { ...INITIAL_VALUES, ...stored.values },
            choices: { ...EMPTY_CHOICES, ...stored.choices },
            key: stored.key,
            registered: stored.registered ?? null,
          },
          restored: hasContent(stored.values ?? {}),
        };
      }
    }
  } catch {
    // unreadable: start afresh
  }
  return { draft: freshDraft(), restored: false };
}

export function saveDraft(draft: DeskDraft): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // storage full or disabled: the form still works, only a reload would lose it
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
}

/** Whether the agent typed anything worth asking about before clearing. */
export function hasContent(values: DeskValues): boolean {
  return Boolean(
    values.callerPhone?.trim() ||
    values.title?.trim() ||
    values.content?.trim() ||
    values.address?.trim() ||
    values.disposition?.answer?.trim() ||
    values.category?.length,
  );
}

/** The number as the desk sends it: digits (and a leading +) only, so that lookups find what intake stored. */
export function normalisePhone(phone: string | undefined): string {
  return (phone ?? '').replace(/[\s\-()]/g, '');
}

/** Worth looking up: a whole number has at least 7 digits (a local landline). */
export function isLookupPhone(phone: string): boolean {
  return /^\+?[0-9]{7,20}$/.test(phone);
}
