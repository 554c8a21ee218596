// Helpers for the few places where SQLite and PostgreSQL differ in what comes back.

/** pg returns COUNT/SUM as strings (bigint); SQLite returns numbers. */
export function toNumber(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

/** Unique-constraint violations, as each driver reports them. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code } = error as { code?: string };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function toIso(at: Date): string {
  return at.toISOString();
}

export function fromIso(text: string): Date;
export function fromIso(text: string | null): Date | null;
export function fromIso(text: string | null): Date | null {
  return text === null ? null : new Date(text);
}

export function flag(value: boolean): number {
  return value ? 1 : 0;
}
