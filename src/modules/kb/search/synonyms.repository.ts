import type { Selectable } from 'kysely';
import { toNumber } from '../../../db/dialect.ts';
import type { Executor } from '../../../db/executor.ts';
import type { KbSynonymsTable } from '../../../db/schema.ts';
import { DEFAULT_SYNONYMS } from './default-synonyms.ts';
import {
  normalizeSynonymRule,
  synonymRuleKey,
  type SynonymKind,
  type SynonymRule,
  type SynonymRuleInput,
} from './synonyms.ts';

// The editable synonym table (kb_synonyms). Roles and the audit log belong to the service above; these
// functions only read and write, in the executor they are given.

type SynonymRow = Selectable<KbSynonymsTable>;

function toRule(row: SynonymRow): SynonymRule {
  return {
    id: toNumber(row.id),
    kind: row.kind as SynonymKind,
    terms: JSON.parse(row.terms) as string[],
    from: row.from_term,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columns(rule: SynonymRuleInput) {
  return {
    kind: rule.kind,
    terms: JSON.stringify(rule.terms),
    from_term: rule.kind === 'oneWay' ? rule.from : null,
    rule_key: synonymRuleKey(rule),
  };
}

export async function listSynonymRules(db: Executor): Promise<SynonymRule[]> {
  const rows = await db.selectFrom('kb_synonyms').selectAll().orderBy('id').execute();
  return rows.map(toRule);
}

export async function findSynonymRule(db: Executor, id: number): Promise<SynonymRule | null> {
  const row = await db.selectFrom('kb_synonyms').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRule(row) : null;
}

/** Adds a rule; the same rule (same terms in any order) is stored once, and adding it again returns it. */
export async function addSynonymRule(
  db: Executor,
  input: SynonymRuleInput,
  now = new Date(),
): Promise<SynonymRule> {
  const rule = normalizeSynonymRule(input);
  const at = now.toISOString();
  await db
    .insertInto('kb_synonyms')
    .values({ ...columns(rule), created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('rule_key').doNothing())
    .execute();
  const row = await db
    .selectFrom('kb_synonyms')
    .selectAll()
    .where('rule_key', '=', synonymRuleKey(rule))
    .executeTakeFirstOrThrow();
  return toRule(row);
}

/** Null when there is no such rule. Changing a rule into one that already exists fails on the unique key. */
export async function updateSynonymRule(
  db: Executor,
  id: number,
  input: SynonymRuleInput,
  now = new Date(),
): Promise<SynonymRule | null> {
  const rule = normalizeSynonymRule(input);
  const result = await db
    .updateTable('kb_synonyms')
    .set({ ...columns(rule), updated_at: now.toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n ? findSynonymRule(db, id) : null;
}

export async function deleteSynonymRule(db: Executor, id: number): Promise<boolean> {
  const result = await db.deleteFrom('kb_synonyms').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Fills an empty table with the default rules; returns how many were added. Two processes seeding at once
 * add each rule once (unique rule_key).
 */
export async function seedDefaultSynonyms(db: Executor, now = new Date()): Promise<number> {
  const present = await db
    .selectFrom('kb_synonyms')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  if (toNumber(present.count as number | string) > 0) return 0;
  const at = now.toISOString();
  const rows = DEFAULT_SYNONYMS.map((input) => ({
    ...columns(normalizeSynonymRule(input)),
    created_at: at,
    updated_at: at,
  }));
  await db
    .insertInto('kb_synonyms')
    .values(rows)
    .onConflict((oc) => oc.column('rule_key').doNothing())
    .execute();
  return rows.length;
}

/** How the version of an empty table begins: its count is 0. */
export const EMPTY_VERSION_PREFIX = '0|';

/** Changes whenever a rule is added, changed or deleted: engines reload their synonym set when it does. */
export async function synonymsVersion(db: Executor): Promise<string> {
  const row = await db
    .selectFrom('kb_synonyms')
    .select((eb) => [
      eb.fn.countAll().as('count'),
      eb.fn.max('updated_at').as('latest'),
      eb.fn.max('id').as('top'),
    ])
    .executeTakeFirstOrThrow();
  return `${toNumber(row.count as number | string)}|${row.latest ?? ''}|${toNumber(row.top as number | null)}`;
}
