import { inTransaction, type Executor } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { KbSynonymInput } from '../../contracts/kb-synonyms.schemas.ts';
import type { KbSearchIndexer } from './kb-search-indexer.ts';
import { liveArticles } from './kb-live-index.ts';
import {
  addSynonymRule,
  deleteSynonymRule,
  findSynonymRule,
  listSynonymRules,
  normalizeSynonymRule,
  updateSynonymRule,
  type SynonymRule,
  type SynonymRuleInput,
} from './search/index.ts';

const wordsOf = (rule: SynonymRuleInput | SynonymRule): string[] =>
  rule.kind === 'oneWay' && rule.from ? [rule.from, ...rule.terms] : [...rule.terms];

/**
 * The synonym table as the centre edits it. Search engines reload the table on their next query (its version
 * changes with every edit), so a rule works at once for queries; words new to the segmenter only split
 * articles' text alike after the index is rebuilt, which the answer advises.
 */
export function createKbSynonymsService(deps: {
  db: Executor;
  clock: Clock;
  audit: AuditRecorder;
  search: KbSearchIndexer;
}) {
  function normalized(input: KbSynonymInput): SynonymRuleInput {
    try {
      return normalizeSynonymRule(input);
    } catch (error) {
      // The schema let it through, the normalised form did not (terms equal after 繁→简 or case folding).
      throw new AppError(
        'VALIDATION_FAILED',
        '规则的词语在统一繁简和大小写后重复，或单向规则没有不同于来源的目标词',
        {
          field: 'terms',
          reason: error instanceof Error ? error.message : String(error),
        },
      );
    }
  }

  async function saved(trx: Executor, actor: Actor, rule: SynonymRule, before: SynonymRule[]) {
    const known = new Set(before.filter((r) => r.id !== rule.id).flatMap(wordsOf));
    const newWords = wordsOf(rule).filter((word) => !known.has(word));
    await deps.audit.record(trx, actor, {
      action: 'kb.synonymSaved',
      targetType: 'kbSynonym',
      targetId: rule.id,
      details: { kind: rule.kind, from: rule.from, terms: rule.terms },
    });
    return { rule, reindexAdvised: newWords.length > 0, newWords };
  }

  return {
    list: (_actor: Actor) => listSynonymRules(deps.db),

    add: (actor: Actor, input: KbSynonymInput) =>
      inTransaction(deps.db, async (trx) => {
        const before = await listSynonymRules(trx);
        const rule = await addSynonymRule(trx, normalized(input), deps.clock.now());
        return saved(trx, actor, rule, before);
      }),

    update: (actor: Actor, id: number, input: KbSynonymInput) =>
      inTransaction(deps.db, async (trx) => {
        const before = await listSynonymRules(trx);
        const rule = normalized(input);
        const duplicate = before.find(
          (r) =>
            r.id !== id &&
            r.kind === rule.kind &&
            (r.from ?? null) === (rule.kind === 'oneWay' ? rule.from : null) &&
            [...r.terms].sort().join('|') === [...rule.terms].sort().join('|'),
        );
        if (duplicate)
          throw new AppError('VALIDATION_FAILED', `已有相同的规则（编号 ${duplicate.id}）`, {
            field: 'terms',
          });
        const updated = await updateSynonymRule(trx, id, rule, deps.clock.now());
        if (!updated) throw new AppError('KB_SYNONYM_NOT_FOUND', `同义词规则 ${id} 不存在`);
        return saved(trx, actor, updated, before);
      }),

    remove: (actor: Actor, id: number) =>
      inTransaction(deps.db, async (trx) => {
        const rule = await findSynonymRule(trx, id);
        if (!rule || !(await deleteSynonymRule(trx, id)))
          throw new AppError('KB_SYNONYM_NOT_FOUND', `同义词规则 ${id} 不存在`);
        await deps.audit.record(trx, actor, {
          action: 'kb.synonymDeleted',
          targetType: 'kbSynonym',
          targetId: id,
          details: { kind: rule.kind, from: rule.from, terms: rule.terms },
        });
        return { ok: true as const };
      }),

    /** Cuts every live article again with today's dictionary and synonyms, in one transaction. */
    async reindex(actor: Actor) {
      const started = performance.now();
      const indexed = await inTransaction(deps.db, async (trx) => {
        const count = await deps.search.reindexAll(trx, liveArticles(trx));
        await deps.audit.record(trx, actor, {
          action: 'kb.reindexed',
          targetType: 'kbIndex',
          details: { indexed: count },
        });
        return count;
      });
      return { indexed, milliseconds: Math.round(performance.now() - started) };
    },
  };
}

export type KbSynonymsService = ReturnType<typeof createKbSynonymsService>;
